/**
 * The product as people use it, in Debian's Chromium driven by playwright-core,
 * against the real server built and started as `npm start` does. Every flow
 * runs with JavaScript on and off; each page is screenshotted to
 * tests/browser/screenshots/ (ignored by git) and checked with axe-core.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { ROOT_DIR } from '../../src/config.js';
import { tempDir } from '../support/app.js';
import { freePort } from '../support/remote.js';

const CHROMIUM = '/usr/bin/chromium';
const SHOTS = path.join(ROOT_DIR, 'tests/browser/screenshots');
const SLUG = 'csto-set-to-become-alternative-to-nato';
const ADMIN = { username: 'browser_admin', password: 'Browser-admin-pass-1' };
const AXE = fs.readFileSync(path.join(ROOT_DIR, 'node_modules/axe-core/axe.min.js'), 'utf8');
const available = fs.existsSync(CHROMIUM);
if (!available && process.env.CI) throw new Error(`${CHROMIUM} is missing: .ci/run installs Debian's chromium`);

let server: ChildProcess;
let base = '';
let browser: Browser;

describe('in a browser', { skip: !available && `no ${CHROMIUM} here (CI installs it)` }, () => {
  before(async () => {
    execFileSync(
      process.execPath,
      [path.join(ROOT_DIR, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
      { cwd: ROOT_DIR },
    );
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, ['dist/server.js'], {
      cwd: ROOT_DIR,
      env: {
        PATH: process.env.PATH,
        PORT: String(port),
        LOG_LEVEL: 'warn',
        RATE_LIMIT: 'off',
        DATABASE_PATH: path.join(tempDir(), 'browser.db'),
        ADMIN_USERNAME: ADMIN.username,
        ADMIN_PASSWORD: ADMIN.password,
      },
      stdio: 'ignore',
    });
    for (let i = 0; !(await fetch(`${base}/healthz`).catch(() => undefined))?.ok; i++) {
      if (i > 200) throw new Error('the server did not start');
      await new Promise((r) => setTimeout(r, 100));
    }
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    fs.mkdirSync(SHOTS, { recursive: true });
  });

  after(async () => {
    await browser?.close();
    server?.kill('SIGTERM');
  });

  /** A fresh browser profile; axe is injected by the test, so the page's CSP is bypassed for it. */
  const context = async (javaScript: boolean) => {
    const ctx = await browser.newContext({
      javaScriptEnabled: javaScript,
      bypassCSP: true,
      viewport: { width: 1000, height: 900 },
    });
    if (!javaScript) withoutScript.add(ctx);
    return ctx;
  };
  /** Contexts with JavaScript off: axe cannot run there (the DOM is the same, and is checked with it on). */
  const withoutScript = new WeakSet<BrowserContext>();

  async function shot(page: Page, name: string) {
    await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
  }

  /** axe-core on the page: no serious or critical violations. */
  async function accessible(page: Page, what: string) {
    if (withoutScript.has(page.context())) return;
    await page.addScriptTag({ content: AXE });
    const result = (await page.evaluate(`axe.run(document, { resultTypes: ['violations'] })`)) as {
      violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
    };
    const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    assert.deepEqual(
      serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      [],
      what,
    );
  }

  async function register(ctx: BrowserContext, username: string): Promise<Page> {
    const page = await ctx.newPage();
    await page.goto(`${base}/register`);
    await page.fill('#field-username', username);
    await page.fill('#field-email', `${username}@example.org`);
    await page.fill('#field-password', `${username}-pass-phrase-1`);
    await page.click('form.account-form button[type=submit]');
    await page.waitForURL(`${base}/`);
    return page;
  }

  async function signIn(ctx: BrowserContext, username: string, password: string): Promise<Page> {
    const page = await ctx.newPage();
    await page.goto(`${base}/login`);
    await page.fill('#field-username', username);
    await page.fill('#field-password', password);
    await page.click('form.account-form button[type=submit]');
    await page.waitForURL(`${base}/`);
    return page;
  }

  async function comment(page: Page, text: string): Promise<number> {
    await page.goto(`${base}/articles/${SLUG}`);
    await page.fill('#comment-form textarea[name=body]', text);
    await page.click('#comment-form button[type=submit]');
    await page.waitForLoadState();
    return Number(/#comment-(\d+)/.exec(page.url())?.[1]);
  }

  for (const js of [true, false]) {
    const mode = js ? 'js' : 'nojs';

    it(`a reader registers, comments, replies, edits and deletes (${mode})`, async () => {
      const ctx = await context(js);
      const page = await register(ctx, `reader_${mode}`);
      await page.goto(`${base}/articles/${SLUG}`);
      await accessible(page, 'article page, signed in');
      const id = await comment(page, `A first comment from a reader (${mode}).`);
      assert.ok(id > 0);
      assert.equal(await page.getAttribute(`#comment-${id}`, 'data-status'), 'published');
      await shot(page, `article-with-comment-${mode}`);
      // Reply: in place with JavaScript, through the reply page without.
      await page.click(`#comment-${id} .reply-link`);
      const reply = page.locator(`#reply-form-${id} textarea[name=body]`);
      if (js) {
        // The live check reads a reply as said to the commenter it answers.
        await reply.fill('Pathetic.');
        await page.waitForSelector(`#reply-form-${id} .policy-warning.is-hold`, { timeout: 5000 });
      }
      await reply.fill('And a reply to it.');
      await page.click(`#reply-form-${id} button[type=submit]`);
      await page.waitForLoadState();
      const replyId = Number(/#comment-(\d+)/.exec(page.url())?.[1]);
      assert.equal(await page.getAttribute(`#comment-${id} #comment-${replyId}`, 'data-parent-id'), String(id));
      // Edit.
      await page.click(`#comment-${replyId} .edit-link`);
      await accessible(page, 'edit form');
      await page.fill('#edit-body', 'And an edited reply to it.');
      await page.click('.edit-form button[type=submit]');
      await page.waitForLoadState();
      assert.match((await page.textContent(`#comment-${replyId} .comment-body`)) ?? '', /edited reply/);
      assert.match((await page.textContent(`#comment-${replyId} .comment-meta`)) ?? '', /edited/);
      // Delete the first comment: a placeholder holds the reply.
      await page.click(`#comment-${id} .delete-form button`);
      await page.waitForLoadState();
      assert.equal(await page.getAttribute(`#comment-${id}`, 'data-status'), 'deleted');
      assert.doesNotMatch(
        (await page.textContent(`#comment-${id} > .comment-inner .comment-body`)) ?? '',
        /first comment/,
      );
      await shot(page, `after-delete-${mode}`);
      await ctx.close();
    });

    it(`a profane comment is refused with the reason shown and the text kept (${mode})`, async () => {
      const ctx = await context(js);
      const page = await register(ctx, `rude_${mode}`);
      await page.goto(`${base}/articles/${SLUG}`);
      const text = 'You are an idiot and this is bullshit.';
      await page.fill('#comment-form textarea[name=body]', text);
      if (js) {
        await page.waitForSelector('.policy-warning.is-reject', { timeout: 5000 });
        assert.match((await page.textContent('.policy-warning')) ?? '', /would not be published/);
      }
      await page.click('#comment-form button[type=submit]');
      await page.waitForLoadState();
      assert.equal(await page.inputValue('#comment-form textarea[name=body]'), text);
      assert.equal(await page.getAttribute('#comment-form .form-error', 'role'), 'alert');
      assert.deepEqual(await page.locator('.marked-text mark').allTextContents(), ['idiot', 'bullshit']);
      await accessible(page, 'refused comment form');
      await shot(page, `refused-${mode}`);
      await ctx.close();
    });

    it(`a held comment shows as awaiting moderation to its author only (${mode})`, async () => {
      const ctx = await context(js);
      const page = await register(ctx, `holder_${mode}`);
      const id = await comment(page, 'Two sources: https://example.org/a and https://example.org/b');
      assert.equal(await page.getAttribute(`#comment-${id}`, 'data-status'), 'pending');
      assert.match((await page.textContent(`#comment-${id} .comment-notice`)) ?? '', /awaiting moderation/);
      const anon = await (await context(js)).newPage();
      await anon.goto(`${base}/articles/${SLUG}`);
      assert.equal(await anon.locator(`#comment-${id}`).count(), 0);
      await accessible(anon, 'article page, anonymous');
      await shot(anon, `anonymous-article-${mode}`);
      await ctx.close();
    });

    it(`three readers report a comment, an admin removes it; a moderator blocks the author, who sees why and cannot post (${mode})`, async () => {
      const authorCtx = await context(js);
      const author = await register(authorCtx, `author_${mode}`);
      const id = await comment(author, 'A comment that readers will report.');
      const authorId = await author.getAttribute(`#comment-${id}`, 'data-author-id');
      for (const n of [1, 2, 3]) {
        const ctx = await context(js);
        const reader = await register(ctx, `flagger${n}_${mode}`);
        await reader.goto(`${base}/comments/${id}/flag`);
        if (n === 1) await accessible(reader, 'report form');
        await reader.check('input[name=reason][value=personal_attack]');
        await reader.fill('#report-details', `Report number ${n}.`);
        await reader.click('.report-form button[type=submit]');
        await reader.waitForLoadState();
        await ctx.close();
      }
      const adminCtx = await context(js);
      const admin = await signIn(adminCtx, ADMIN.username, ADMIN.password);
      await admin.goto(`${base}/moderation?queue=flagged`);
      assert.match(
        (await admin.textContent(`.queue-item:has(#comment-${id}) .reports`)) ?? '',
        /3 open reports[\s\S]*Report number 3/,
      );
      await accessible(admin, 'flagged queue');
      await shot(admin, `flagged-queue-${mode}`);
      await admin.fill(`#reason-${id}`, 'Reported as an attack');
      await admin.click(`.queue-item:has(#comment-${id}) form[data-action=remove] button`);
      await admin.waitForLoadState();
      assert.equal(await admin.locator(`.queue #comment-${id}`).count(), 0);
      await admin.goto(`${base}/admin/settings`);
      await accessible(admin, 'admin settings');
      await shot(admin, `admin-settings-${mode}`);
      // The admin makes a moderator; the moderator blocks the author for three days.
      const modCtx = await context(js);
      const modPage = await register(modCtx, `moderator_${mode}`);
      await admin.goto(`${base}/admin/users?q=moderator_${mode}`);
      await admin.selectOption('.role-form select', 'moderator');
      await admin.click('.role-form button');
      await admin.waitForLoadState();
      await modPage.goto(`${base}/moderation/log`);
      await modPage.goto(`${base}/moderation/users/${authorId}`);
      await modPage.fill('#block-reason', 'Three readers reported an attack');
      await modPage.fill('#block-days', '3');
      await modPage.click('.block-form button[type=submit]');
      await modPage.waitForLoadState();
      await author.goto(`${base}/articles/${SLUG}`);
      assert.match(
        (await author.textContent('.block-notice')) ?? '',
        /blocked until .*Three readers reported an attack/,
      );
      await author.fill('#comment-form textarea[name=body]', 'Can I still post?');
      await author.click('#comment-form button[type=submit]');
      await author.waitForLoadState();
      assert.match((await author.textContent('#comment-form .form-error')) ?? '', /Three readers reported an attack/);
      await shot(author, `blocked-author-${mode}`);
      await modPage.goto(`${base}/moderation/log`);
      const log = (await modPage.textContent('.log-table')) ?? '';
      assert.match(log, new RegExp(`block[\\s\\S]*Three readers reported an attack`));
      assert.match(log, /remove[\s\S]*Reported as an attack/);
      assert.match(log, /hide/);
      await accessible(modPage, 'moderation log');
      for (const c of [authorCtx, adminCtx, modCtx]) await c.close();
    });
  }

  it('can be used with the keyboard alone, with a visible focus', async () => {
    const ctx = await context(true);
    const page = await ctx.newPage();
    await page.goto(`${base}/articles/${SLUG}`);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate('document.activeElement && document.activeElement.className'), 'skip-link');
    const outline = await page.evaluate('getComputedStyle(document.activeElement).outlineStyle');
    assert.notEqual(outline, 'none');
    await page.keyboard.press('Enter');
    // Tab on to the sign-in link and follow it.
    for (
      let i = 0;
      i < 10 &&
      !(await page.evaluate("String(document.activeElement && document.activeElement.href).includes('/login')"));
      i++
    )
      await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/login/);
    await ctx.close();
  });
});
