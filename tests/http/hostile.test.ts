/**
 * Hostile and careless input, and the access matrix: every route the app
 * registers (read from its own router, so a new route without an expectation
 * fails here) × anonymous, reader, blocked reader, moderator and admin.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import * as cheerio from 'cheerio';
import type { Express } from 'express';
import request from 'supertest';
import { makeApp, SEED_SLUG, SHARED_DIR } from '../support/app.js';
import { csrfTokenOf, registerAs, settingsFields, signInAs, submit, type Agent } from '../support/http.js';

type Access = 'public' | 'anonymous' | 'user' | 'writer' | 'author' | 'staff' | 'admin';

/**
 * Who may call each route. `anonymous`: pages for the signed-out (the signed-in
 * are sent home); `user`: signed in; `writer`: signed in and not blocked;
 * `author`: the comment's author only (403 to everyone else signed in);
 * `staff`: moderators and admins; `admin`: admins.
 */
const ACCESS: Record<string, Access> = {
  'GET /healthz': 'public',
  'GET /': 'public',
  'GET /articles/:slug': 'public',
  'GET /articles/:slug/comments.atom': 'public',
  'GET /comments/:id': 'public',
  'GET /api/articles/:slug/comments': 'public',
  'GET /register': 'anonymous',
  'POST /register': 'anonymous',
  'GET /login': 'anonymous',
  'POST /login': 'anonymous',
  'POST /logout': 'user',
  'GET /account/password': 'user',
  'POST /account/password': 'user',
  'GET /comments/:id/edit': 'author',
  'GET /comments/:id/flag': 'user',
  'POST /api/policy/check': 'user',
  'POST /articles/:slug/comments': 'writer',
  'POST /comments/:id/edit': 'author',
  'POST /comments/:id/delete': 'author',
  'POST /comments/:id/flag': 'writer',
  'POST /api/articles/:slug/comments': 'writer',
  'GET /moderation': 'staff',
  'POST /moderation/bulk': 'staff',
  'POST /moderation/comments/:id/approve': 'staff',
  'POST /moderation/comments/:id/reject': 'staff',
  'POST /moderation/comments/:id/remove': 'staff',
  'GET /moderation/users/:id': 'staff',
  'POST /moderation/users/:id/block': 'staff',
  'POST /moderation/users/:id/unblock': 'staff',
  'GET /moderation/log': 'staff',
  'GET /admin': 'admin',
  'GET /admin/settings': 'admin',
  'POST /admin/settings': 'admin',
  'GET /admin/users': 'admin',
  'POST /admin/users/:id/role': 'admin',
};

/** The routes the app answers, from its router. */
function routesOf(app: Express): string[] {
  const stack = (
    app as unknown as { router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] } }
  ).router.stack;
  return stack.flatMap((layer) =>
    layer.route ? Object.keys(layer.route.methods).map((m) => `${m.toUpperCase()} ${layer.route!.path}`) : [],
  );
}

type Role = 'anonymous' | 'reader' | 'blocked' | 'moderator' | 'admin';
const ROLES: Role[] = ['anonymous', 'reader', 'blocked', 'moderator', 'admin'];

/** What the contract says a role gets: 'login' (303 to /login or 401 for the API), 403, 'home' (303 to /), or 'ok'. */
function expected(access: Access, role: Role): 'login' | 403 | 'home' | 'ok' {
  const signedIn = role !== 'anonymous';
  switch (access) {
    case 'public':
      return 'ok';
    case 'anonymous':
      return signedIn ? 'home' : 'ok';
    case 'user':
      return signedIn ? 'ok' : 'login';
    case 'writer':
      return !signedIn ? 'login' : role === 'blocked' ? 403 : 'ok';
    case 'author':
      // The matrix's comment belongs to none of the roles; its author's own case is tested with comments.
      return signedIn ? 403 : 'login';
    case 'staff':
      return !signedIn ? 'login' : role === 'moderator' || role === 'admin' ? 'ok' : 403;
    case 'admin':
      return !signedIn ? 'login' : role === 'admin' ? 'ok' : 403;
  }
}

