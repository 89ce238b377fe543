/** A browser-like client for supertest: keeps cookies, reads the CSRF token off the page like a form would. */
import * as cheerio from 'cheerio';
import type { Express } from 'express';
import request from 'supertest';
import { createServices } from '../../src/app.js';
import type { Role } from '../../src/accounts/repository.js';
import type { Db } from '../../src/db/database.js';

export type Agent = request.Agent;

export function csrfTokenOf(html: string): string | undefined {
  const $ = cheerio.load(html);
  return $('input[name=_csrf]').first().attr('value') ?? $('meta[name=csrf-token]').attr('content');
}

/** GETs `from`, then POSTs the form to `path` with the page's CSRF token, as a browser would. */
export async function submit(agent: Agent, path: string, fields: Record<string, string>, from = path) {
  const page = await agent.get(from);
  const token = csrfTokenOf(page.text);
  if (!token) throw new Error(`no CSRF token on ${from} (status ${page.status})`);
  return agent
    .post(path)
    .type('form')
    .send({ _csrf: token, ...fields });
}

export const passwordOf = (username: string) => `${username}-Pass-phrase-1`;

/** Registers through the form and returns the signed-in agent. */
export async function registerAs(app: Express, username: string): Promise<Agent> {
  const agent = request.agent(app);
  const res = await submit(agent, '/register', {
    username,
    email: `${username}@example.org`,
    password: passwordOf(username),
  });
  if (res.status !== 303) throw new Error(`registering ${username} answered ${res.status}`);
  return agent;
}

/** Creates a user with a role directly, then signs in through the form. */
export async function signInAs(app: Express, db: Db, username: string, role: Role): Promise<Agent> {
  await createServices(db).accounts.register(
    { username, email: `${username}@example.org`, password: passwordOf(username) },
    role,
  );
  const agent = request.agent(app);
  const res = await submit(agent, '/login', { username, password: passwordOf(username) });
  if (res.status !== 303) throw new Error(`signing in ${username} answered ${res.status}`);
  return agent;
}

export function formErrors(html: string) {
  const $ = cheerio.load(html);
  return {
    summary: $('.form-error').first().text().trim(),
    role: $('.form-error').first().attr('role'),
    fields: Object.fromEntries(
      $('.field.has-error')
        .toArray()
        .map((el) => [$(el).find('input').attr('name'), $(el).find('.field-error').text().trim()]),
    ) as Record<string, string>,
    values: Object.fromEntries(
      $('form input:not([type=hidden])')
        .toArray()
        .map((el) => [$(el).attr('name'), $(el).attr('value') ?? '']),
    ) as Record<string, string>,
  };
}

/** The admin settings form as a fresh install fills it, with changes. */
export function settingsFields(over: Record<string, string> = {}): Record<string, string> {
  return {
    link_limit: '2',
    hold_first_comments: '0',
    report_threshold: '3',
    edit_window_minutes: '15',
    auto_close_days: '0',
    threads_per_page: '50',
    flood_interval_seconds: '15',
    comments_per_window: '10',
    comment_window_minutes: '10',
    escalation_rejections: '5',
    escalation_days: '7',
    classifier_level: 'standard',
    banned_words: 'stfu\ngtfo',
    suspect_words: 'omfg',
    blocked_domains: '',
    ...over,
  };
}
