import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as cheerio from 'cheerio';
import request from 'supertest';
import type { Db } from '../../src/db/database.js';
import { makeApp, SEED_SLUG, testClock, setPublisherSettings } from '../support/app.js';
import { registerAs, settingsFields, signInAs, submit, type Agent } from '../support/http.js';

const PAGE = `/articles/${SEED_SLUG}`;
const one = (db: Db, sql: string, ...args: unknown[]) =>
  db.prepare(sql).get(...args) as Record<string, unknown> | undefined;
const all = (db: Db, sql: string, ...args: unknown[]) => db.prepare(sql).all(...args) as Record<string, unknown>[];
const idOf = (db: Db, username: string) => one(db, 'SELECT id FROM users WHERE username = ?', username)!.id as number;

async function post(agent: Agent, body: string) {
  const res = await submit(agent, `${PAGE}/comments`, { body }, PAGE);
  return {
    status: res.status,
    id: Number(/#comment-(\d+)/.exec(res.headers.location ?? '')?.[1]) || undefined,
    text: res.text,
  };
}
const queueIds = async (agent: Agent, queue: string) =>
  cheerio
    .load((await agent.get(`/moderation?queue=${queue}`)).text)('.queue-item .comment')
    .toArray()
    .map((el) => Number(el.attribs.id!.slice('comment-'.length)));
const visibleIds = async (agent: Agent | request.Agent) =>
  cheerio
    .load((await agent.get(PAGE)).text)('.comment')
    .toArray()
    .map((el) => Number(el.attribs.id!.slice('comment-'.length)));

describe('moderation access', () => {
  const { app, db } = makeApp();

  it('anonymous to log in, readers 403, moderators in but not in admin, admins everywhere', async () => {
    assert.equal((await request(app).get('/moderation')).headers.location, '/login?next=%2Fmoderation');
    const reader = await registerAs(app, 'plain_reader');
    for (const path of ['/moderation', '/moderation/log', '/admin/settings'])
      assert.equal((await reader.get(path)).status, 403, path);
    const mod = await signInAs(app, db, 'a_mod', 'moderator');
    assert.equal((await mod.get('/moderation')).status, 200);
    assert.equal((await mod.get('/moderation/log')).status, 200);
    assert.equal((await mod.get(`/moderation/users/${idOf(db, 'plain_reader')}`)).status, 200);
    assert.equal((await mod.get('/admin/settings')).status, 403);
    assert.equal((await submit(mod, '/admin/settings', { link_limit: '5' }, '/moderation')).status, 403);
    const admin = await signInAs(app, db, 'an_admin', 'admin');
    assert.equal((await admin.get('/admin/settings')).status, 200);
    const header = cheerio.load((await admin.get('/')).text)('.site-nav');
    assert.equal(header.find('a[href="/moderation"]').length, 1);
    assert.equal(header.find('a[href="/admin/settings"]').length, 1);
    await mod.get('/moderation/users/999999').expect(404);
  });
});

describe('reports', () => {
  const { app, db } = makeApp();

  it('one report per reader, not on their own comment, with a valid reason', async () => {
    const author = await registerAs(app, 'reported_author');
    const { id } = await post(author, 'A comment some readers dislike.');
    const reader = await registerAs(app, 'reporter_one');
    assert.equal(
      (
        await submit(
          reader,
          `/comments/${id}/flag`,
          { reason: 'spam', details: 'Looks like an ad.' },
          `/comments/${id}/flag`,
        )
      ).status,
      303,
    );
    const again = await submit(reader, `/comments/${id}/flag`, { reason: 'other' }, `/comments/${id}/flag`);
    assert.equal(again.status, 303);
    assert.deepEqual(all(db, 'SELECT reason, details FROM reports WHERE comment_id = ?', id), [
      { reason: 'spam', details: 'Looks like an ad.' },
    ]);
    assert.equal((await submit(author, `/comments/${id}/flag`, { reason: 'spam' }, PAGE)).status, 403);
    const bad = await submit(reader, `/comments/${id}/flag`, { reason: 'because' }, PAGE);
    assert.equal(bad.status, 422);
    assert.match(cheerio.load(bad.text)('.field-error').text(), /Choose why/);
    assert.equal((await request(app).get(`/comments/${id}/flag`)).status, 303, 'anonymous to log in');
  });

  it('hides a comment at three readers, until a moderator approves it (which clears the reports)', async () => {
    const author = await registerAs(app, 'hidden_author');
    const { id } = await post(author, 'A comment three readers report.');
    for (const name of ['r_one', 'r_two'])
      await submit(await registerAs(app, name), `/comments/${id}/flag`, { reason: 'personal_attack' }, PAGE);
    assert.ok((await visibleIds(request.agent(app))).includes(id!), 'two reports: still up');
    await submit(
      await registerAs(app, 'r_three'),
      `/comments/${id}/flag`,
      { reason: 'personal_attack', details: 'Third!' },
      PAGE,
    );
    assert.ok(!(await visibleIds(request.agent(app))).includes(id!), 'hidden at three');
    assert.ok((await visibleIds(author)).includes(id!), 'its author still sees it');
    assert.equal(
      one(db, "SELECT actor_id, action FROM moderation_log WHERE action = 'hide' AND comment_id = ?", id)!.actor_id,
      null,
    );
    const mod = await signInAs(app, db, 'hide_mod', 'moderator');
    const flaggedPage = cheerio.load((await mod.get('/moderation?queue=flagged')).text);
    assert.match(
      flaggedPage(`.queue-item:has(#comment-${id}) .reports`).text(),
      /3 open reports[\s\S]*r_one[\s\S]*Third!/,
    );
    assert.equal(
      (await submit(mod, `/moderation/comments/${id}/approve`, {}, '/moderation?queue=flagged')).status,
      303,
    );
    assert.ok((await visibleIds(request.agent(app))).includes(id!), 'approved: visible again');
    assert.ok(!(await queueIds(mod, 'flagged')).includes(id!), 'reports cleared');
    assert.equal(one(db, 'SELECT count(*) AS n FROM reports WHERE comment_id = ? AND resolved_at IS NULL', id)!.n, 0);
    assert.equal(
      one(db, "SELECT actor_id FROM moderation_log WHERE action = 'approve' AND comment_id = ?", id)!.actor_id,
      idOf(db, 'hide_mod'),
    );
  });
});

describe('queues and decisions', () => {
  const { app, db } = makeApp();

  it('pending, flagged and rejected queues hold the right comments, with reasons and counts', async () => {
    const ann = await registerAs(app, 'queue_ann');
    const held = (await post(ann, 'Two links: https://a.example https://b.example')).id!;
    const fine = (await post(ann, 'A perfectly civil remark.')).id!;
    await post(ann, 'you are a moron');
    const rejected = one(db, "SELECT id FROM comments WHERE status = 'rejected'")!.id as number;
    const mod = await signInAs(app, db, 'queue_mod', 'moderator');
    assert.deepEqual(await queueIds(mod, 'pending'), [held]);
    assert.deepEqual(await queueIds(mod, 'rejected'), [rejected]);
    assert.deepEqual(await queueIds(mod, 'flagged'), []);
    const $ = cheerio.load((await mod.get('/moderation?queue=rejected')).text);
    assert.equal($('.queue-item mark').text(), 'moron');
    assert.match($('.tabs a[href="/moderation?queue=pending"] .count').text(), /^1$/);
    assert.match($('.author-record').first().text(), /published 1 · rejected 1/);
    assert.ok(!(await queueIds(mod, 'pending')).includes(fine));
  });

  it('approve publishes, reject and remove change the status; each is logged with its reason', async () => {
    const ann = await registerAs(app, 'decided');
    const mod = await signInAs(app, db, 'decider', 'moderator');
    const a = (await post(ann, 'Links https://a.example https://b.example one')).id!;
    const b = (await post(ann, 'Links https://a.example https://b.example two')).id!;
    const c = (await post(ann, 'Plain published comment.')).id!;
    await submit(mod, `/moderation/comments/${a}/approve`, {}, '/moderation');
    await submit(mod, `/moderation/comments/${b}/reject`, { reason: 'Off topic' }, '/moderation');
    await submit(mod, `/moderation/comments/${c}/remove`, { reason: 'Doxxing' }, '/moderation');
    assert.deepEqual(
      all(db, 'SELECT id, status FROM comments WHERE id IN (?, ?, ?) ORDER BY id', a, b, c).map((r) => r.status),
      ['published', 'rejected', 'removed'],
    );
    assert.deepEqual(
      all(
        db,
        'SELECT action, reason, comment_id FROM moderation_log WHERE actor_id = ? ORDER BY id',
        idOf(db, 'decider'),
      ),
      [
        { action: 'approve', reason: '', comment_id: a },
        { action: 'reject', reason: 'Off topic', comment_id: b },
        { action: 'remove', reason: 'Doxxing', comment_id: c },
      ],
    );
    const removed = cheerio.load((await request(app).get(PAGE)).text)(`#comment-${c}`);
    assert.equal(removed.length, 0, 'a removed comment without replies leaves no placeholder');
  });

  it('applies one decision to many comments at once', async () => {
    const ann = await registerAs(app, 'bulk_ann');
    const mod = await signInAs(app, db, 'bulk_mod', 'moderator');
    const ids = [];
    for (let i = 0; i < 3; i++) ids.push((await post(ann, `Held https://a.example https://b.example ${i}`)).id!);
    const page = await mod.get('/moderation');
    const token = cheerio.load(page.text)('#bulk-form input[name=_csrf]').attr('value')!;
    const res = await mod
      .post('/moderation/bulk')
      .type('form')
      .send(`_csrf=${encodeURIComponent(token)}&action=approve&ids=${ids[0]}&ids=${ids[1]}`);
    assert.equal(res.status, 303);
    assert.deepEqual(
      all(db, `SELECT status FROM comments WHERE id IN (${ids.join(',')}) ORDER BY id`).map((r) => r.status),
      ['published', 'published', 'pending'],
    );
    const none = await mod
      .post('/moderation/bulk')
      .type('form')
      .send(`_csrf=${encodeURIComponent(token)}&action=approve`);
    assert.equal(none.status, 422);
  });
});

describe('blocks', () => {
  const clock = testClock();
  const { app, db } = makeApp({}, { clock });

  it('a timed block: the user sees why on every page, cannot post, edit or report, and it ends by itself', async () => {
    const ann = await registerAs(app, 'blocked_ann');
    const mine = (await post(ann, 'Before the block.')).id!;
    const other = (await post(await registerAs(app, 'bystander'), 'Someone else.')).id!;
    const mod = await signInAs(app, db, 'blocker', 'moderator');
    const id = idOf(db, 'blocked_ann');
    assert.equal(
      (
        await submit(
          mod,
          `/moderation/users/${id}/block`,
          { reason: 'Repeated insults', days: '3' },
          `/moderation/users/${id}`,
        )
      ).status,
      303,
    );
    assert.match(
      cheerio
        .load((await ann.get('/')).text)('.block-notice')
        .text(),
      /blocked until .* Reason: Repeated insults/,
    );
    const attempt = await post(ann, 'Can I still post?');
    assert.equal(attempt.status, 403);
    assert.match(cheerio.load(attempt.text)('.form-error').text(), /Repeated insults/);
    assert.equal((await submit(ann, `/comments/${mine}/edit`, { body: 'Edited while blocked' }, PAGE)).status, 403);
    assert.equal((await submit(ann, `/comments/${other}/flag`, { reason: 'spam' }, PAGE)).status, 403);
    clock.advance(3 * 24 * 60 + 1);
    assert.equal(cheerio.load((await ann.get('/')).text)('.block-notice').length, 0);
    assert.equal((await post(ann, 'After the block ended.')).status, 303);
    assert.equal(
      one(db, "SELECT reason FROM moderation_log WHERE action = 'block' AND user_id = ?", id)!.reason,
      'Repeated insults',
    );
  });

  it('a permanent block until unblocked, optionally removing every published comment', async () => {
    const ben = await registerAs(app, 'blocked_ben');
    const c1 = (await post(ben, 'First of ben.')).id!;
    clock.advance(1);
    const c2 = (await post(ben, 'Second of ben.')).id!;
    const mod = await signInAs(app, db, 'blocker2', 'moderator');
    const id = idOf(db, 'blocked_ben');
    await submit(
      mod,
      `/moderation/users/${id}/block`,
      { reason: 'Spam account', days: '', remove_comments: 'on' },
      `/moderation/users/${id}`,
    );
    assert.deepEqual(
      all(db, 'SELECT status FROM comments WHERE id IN (?, ?)', c1, c2).map((r) => r.status),
      ['removed', 'removed'],
    );
    clock.advance(20 * 24 * 60);
    assert.equal((await post(ben, 'Twenty days later.')).status, 403);
    assert.equal((await submit(mod, `/moderation/users/${id}/unblock`, {}, `/moderation/users/${id}`)).status, 303);
    assert.equal((await post(ben, 'Unblocked now.')).status, 303);
    assert.deepEqual(
      all(
        db,
        "SELECT action FROM moderation_log WHERE user_id = ? AND action IN ('block', 'unblock') ORDER BY id",
        id,
      ).map((r) => r.action),
      ['block', 'unblock'],
    );
  });

  it('refuses: moderators blocking admins, blocking oneself, a block without a reason or with bad days', async () => {
    const mod = await signInAs(app, db, 'blocker3', 'moderator');
    await signInAs(app, db, 'the_admin', 'admin');
    const adminId = idOf(db, 'the_admin');
    assert.equal(
      (await submit(mod, `/moderation/users/${adminId}/block`, { reason: 'no' }, `/moderation/users/${adminId}`))
        .status,
      403,
    );
    const modId = idOf(db, 'blocker3');
    assert.equal(
      (await submit(mod, `/moderation/users/${modId}/block`, { reason: 'me' }, `/moderation/users/${modId}`)).status,
      403,
    );
    await registerAs(app, 'carl');
    const carl = idOf(db, 'carl');
    const noReason = await submit(
      mod,
      `/moderation/users/${carl}/block`,
      { reason: ' ', days: '2' },
      `/moderation/users/${carl}`,
    );
    assert.equal(noReason.status, 422);
    assert.match(cheerio.load(noReason.text)('.field-error').text(), /Say why/);
    assert.equal(
      (await submit(mod, `/moderation/users/${carl}/block`, { reason: 'x', days: '-1' }, `/moderation/users/${carl}`))
        .status,
      422,
    );
    assert.equal(one(db, 'SELECT count(*) AS n FROM blocks WHERE user_id IN (?, ?, ?)', adminId, modId, carl)!.n, 0);
  });
});

describe('automatic escalation', () => {
  it('holds every comment of a user refused N times in 24 hours, logged as the system', async () => {
    const { app, db } = makeApp();
    setPublisherSettings(db, { escalationRejections: 2, escalationDays: 7 });
    const ann = await registerAs(app, 'escalated');
    assert.equal((await post(ann, 'you moron')).status, 422);
    assert.equal((await post(ann, 'you idiot')).status, 422);
    const entry = one(db, "SELECT actor_id, reason, details FROM moderation_log WHERE action = 'escalate'")!;
    assert.equal(entry.actor_id, null);
    assert.match(String(entry.reason), /2 comments refused/);
    const civil = await post(ann, 'A calm and civil remark now.');
    assert.equal(civil.status, 303);
    assert.equal(one(db, 'SELECT status FROM comments WHERE id = ?', civil.id)!.status, 'pending');
  });
});

describe('GET /moderation/log', () => {
  it('lists who did what, filterable by moderator and user', async () => {
    const { app, db } = makeApp();
    const ann = await registerAs(app, 'logged_ann');
    const mod = await signInAs(app, db, 'log_mod', 'moderator');
    const id = idOf(db, 'logged_ann');
    await submit(mod, `/moderation/users/${id}/block`, { reason: 'For the log', days: '1' }, `/moderation/users/${id}`);
    await submit(mod, `/moderation/users/${id}/unblock`, {}, `/moderation/users/${id}`);
    void ann;
    const page = cheerio.load((await mod.get('/moderation/log')).text);
    assert.match(page('.log-table').text(), /log_mod[\s\S]*unblock[\s\S]*log_mod[\s\S]*block[\s\S]*For the log/);
    const bySystem = cheerio.load((await mod.get('/moderation/log?moderator=0')).text);
    assert.equal(bySystem('.log-table tbody tr').length, 0);
    const byUser = cheerio.load((await mod.get(`/moderation/log?user=${id}`)).text);
    assert.equal(byUser('.log-table tbody tr').length, 2);
  });
});

describe('admin settings', () => {
  const { app, db } = makeApp();
  const form = settingsFields;

  it('saves valid settings, applies them at once, and logs the change', async () => {
    const admin = await signInAs(app, db, 'settings_admin', 'admin');
    const res = await submit(
      admin,
      '/admin/settings',
      form({ link_limit: '4', banned_words: 'stfu\ngtfo\nkremlin bot', action: 'save' }),
      '/admin/settings',
    );
    assert.equal(res.status, 303);
    assert.equal(JSON.parse(String(one(db, "SELECT value FROM settings WHERE key = 'publisher'")!.value)).linkLimit, 4);
    assert.deepEqual(
      all(db, "SELECT word FROM word_lists WHERE list = 'banned' ORDER BY word").map((r) => r.word),
      ['gtfo', 'kremlin bot', 'stfu'],
    );
    const reader = await registerAs(app, 'settings_reader');
    assert.equal(
      (await post(reader, 'You sound like a kr3mlin b0t.')).status,
      422,
      'a new banned phrase applies at once',
    );
    assert.equal((await post(reader, 'Three links https://a.example https://b.example https://c.example')).status, 303);
    assert.equal(
      one(db, "SELECT status FROM comments WHERE body LIKE 'Three links%'")!.status,
      'published',
      'link limit 4 applies at once',
    );
    const log = JSON.parse(String(one(db, "SELECT details FROM moderation_log WHERE action = 'settings'")!.details));
    assert.deepEqual(log.changed, { linkLimit: { from: 2, to: 4 } });
    assert.deepEqual(log.banned.added, ['kremlin bot']);
  });

  it('refuses invalid values, naming each field, and saves nothing', async () => {
    const admin = await signInAs(app, db, 'settings_admin2', 'admin');
    const before = one(db, "SELECT value FROM settings WHERE key = 'publisher'");
    const res = await submit(
      admin,
      '/admin/settings',
      form({ link_limit: 'many', threads_per_page: '1', blocked_domains: 'not a domain', action: 'save' }),
      '/admin/settings',
    );
    assert.equal(res.status, 422);
    const $ = cheerio.load(res.text);
    const errors = Object.fromEntries(
      $('.field.has-error')
        .toArray()
        .map((f) => [$(f).find('input, textarea').attr('name'), $(f).find('.field-error').text()]),
    );
    assert.deepEqual(Object.keys(errors).sort(), ['blocked_domains', 'link_limit', 'threads_per_page']);
    assert.equal($('#link_limit').attr('value'), 'many', 'what was typed is kept');
    assert.deepEqual(one(db, "SELECT value FROM settings WHERE key = 'publisher'"), before);
  });

  it("sets the classifier's strictness: a stricter level holds what the standard one publishes", async () => {
    const admin = await signInAs(app, db, 'level_admin', 'admin');
    const page = cheerio.load((await admin.get('/admin/settings')).text);
    const options = page('#classifier_level option').toArray();
    assert.deepEqual(
      options.map((o) => o.attribs.value),
      ['standard', 'strict'],
    );
    assert.equal(page('#classifier_level option[selected]').attr('value'), 'standard');
    assert.match(page(options[1]).text(), /publishes \d+% of civil comments, stops \d+% of personal attacks/);

    const text = 'He sucks at his job'; // no rule objects; the classifier scores it between the two levels
    const early = await registerAs(app, 'level_reader1');
    const before = (await post(early, text)).id!;
    assert.equal(one(db, 'SELECT status FROM comments WHERE id = ?', before)!.status, 'published');

    const saved = await submit(
      admin,
      '/admin/settings',
      form({ link_limit: '4', banned_words: 'stfu\ngtfo\nkremlin bot', classifier_level: 'strict', action: 'save' }),
      '/admin/settings',
    );
    assert.equal(saved.status, 303);
    const late = await registerAs(app, 'level_reader2');
    const after = (await post(late, text)).id!;
    assert.equal(one(db, 'SELECT status FROM comments WHERE id = ?', after)!.status, 'pending');
    const log = JSON.parse(
      String(one(db, "SELECT details FROM moderation_log WHERE action = 'settings' ORDER BY id DESC")!.details),
    );
    assert.deepEqual(log.changed, { classifierLevel: { from: 'standard', to: 'strict' } });

    const refused = await submit(
      admin,
      '/admin/settings',
      form({ classifier_level: 'paranoid', action: 'save' }),
      '/admin/settings',
    );
    assert.equal(refused.status, 422);
    assert.match(cheerio.load(refused.text)('.has-error .field-error').text(), /Choose one of: standard, strict/);
    assert.equal(
      JSON.parse(String(one(db, "SELECT value FROM settings WHERE key = 'publisher'")!.value)).classifierLevel,
      'strict',
    );

    await submit(
      admin,
      '/admin/settings',
      form({ link_limit: '4', banned_words: 'stfu\ngtfo\nkremlin bot', action: 'save' }),
      '/admin/settings',
    );
  });

  it('shows in a dry run which recent comments a word-list change would catch, saving nothing', async () => {
    const reader = await registerAs(app, 'dry_reader');
    const target = (await post(reader, 'The propaganda machine is at it again.')).id!;
    const admin = await signInAs(app, db, 'settings_admin3', 'admin');
    const res = await submit(
      admin,
      '/admin/settings',
      // The settings the first test saved, plus one suspect word.
      form({
        link_limit: '4',
        banned_words: 'stfu\ngtfo\nkremlin bot',
        suspect_words: 'wtf\nomfg\npropaganda',
        action: 'preview',
      }),
      '/admin/settings',
    );
    assert.equal(res.status, 200);
    const $ = cheerio.load(res.text);
    assert.match($('.dry-run').text(), /1\s+would be decided differently/);
    assert.match($('.dry-run').text(), new RegExp(`${target}: publish → hold`));
    assert.ok(
      !all(db, "SELECT word FROM word_lists WHERE list = 'suspect'").some((r) => r.word === 'propaganda'),
      'nothing saved',
    );
  });

  it('logs role changes', async () => {
    const admin = await signInAs(app, db, 'role_admin', 'admin');
    await registerAs(app, 'promoted');
    const id = idOf(db, 'promoted');
    await submit(admin, `/admin/users/${id}/role`, { role: 'moderator' }, '/admin/users');
    assert.deepEqual(
      JSON.parse(
        String(one(db, "SELECT details FROM moderation_log WHERE action = 'role' AND user_id = ?", id)!.details),
      ),
      { from: 'reader', to: 'moderator' },
    );
  });
});

describe("holding a new user's first comments", () => {
  it('holds them until a moderator has approved as many as the setting says', async () => {
    const { app, db } = makeApp();
    setPublisherSettings(db, { holdFirstComments: 1 });
    const newcomer = await registerAs(app, 'newcomer');
    const first = await post(newcomer, 'My very first comment here.');
    assert.equal(one(db, 'SELECT status FROM comments WHERE id = ?', first.id)!.status, 'pending');
    const mod = await signInAs(app, db, 'welcomer', 'moderator');
    await submit(mod, `/moderation/comments/${first.id}/approve`, {}, '/moderation');
    const second = await post(newcomer, 'My second comment, published at once.');
    assert.equal(one(db, 'SELECT status FROM comments WHERE id = ?', second.id)!.status, 'published');
  });
});

describe('the log pages', () => {
  it('keep their filter from page to page', async () => {
    const { app, db } = makeApp();
    const mod = await signInAs(app, db, 'paging_mod', 'moderator');
    await registerAs(app, 'paged_user');
    const id = idOf(db, 'paged_user');
    const insert = db.prepare(
      "INSERT INTO moderation_log (actor_id, action, user_id, created_at) VALUES (NULL, 'note', ?, '2026-11-29T00:00:00Z')",
    );
    for (let i = 0; i < 60; i++) insert.run(id);
    const page = cheerio.load((await mod.get(`/moderation/log?user=${id}`)).text);
    assert.equal(page('.pager a').attr('href'), `?user=${id}&page=2`);
    assert.equal(
      cheerio.load((await mod.get(`/moderation/log?user=${id}&page=2`)).text)('.log-table tbody tr').length,
      10,
    );
  });
});