describe('the access matrix', () => {
  const { app, db } = makeApp();
  const agents = {} as Record<Role, Agent>;
  const ids = { comment: 0, user: 0 };

  before(async () => {
    agents.anonymous = request.agent(app);
    await agents.anonymous.get('/login'); // a session with a CSRF token, like a browser on the log-in page
    agents.reader = await registerAs(app, 'matrix_reader');
    agents.blocked = await registerAs(app, 'matrix_blocked');
    agents.moderator = await signInAs(app, db, 'matrix_mod', 'moderator');
    agents.admin = await signInAs(app, db, 'matrix_admin', 'admin');
    const author = await registerAs(app, 'matrix_author');
    const res = await submit(
      author,
      `/articles/${SEED_SLUG}/comments`,
      { body: 'A comment for the matrix.' },
      `/articles/${SEED_SLUG}`,
    );
    ids.comment = Number(/#comment-(\d+)/.exec(res.headers.location!)![1]);
    await registerAs(app, 'matrix_target');
    ids.user = (db.prepare("SELECT id FROM users WHERE username = 'matrix_target'").get() as { id: number }).id;
    const blockedId = (db.prepare("SELECT id FROM users WHERE username = 'matrix_blocked'").get() as { id: number }).id;
    await submit(
      agents.admin,
      `/moderation/users/${blockedId}/block`,
      { reason: 'matrix', days: '' },
      `/moderation/users/${blockedId}`,
    );
  });

  it('has an expectation for every route the app answers', () => {
    const missing = routesOf(app).filter((r) => !(r in ACCESS));
    assert.deepEqual(missing, []);
    assert.deepEqual(
      Object.keys(ACCESS).filter((r) => !routesOf(app).includes(r)),
      [],
    );
  });

  for (const role of ROLES) {
    it(`answers every route as the contract says for: ${role}`, async () => {
      const failures: string[] = [];
      for (const route of routesOf(app)) {
        const [method, pattern] = route.split(' ') as [string, string];
        // Logging out would end the session the rest of the matrix uses: checked on its own below.
        if (route === 'POST /logout' && role !== 'anonymous') continue;
        const url = pattern
          .replace(':slug', SEED_SLUG)
          .replace(':id', String(pattern.includes('users') ? ids.user : ids.comment));
        const agent = agents[role];
        let res: request.Response;
        if (method === 'GET') res = await agent.get(url);
        else {
          const token = csrfTokenOf((await agent.get(role === 'anonymous' ? '/login' : '/')).text) ?? '';
          res = url.startsWith('/api/')
            ? await agent.post(url).set('X-CSRF-Token', token).send({ body: 'A civil remark for the matrix.' })
            : await agent
                .post(url)
                .type('form')
                .send({ _csrf: token, body: 'A civil remark for the matrix.', reason: 'other', role: 'reader' });
        }
        const want = expected(ACCESS[route]!, role);
        const location = res.headers.location ?? '';
        // A wrong pair at the log-in form is its own 401, not a demand to log in.
        const wrongPair = pattern === '/login' && res.status === 401;
        const got =
          !wrongPair && ((res.status === 303 && location.startsWith('/login')) || res.status === 401)
            ? 'login'
            : res.status === 403
              ? 403
              : res.status === 303 && location === '/' && (pattern === '/login' || pattern === '/register')
                ? 'home'
                : res.status >= 500
                  ? `error ${res.status}`
                  : 'ok';
        if (got !== want) failures.push(`${route}: wanted ${want}, got ${got} (${res.status} ${location})`);
      }
      assert.deepEqual(failures, []);
    });
  }

  it('logs a signed-in user out, and sends the anonymous to log in', async () => {
    const agent = await registerAs(app, 'matrix_leaver');
    const token = csrfTokenOf((await agent.get('/')).text)!;
    assert.equal((await agent.post('/logout').type('form').send({ _csrf: token })).headers.location, '/');
  });
});

describe('careless and hostile input', () => {
  const { app, db } = makeApp();

  it('answers malformed JSON, wrong content types and huge bodies with clear errors', async () => {
    const ann = await registerAs(app, 'careless');
    const token = csrfTokenOf((await ann.get('/')).text)!;
    const api = `/api/articles/${SEED_SLUG}/comments`;
    const malformed = await ann
      .post(api)
      .set('X-CSRF-Token', token)
      .set('Content-Type', 'application/json')
      .send('{"body": "x"');
    assert.deepEqual([malformed.status, malformed.body.error.code], [400, 'malformed_body']);
    const text = await ann.post(api).set('X-CSRF-Token', token).set('Content-Type', 'text/plain').send('body=hello');
    assert.deepEqual([text.status, text.body.error.code], [415, 'unsupported_media_type']);
    const huge = await ann
      .post(api)
      .set('X-CSRF-Token', token)
      .send({ body: 'x'.repeat(300_000) });
    assert.deepEqual([huge.status, huge.body.error.code], [413, 'payload_too_large']);
    const many = await ann
      .post('/login')
      .type('form')
      .send(Array.from({ length: 300 }, (_, i) => `f${i}=1`).join('&'));
    assert.equal(many.status, 413);
  });

  it('treats path traversal in slugs and ids as unknown, and refuses header injection in next', async () => {
    for (const url of [
      '/articles/..%2F..%2Fetc%2Fpasswd',
      '/articles/%00',
      '/comments/..%2F1',
      '/comments/1e3',
      '/articles/csto%0d%0aSet-Cookie:x=1',
    ]) {
      const res = await request(app).get(url);
      assert.equal(res.status, 404, url);
      assert.equal(
        ([] as string[]).concat(res.headers['set-cookie'] ?? []).some((c) => c.startsWith('x=')),
        false,
      );
    }
    const agent = request.agent(app);
    const token = csrfTokenOf((await agent.get('/login')).text)!;
    await registerAs(app, 'injector');
    const res = await agent
      .post('/login')
      .type('form')
      .send({ _csrf: token, username: 'injector', password: 'injector-Pass-phrase-1', next: '/\r\nSet-Cookie: x=1' });
    assert.equal(res.status, 303);
    assert.equal(res.headers.location, '/');
  });

  it('takes the naughty strings in every field without a 500, and shows them as text', async () => {
    const blns = (JSON.parse(fs.readFileSync(path.join(SHARED_DIR, 'data/blns.json'), 'utf8')) as string[]).filter(
      (s) => s.trim() !== '',
    );
    const author = await registerAs(app, 'naughty_author');
    const commentRes = await submit(
      author,
      `/articles/${SEED_SLUG}/comments`,
      { body: 'Something to report.' },
      `/articles/${SEED_SLUG}`,
    );
    const commentId = Number(/#comment-(\d+)/.exec(commentRes.headers.location!)![1]);
    const admin = await signInAs(app, db, 'naughty_admin', 'admin');
    const targetId = (db.prepare("SELECT id FROM users WHERE username = 'naughty_author'").get() as { id: number }).id;
    const adminToken = csrfTokenOf((await admin.get('/admin/settings')).text)!;
    const anonymous = request.agent(app);
    const anonToken = csrfTokenOf((await anonymous.get('/register')).text)!;
    const failures: string[] = [];
    for (const [i, s] of blns.entries()) {
      const checks: [string, request.Response][] = [
        [
          'register',
          await anonymous.post('/register').type('form').send({ _csrf: anonToken, username: s, email: s, password: s }),
        ],
        ['login', await anonymous.post('/login').type('form').send({ _csrf: anonToken, username: s, password: s })],
      ];
      // The query-string fields get every other string; the forms that need an account, every tenth.
      if (i % 2 === 0) {
        checks.push(['search', await admin.get('/admin/users').query({ q: s })]);
        checks.push(['log filter', await admin.get('/moderation/log').query({ moderator: s, user: s })]);
        checks.push(['queue', await admin.get('/moderation').query({ queue: s, page: s })]);
        checks.push([
          'article query',
          await request(app).get(`/articles/${SEED_SLUG}`).query({ sort: s, page: s, replyto: s }),
        ]);
      }
      if (i % 10 === 0) {
        const reader = await registerAs(app, `naughty_${i}`);
        const token = csrfTokenOf((await reader.get('/')).text)!;
        checks.push([
          'report details',
          await reader
            .post(`/comments/${commentId}/flag`)
            .type('form')
            .send({ _csrf: token, reason: 'other', details: s }),
        ]);
        checks.push([
          'block reason',
          await admin
            .post(`/moderation/users/${targetId}/block`)
            .type('form')
            .send({ _csrf: adminToken, reason: s, days: '1' }),
        ]);
        checks.push([
          'word list',
          await admin
            .post('/admin/settings')
            .type('form')
            .send({ _csrf: adminToken, ...settingsFields({ action: 'preview', banned_words: s, suspect_words: s }) }),
        ]);
      }
      for (const [field, res] of checks)
        if (res.status >= 500) failures.push(`${field}: ${res.status} for ${JSON.stringify(s)}`);
    }
    assert.deepEqual(failures, []);
    // Shown back as text: the moderation page of the reported author holds every detail and block reason, inert.
    const page = cheerio.load((await admin.get(`/moderation/users/${targetId}`)).text);
    assert.equal(page('script:not([src^="/assets/"])').length, 0, 'no script but our own');
    assert.equal(page('img, iframe, svg, object, embed').length, 0);
    const stored = db.prepare('SELECT details FROM reports WHERE comment_id = ?').all(commentId) as {
      details: string;
    }[];
    assert.ok(stored.length > 25);
    const shown = page('.history').text();
    for (const { details } of stored) assert.ok(shown.includes(details), `shown: ${JSON.stringify(details)}`);
  });
});
