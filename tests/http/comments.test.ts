import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import * as cheerio from 'cheerio';
import request from 'supertest';
import { ArticleRepository } from '../../src/articles/repository.js';
import type { Db } from '../../src/db/database.js';
import { makeApp, SEED_SLUG, SHARED_DIR, testClock, setPublisherSettings } from '../support/app.js';
import { csrfTokenOf, registerAs, submit, type Agent } from '../support/http.js';

const PAGE = `/articles/${SEED_SLUG}`;

/** The comments of a page as the contract's hooks show them. */
function commentsOf(html: string) {
  const $ = cheerio.load(html);
  return $('.comment')
    .toArray()
    .map((el) => ({
      id: Number($(el).attr('id')!.slice('comment-'.length)),
      status: $(el).attr('data-status'),
      author: $(el).attr('data-author'),
      parentId: $(el).attr('data-parent-id'),
      body: $(el).children('.comment-inner').children('.comment-body').text().trim(),
      bodyHtml: $(el).children('.comment-inner').children('.comment-body').html() ?? '',
      insideOf: $(el).parent().closest('.comment').attr('id'),
      text: $(el).children('.comment-inner').text(),
    }));
}

async function post(agent: Agent, body: string, parentId?: number, from = PAGE) {
  const res = await submit(
    agent,
    `${PAGE}/comments`,
    parentId ? { body, parent_id: String(parentId) } : { body },
    from,
  );
  return { res, id: Number(/#comment-(\d+)/.exec(res.headers.location ?? '')?.[1]) || undefined };
}

const rows = (db: Db, sql: string, ...args: unknown[]) => db.prepare(sql).all(...args) as Record<string, unknown>[];

function addArticle(db: Db, slug: string, extra: { commentsOpen?: boolean; publishedAt?: string } = {}) {
  new ArticleRepository(db).importAll(
    [
      {
        slug,
        title: `Article ${slug}`,
        dateline: null,
        publisher: 'Asbarez',
        publishedAt: extra.publishedAt ?? '2026-11-01T00:00:00.000Z',
        summary: 'S',
        bodyHtml: '<p>S</p>',
        related: [],
        commentsOpen: extra.commentsOpen ?? true,
        sourceFile: `${slug}.md`,
        sourceHash: slug,
      },
    ],
    new Date(),
  );
}

describe('POST /articles/:slug/comments', () => {
  const { app, db } = makeApp();

  it('sends the anonymous to log in, and refuses a post without a CSRF token', async () => {
    const anon = request.agent(app);
    const res = await submit(anon, `${PAGE}/comments`, { body: 'hello' }, '/login');
    assert.equal(res.status, 303);
    assert.match(res.headers.location!, /^\/login\?next=/);
    const ann = await registerAs(app, 'ann');
    const forged = await ann.post(`${PAGE}/comments`).type('form').send({ body: 'hello' });
    assert.equal(forged.status, 403);
    assert.equal(rows(db, 'SELECT * FROM comments').length, 0);
  });

  it('publishes a civil comment: 303 to its anchor, stored as sent, shown with the hooks and counted', async () => {
    const ann = await registerAs(app, 'ann2');
    const text =
      'The declaration may matter less than\nwhat happens in Afghanistan.\n\nSecond paragraph: https://example.org/report';
    const { res, id } = await post(ann, text);
    assert.equal(res.status, 303);
    assert.equal(res.headers.location, `${PAGE}#comment-${id}`);
    assert.deepEqual(rows(db, 'SELECT body, status, parent_id FROM comments WHERE id = ?', id), [
      { body: text, status: 'published', parent_id: null },
    ]);
    const page = await request(app).get(PAGE).expect(200);
    const mine = commentsOf(page.text).find((c) => c.id === id)!;
    assert.equal(mine.status, 'published');
    assert.equal(mine.author, 'ann2');
    assert.equal(mine.parentId, '');
    const $ = cheerio.load(mine.bodyHtml);
    assert.deepEqual(
      $('p')
        .toArray()
        .map((p) => $(p).text()),
      [
        'The declaration may matter less than\nwhat happens in Afghanistan.',
        'Second paragraph: https://example.org/report',
      ],
    );
    assert.equal($('br').length, 1);
    assert.equal($('a').attr('href'), 'https://example.org/report');
    assert.equal($('a').attr('rel'), 'nofollow ugc noopener');
    assert.match(cheerio.load(page.text)('#comments-heading').text(), /^One Comment$/);
  });

  it('nests replies inside their parent, five levels deep, then at the deepest level', async () => {
    const ann = await registerAs(app, 'nester');
    let parent = (await post(ann, 'Level 0 comment about the treaty.')).id!;
    const ids = [parent];
    for (let level = 1; level <= 6; level++) {
      const { res, id } = await post(ann, `Reply at level ${level} about the treaty.`, parent);
      assert.equal(res.status, 303);
      ids.push(id!);
      parent = id!;
    }
    const list = commentsOf((await request(app).get(PAGE)).text);
    const byId = (id: number) => list.find((c) => c.id === id)!;
    for (let level = 1; level <= 4; level++) {
      assert.equal(byId(ids[level]!).parentId, String(ids[level - 1]));
      assert.equal(byId(ids[level]!).insideOf, `comment-${ids[level - 1]}`);
    }
    // Levels 5 and 6 answer their parents but are shown beside them, inside the level-3 comment.
    assert.equal(byId(ids[5]!).parentId, String(ids[4]));
    assert.equal(byId(ids[5]!).insideOf, `comment-${ids[3]}`);
    assert.equal(byId(ids[6]!).parentId, String(ids[5]));
    assert.equal(byId(ids[6]!).insideOf, `comment-${ids[3]}`);
    assert.match(byId(ids[6]!).text, /in reply to @nester/);
  });

  it('reads a reply as said to the commenter it answers', async () => {
    const oleg = await registerAs(app, 'oleg_r');
    const ann = await registerAs(app, 'replier');
    const parent = (await post(oleg, 'The CSTO will outlast NATO, mark my words.')).id!;
    const status = (id: number) => rows(db, 'SELECT status FROM comments WHERE id = ?', id)[0]!.status;
    // On its own, "Pathetic." may be about the news; as a reply it is about the person answered.
    const alone = (await post(ann, 'Pathetic.')).id!;
    assert.equal(status(alone), 'published');
    const other = await registerAs(app, 'replier2');
    const reply = (await post(other, 'Pathetic.', parent)).id!;
    assert.equal(status(reply), 'pending');
    const reasons = JSON.parse(String(rows(db, 'SELECT reasons FROM comments WHERE id = ?', reply)[0]!.reasons));
    assert.equal(reasons[0].clause, 'personal_attack');
    assert.match(reasons[0].message, /as a reply, is said of the person you answer/);
  });

  it('holds a comment with two links: shown to its author as awaiting moderation, to no one else', async () => {
    const ann = await registerAs(app, 'holder');
    const { res, id } = await post(ann, 'Sources: https://example.org/a and https://example.org/b');
    assert.equal(res.status, 303);
    const own = commentsOf((await ann.get(PAGE)).text).find((c) => c.id === id)!;
    assert.equal(own.status, 'pending');
    assert.match(own.text, /awaiting moderation/);
    assert.equal(
      commentsOf((await request(app).get(PAGE)).text).some((c) => c.id === id),
      false,
    );
    const other = await registerAs(app, 'other_reader');
    assert.equal(
      commentsOf((await other.get(PAGE)).text).some((c) => c.id === id),
      false,
    );
    assert.equal(rows(db, 'SELECT status FROM comments WHERE id = ?', id)[0]!.status, 'pending');
  });

  it('refuses a comment that breaks the policy: 422, text kept, reasons shown and marked, attempt kept for moderators', async () => {
    const ann = await registerAs(app, 'rude');
    const before = commentsOf((await request(app).get(PAGE)).text).length;
    const text = 'You are an idiot <b>and</b> this is bullshit.';
    const { res } = await post(ann, text);
    assert.equal(res.status, 422);
    const $ = cheerio.load(res.text);
    assert.equal($('#comment-form textarea[name=body]').text(), `${text}`.replace(/^/, ''), 'the text is kept exactly');
    assert.equal($('#comment-form .form-error').attr('role'), 'alert');
    assert.deepEqual(
      $('.policy-reasons li')
        .toArray()
        .map((li) => $(li).attr('data-clause')),
      ['profanity', 'personal_attack'],
    );
    assert.deepEqual(
      $('.marked-text mark')
        .toArray()
        .map((m) => $(m).text()),
      ['idiot', 'bullshit'],
    );
    assert.equal($('.marked-text b').length, 0, 'the text is escaped');
    assert.equal(commentsOf((await request(app).get(PAGE)).text).length, before, 'nothing published');
    assert.deepEqual(rows(db, "SELECT body FROM comments WHERE status = 'rejected' ORDER BY id DESC LIMIT 1"), [
      { body: text },
    ]);
  });

  const invalid: [string, Record<string, string>, RegExp][] = [
    ['an empty comment', { body: '' }, /Write something/],
    ['a whitespace-only comment', { body: '  \n\t ' }, /Write something/],
    ['an overlong comment', { body: 'a'.repeat(5001) }, /at most 5,000 characters/],
    ['a reply to no comment', { body: 'hello there', parent_id: '999999' }, /no such comment/],
    ['a malformed parent id', { body: 'hello there', parent_id: 'abc' }, /not a comment id/],
  ];
  for (const [index, [what, fields, message]] of invalid.entries()) {
    it(`refuses ${what} with 422 and stores nothing`, async () => {
      const ann = await registerAs(app, `invalid_${index}`);
      const before = rows(db, 'SELECT count(*) AS n FROM comments')[0]!.n;
      const res = await submit(ann, `${PAGE}/comments`, fields, PAGE);
      assert.equal(res.status, 422);
      assert.match(cheerio.load(res.text)('.form-error').text(), message);
      assert.equal(rows(db, 'SELECT count(*) AS n FROM comments')[0]!.n, before);
    });
  }

  it('refuses a reply to a comment of another article, and to a deleted comment', async () => {
    addArticle(db, 'other-article');
    const ann = await registerAs(app, 'crosser');
    const elsewhere = await submit(
      ann,
      '/articles/other-article/comments',
      { body: 'On the other article.' },
      '/articles/other-article',
    );
    const otherId = Number(/#comment-(\d+)/.exec(elsewhere.headers.location!)![1]);
    assert.equal((await post(ann, 'Cross-article reply.', otherId)).res.status, 422);
    const { id } = await post(ann, 'To be deleted soon.');
    await submit(ann, `/comments/${id}/delete`, {}, PAGE);
    const res = (await post(ann, 'Reply to the deleted one.', id)).res;
    assert.equal(res.status, 422);
    assert.match(cheerio.load(res.text)('.form-error').text(), /was deleted/);
  });

  it('answers 404 for an unknown article', async () => {
    const ann = await registerAs(app, 'lost');
    const token = csrfTokenOf((await ann.get(PAGE)).text)!;
    await ann.post('/articles/no-such-article/comments').type('form').send({ _csrf: token, body: 'hi' }).expect(404);
  });
});

describe('comments closed', () => {
  it('by front matter: the form is replaced by a notice and posts get 403', async () => {
    const { app, db } = makeApp();
    addArticle(db, 'closed-one', { commentsOpen: false });
    const ann = await registerAs(app, 'closer');
    const page = await ann.get('/articles/closed-one').expect(200);
    const $ = cheerio.load(page.text);
    assert.equal($('.comment-form').length, 0);
    assert.match($('.comments-closed').text(), /closed/);
    const res = await submit(ann, '/articles/closed-one/comments', { body: 'Still open?' }, PAGE);
    assert.equal(res.status, 403);
    assert.match(cheerio.load(res.text)('.form-error').text(), /closed/);
  });

  it('after the auto-close age set by the publisher', async () => {
    const clock = testClock(new Date('2026-11-29T12:00:00Z'));
    const { app, db } = makeApp({}, { clock });
    addArticle(db, 'aging', { publishedAt: '2026-11-20T12:00:00Z' });
    setPublisherSettings(db, { autoCloseDays: 10 });
    const ann = await registerAs(app, 'ager');
    assert.equal((await submit(ann, '/articles/aging/comments', { body: 'Day nine.' }, PAGE)).status, 303);
    clock.advance(2 * 24 * 60);
    assert.equal((await submit(ann, '/articles/aging/comments', { body: 'Day eleven.' }, PAGE)).status, 403);
  });
});

describe('edit and delete', () => {
  const clock = testClock();
  const { app, db } = makeApp({}, { clock });

  it('lets the author edit within the window: marked edited, the policy run again', async () => {
    const ann = await registerAs(app, 'editor');
    const { id } = await post(ann, 'First version of my thought.');
    const res = await submit(
      ann,
      `/comments/${id}/edit`,
      { body: 'Second version of my thought.' },
      `/comments/${id}/edit`,
    );
    assert.equal(res.status, 303);
    const row = rows(db, 'SELECT body, status, edited_at FROM comments WHERE id = ?', id)[0]!;
    assert.equal(row.body, 'Second version of my thought.');
    assert.ok(row.edited_at);
    assert.match(commentsOf((await request(app).get(PAGE)).text).find((c) => c.id === id)!.text, /edited/);
    const rude = await submit(
      ann,
      `/comments/${id}/edit`,
      { body: 'Third version, you moron.' },
      `/comments/${id}/edit`,
    );
    assert.equal(rude.status, 422);
    assert.equal(cheerio.load(rude.text)('textarea[name=body]').text(), 'Third version, you moron.');
    assert.equal(
      rows(db, 'SELECT body FROM comments WHERE id = ?', id)[0]!.body,
      'Second version of my thought.',
      'a refused edit changes nothing',
    );
    const held = await submit(
      ann,
      `/comments/${id}/edit`,
      { body: 'Links: https://a.example https://b.example' },
      `/comments/${id}/edit`,
    );
    assert.equal(held.status, 303);
    assert.equal(rows(db, 'SELECT status FROM comments WHERE id = ?', id)[0]!.status, 'pending');
  });

  it('refuses other users and edits after the window (15 minutes)', async () => {
    const ann = await registerAs(app, 'editor2');
    const ben = await registerAs(app, 'intruder');
    const { id } = await post(ann, 'Mine to edit.');
    assert.equal((await submit(ben, `/comments/${id}/edit`, { body: 'hijack' }, PAGE)).status, 403);
    assert.equal((await ben.get(`/comments/${id}/edit`)).status, 403);
    clock.advance(16);
    const late = await submit(ann, `/comments/${id}/edit`, { body: 'Too late now.' }, PAGE);
    assert.equal(late.status, 403);
    assert.match(late.text, /can no longer be changed/);
    assert.equal(rows(db, 'SELECT body FROM comments WHERE id = ?', id)[0]!.body, 'Mine to edit.');
  });

  it('lets the author delete: no text remains, a placeholder keeps a thread with replies readable', async () => {
    const ann = await registerAs(app, 'deleter');
    const ben = await registerAs(app, 'replier');
    const { id } = await post(ann, 'A comment that will be deleted.');
    const reply = (await post(ben, 'A reply that stays.', id)).id;
    assert.equal((await submit(ben, `/comments/${id}/delete`, {}, PAGE)).status, 403, 'only the author');
    assert.equal((await submit(ann, `/comments/${id}/delete`, {}, PAGE)).status, 303);
    assert.deepEqual(rows(db, 'SELECT body, status FROM comments WHERE id = ?', id), [{ body: '', status: 'deleted' }]);
    const list = commentsOf((await request(app).get(PAGE)).text);
    const placeholder = list.find((c) => c.id === id)!;
    assert.equal(placeholder.status, 'deleted');
    assert.doesNotMatch(placeholder.body, /will be deleted/);
    assert.equal(list.find((c) => c.id === reply)!.insideOf, `comment-${id}`);
    const { id: lone } = await post(ann, 'A lonely comment.');
    await submit(ann, `/comments/${lone}/delete`, {}, PAGE);
    assert.equal(
      commentsOf((await request(app).get(PAGE)).text).some((c) => c.id === lone),
      false,
      'no placeholder without replies',
    );
  });
});

describe('threads: order, pages, permalinks', () => {
  it('pages top-level threads oldest first (or newest), and /comments/:id finds the page', async () => {
    const { app, db } = makeApp();
    setPublisherSettings(db, { threadsPerPage: 5 });
    const ann = await registerAs(app, 'pager');
    const ids: number[] = [];
    for (let i = 1; i <= 7; i++) ids.push((await post(ann, `Thread number ${i}.`)).id!);
    const reply = (await post(ann, 'A reply in thread 6.', ids[5])).id!;
    const top = (html: string) =>
      commentsOf(html)
        .filter((c) => c.parentId === '')
        .map((c) => c.id);
    assert.deepEqual(top((await request(app).get(PAGE)).text), ids.slice(0, 5));
    assert.deepEqual(top((await request(app).get(`${PAGE}?page=2`)).text), ids.slice(5));
    assert.deepEqual(top((await request(app).get(`${PAGE}?sort=newest`)).text), ids.slice(2).reverse());
    assert.match(
      cheerio
        .load((await request(app).get(PAGE)).text)('#comments-heading')
        .text(),
      /^8 Comments$/,
    );
    const link = await request(app).get(`/comments/${reply}`).expect(302);
    assert.equal(link.headers.location, `${PAGE}?page=2#comment-${reply}`);
    await request(app).get('/comments/999999').expect(404);
  });
});

describe('GET /articles/:slug/comments.atom', () => {
  it('lists published comments, escaped, newest first', async () => {
    const { app } = makeApp();
    const ann = await registerAs(app, 'feeder');
    await post(ann, 'First <script>alert(1)</script> comment.');
    await post(ann, 'Second comment with https://a.example and https://b.example');
    const res = await request(app)
      .get(`${PAGE}/comments.atom`)
      .expect(200)
      .expect('Content-Type', /application\/atom\+xml/);
    const $ = cheerio.load(res.text, { xml: true });
    assert.equal($('feed > entry').length, 1, 'the held one is not in the feed');
    assert.equal($('entry author name').text(), 'feeder');
    assert.doesNotMatch(res.text, /<script>/);
  });
});

describe('the naughty strings', () => {
  it('are stored verbatim and shown back as text, adding no elements or attributes', async () => {
    const { app, db } = makeApp();
    const blns = JSON.parse(fs.readFileSync(path.join(SHARED_DIR, 'data/blns.json'), 'utf8')) as string[];
    const ann = await registerAs(app, 'naughty');
    const token = csrfTokenOf((await ann.get(PAGE)).text)!;
    const posted: { id: number; text: string }[] = [];
    for (const text of blns) {
      const res = await ann.post(`/api/articles/${SEED_SLUG}/comments`).set('X-CSRF-Token', token).send({ body: text });
      assert.ok([201, 422].includes(res.status), `${res.status} for ${JSON.stringify(text)}`);
      if (res.status === 201) posted.push({ id: res.body.comment.id, text });
    }
    assert.ok(posted.length > 400, `${posted.length} posted`);
    for (const { id, text } of posted)
      assert.equal(rows(db, 'SELECT body FROM comments WHERE id = ?', id)[0]!.body, text);
    const token2 = csrfTokenOf((await ann.get(PAGE)).text);
    assert.ok(token2);
    // The author sees every one of them (published or held) in the thread pages.
    setPublisherSettings(db, { threadsPerPage: 500 });
    const html = (await ann.get(PAGE)).text;
    const $ = cheerio.load(html);
    for (const { id, text } of posted) {
      const body = $(`#comment-${id} > .comment-inner > .comment-body`);
      assert.equal(body.length, 1, `comment ${id} shown`);
      for (const el of body.find('*').toArray()) {
        const tag = (el as { tagName: string }).tagName;
        assert.ok(['p', 'br', 'a'].includes(tag), `no <${tag}> from ${JSON.stringify(text)}`);
        const attrs = Object.keys((el as { attribs: Record<string, string> }).attribs);
        assert.deepEqual(attrs, tag === 'a' ? ['href', 'rel'] : [], JSON.stringify(text));
      }
      const shown = body
        .find('p')
        .toArray()
        .map((p) => $(p).text())
        .join('\n\n');
      const expected = text
        .replace(/\r\n?/g, '\n')
        .split(/\n[ \t]*\n+/)
        .map((p) => p.replace(/^\n+|\n+$/g, ''))
        .filter((p) => p.trim() !== '')
        .join('\n\n');
      assert.equal(shown, expected, `shown as sent: ${JSON.stringify(text)}`);
    }
  });
});
