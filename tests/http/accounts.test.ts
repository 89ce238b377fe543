import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import * as cheerio from 'cheerio';
import request from 'supertest';
import { makeApp } from '../support/app.js';
import { csrfTokenOf, formErrors, passwordOf, registerAs, signInAs, submit } from '../support/http.js';

const userCount = (db: ReturnType<typeof makeApp>['db']) =>
  (db.prepare('SELECT count(*) AS n FROM users').get() as { n: number }).n;
const sidOf = (res: request.Response) =>
  ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith('sid='));

describe('POST /register', () => {
  const { app, db, config } = makeApp();

  it('creates a reader, signs them in with a safe cookie, and shows who is signed in', async () => {
    const agent = request.agent(app);
    const res = await submit(agent, '/register', {
      username: 'Ann_1',
      email: 'Ann@Example.org',
      password: 'correct horse battery',
    });
    assert.equal(res.status, 303);
    assert.equal(res.headers.location, '/');
    const cookie = sidOf(res)!;
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Lax/);
    assert.doesNotMatch(cookie, /Secure/, 'not Secure over plain HTTP');
    assert.match(cookie, /Expires=/);
    const row = db
      .prepare("SELECT username, email, role, password_hash FROM users WHERE username = 'ann_1'")
      .get() as Record<string, string>;
    assert.equal(row.username, 'ann_1', 'stored lower-case');
    assert.equal(row.role, 'reader');
    assert.match(row.password_hash ?? '', /^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    const home = await agent.get('/').expect(200);
    assert.match(cheerio.load(home.text)('.signed-in').text(), /Signed in as ann_1/);
  });

  it('never writes the password to the database file in the clear', async () => {
    const password = 'a-very-distinctive-passphrase-42';
    await submit(request.agent(app), '/register', { username: 'cleartext_check', email: 'c@example.org', password });
    db.pragma('wal_checkpoint(TRUNCATE)');
    for (const file of [config.databasePath, `${config.databasePath}-wal`]) {
      if (fs.existsSync(file)) assert.equal(fs.readFileSync(file).includes(password), false, file);
    }
  });

  it('refuses a username taken in another case, keeping the form and naming the field', async () => {
    await registerAs(app, 'bea');
    const before = userCount(db);
    const res = await submit(request.agent(app), '/register', {
      username: 'BEA',
      email: 'other@example.org',
      password: 'long enough pass phrase',
    });
    assert.equal(res.status, 422);
    const form = formErrors(res.text);
    assert.equal(form.role, 'alert');
    assert.match(form.fields.username!, /taken/);
    assert.equal(form.values.username, 'BEA');
    assert.equal(form.values.email, 'other@example.org');
    assert.equal(form.values.password, '', 'the password is never echoed back');
    assert.equal(userCount(db), before, 'nothing stored');
  });

  it('refuses an email taken in another case', async () => {
    await registerAs(app, 'cai');
    const res = await submit(request.agent(app), '/register', {
      username: 'cai2',
      email: 'CAI@EXAMPLE.ORG',
      password: 'long enough pass phrase',
    });
    assert.equal(res.status, 422);
    assert.match(formErrors(res.text).fields.email!, /exists already/);
  });

  const refused: [string, Record<string, string>, string, RegExp][] = [
    ['a short password', { password: 'short1' }, 'password', /at least 10 characters/],
    ['a common password', { password: 'Password123' }, 'password', /most common/],
    [
      'the username as password',
      { username: 'dora_the_reader', password: 'DORA_THE_READER' },
      'password',
      /cannot be your username/,
    ],
    ['an overlong password', { password: 'x1y2'.repeat(70) }, 'password', /at most 256/],
    ['a look-alike username (Cyrillic а)', { username: 'аnna' }, 'username', /letters a–z/],
    ['a full-width username', { username: 'ａｎｎａ' }, 'username', /letters a–z/],
    ['a too short username', { username: 'ab' }, 'username', /3 to 30/],
    ['an overlong username', { username: 'a'.repeat(31) }, 'username', /3 to 30/],
    ['a username with spaces', { username: 'ann smith' }, 'username', /letters a–z/],
    ['a profane username', { username: 'sh1t_happens' }, 'username', /“sh1t” is profanity .* choose another/],
    ['an insulting username', { username: 'you_idiot' }, 'username', /“idiot” is an insult/],
    ['a slur in a username', { username: 'n1gger_lover' }, 'username', /not allowed/],
    ["a username on the publisher's banned list", { username: 'stfu_now' }, 'username', /“stfu” is not allowed/],
    ['an invalid email', { email: 'not-an-email' }, 'email', /valid email/],
    ['an overlong email', { email: `${'a'.repeat(250)}@example.org` }, 'email', /valid email/],
  ];
  for (const [what, change, field, message] of refused) {
    it(`refuses ${what} with 422 and nothing stored`, async () => {
      const before = userCount(db);
      const res = await submit(request.agent(app), '/register', {
        username: 'fresh_name',
        email: 'fresh@example.org',
        password: 'long enough pass phrase',
        ...change,
      });
      assert.equal(res.status, 422);
      assert.match(formErrors(res.text).fields[field] ?? '', message);
      assert.equal(userCount(db), before);
    });
  }

  it('accepts names that only look like bad words (Scunthorpe, assassin, Dick Cheney)', async () => {
    for (const username of ['scunthorpe_utd', 'assassin_99', 'dick_cheney_fan', 'analyst_42']) {
      const res = await submit(request.agent(app), '/register', {
        username,
        email: `${username}@example.org`,
        password: 'long enough pass phrase',
      });
      assert.equal(res.status, 303, `${username}: ${formErrors(res.text).fields.username ?? ''}`);
    }
  });

  it('names every missing field at once, and treats repeated fields as missing', async () => {
    const res = await submit(request.agent(app), '/register', {}, '/register');
    assert.equal(res.status, 422);
    assert.deepEqual(Object.keys(formErrors(res.text).fields).sort(), ['email', 'password', 'username']);
    const agent = request.agent(app);
    const token = csrfTokenOf((await agent.get('/register')).text)!;
    const twice = await agent
      .post('/register')
      .type('form')
      .send(
        `_csrf=${encodeURIComponent(token)}&username=a&username=b&email=x%40example.org&password=long+enough+pass+phrase`,
      );
    assert.equal(twice.status, 422);
    assert.match(formErrors(twice.text).fields.username!, /Choose a username/);
  });

  it('follows a local next after registering', async () => {
    const res = await submit(request.agent(app), '/register', {
      username: 'nextuser',
      email: 'next@example.org',
      password: 'long enough pass phrase',
      next: '/articles/csto-set-to-become-alternative-to-nato',
    });
    assert.equal(res.headers.location, '/articles/csto-set-to-become-alternative-to-nato');
  });

  it('refuses an oversized form with 413', async () => {
    const agent = request.agent(app);
    const token = csrfTokenOf((await agent.get('/register')).text)!;
    const res = await agent
      .post('/register')
      .type('form')
      .send({ _csrf: token, username: 'x'.repeat(200_000) });
    assert.equal(res.status, 413);
  });
});

describe('POST /login', () => {
  const { app, db } = makeApp();

  it('signs in by username or email, rotating the session id', async () => {
    await registerAs(app, 'erin');
    const agent = request.agent(app);
    const before = sidOf(await agent.get('/login'));
    const res = await submit(agent, '/login', { username: 'erin', password: passwordOf('erin') });
    assert.equal(res.status, 303);
    assert.equal(res.headers.location, '/');
    const after = sidOf(res);
    assert.ok(before && after);
    assert.notEqual(before.split(';')[0], after.split(';')[0], 'a new session id after log-in');
    const byEmail = await submit(request.agent(app), '/login', {
      username: 'ERIN@example.org',
      password: passwordOf('erin'),
    });
    assert.equal(byEmail.status, 303);
  });

  it('answers one generic 401 for a wrong password and for an unknown user', async () => {
    const wrongPassword = await submit(request.agent(app), '/login', {
      username: 'erin',
      password: 'not the password',
    });
    const noSuchUser = await submit(request.agent(app), '/login', {
      username: 'nobody_here',
      password: 'not the password',
    });
    assert.equal(wrongPassword.status, 401);
    assert.equal(noSuchUser.status, 401);
    const a = formErrors(wrongPassword.text);
    const b = formErrors(noSuchUser.text);
    assert.equal(a.summary, 'The username or email and password do not match an account.');
    assert.equal(a.summary, b.summary);
    assert.equal(a.role, 'alert');
    assert.equal(a.values.username, 'erin', 'the username is kept');
  });

  it('follows next only when it is a local path', async () => {
    const cases: [string, string][] = [
      ['/articles/x?sort=newest#comments', '/articles/x?sort=newest#comments'],
      ['//evil.example/phish', '/'],
      ['https://evil.example/', '/'],
      ['/\\evil.example', '/'],
      ['/%0d%0aSet-Cookie:%20x=1', '/%0d%0aSet-Cookie:%20x=1'],
      ['/ok\r\nSet-Cookie: x=1', '/'],
      ['javascript:alert(1)', '/'],
    ];
    for (const [next, expected] of cases) {
      const res = await submit(request.agent(app), '/login', { username: 'erin', password: passwordOf('erin'), next });
      assert.equal(res.status, 303);
      assert.equal(res.headers.location, expected, `next=${JSON.stringify(next)}`);
      assert.equal(
        ([] as string[]).concat(res.headers['set-cookie'] ?? []).some((c) => c.startsWith('x=')),
        false,
      );
    }
  });

  it('keeps next from the query string in the form', async () => {
    const page = await request(app).get('/login?next=%2Farticles%2Fx').expect(200);
    assert.equal(cheerio.load(page.text)('input[name=next]').attr('value'), '/articles/x');
    const evil = await request(app).get('/login?next=https%3A%2F%2Fevil.example').expect(200);
    assert.equal(cheerio.load(evil.text)('input[name=next]').attr('value'), '');
  });

  it('sends a signed-in user away from the log-in page', async () => {
    const agent = await registerAs(app, 'fay');
    await agent.get('/login').expect(303).expect('Location', '/');
  });

  it('creates the bootstrap admin once, and leaves an existing user alone', async () => {
    const { accounts, users } = (await import('../../src/app.js')).createServices(db);
    const created = await accounts.ensureAdmin({ username: 'Boss', password: 'boss-pass-phrase-1' });
    assert.equal(created?.role, 'admin');
    assert.equal(await accounts.ensureAdmin({ username: 'boss', password: 'another-pass-phrase' }), undefined);
    assert.equal(users.findByUsername('boss')?.role, 'admin');
    await assert.rejects(accounts.ensureAdmin({ username: 'weak_admin', password: 'short' }), /invalid_input|correct/);
  });
});

describe('POST /logout', () => {
  const { app, db } = makeApp();

  it('destroys the session: the old cookie no longer signs anyone in', async () => {
    const agent = await registerAs(app, 'gus');
    const sessions = () =>
      (db.prepare('SELECT count(*) AS n FROM sessions WHERE user_id IS NOT NULL').get() as { n: number }).n;
    assert.equal(sessions(), 1);
    const res = await submit(agent, '/logout', {}, '/');
    assert.equal(res.status, 303);
    assert.equal(res.headers.location, '/');
    assert.equal(sessions(), 0);
    const home = await agent.get('/');
    assert.equal(cheerio.load(home.text)('.signed-in').length, 0);
  });

  it('sends the anonymous to log in', async () => {
    const agent = request.agent(app);
    const token = csrfTokenOf((await agent.get('/login')).text)!;
    const res = await agent.post('/logout').type('form').send({ _csrf: token });
    assert.equal(res.status, 303);
    assert.match(res.headers.location!, /^\/login\?next=/);
  });
});

describe('CSRF', () => {
  const { app, db } = makeApp();

  it('refuses a form post without a token or with a wrong one: 403, nothing changed', async () => {
    const before = userCount(db);
    const agent = request.agent(app);
    await agent.get('/register');
    const none = await agent
      .post('/register')
      .type('form')
      .send({ username: 'csrf_less', email: 'c1@example.org', password: 'long enough pass phrase' });
    assert.equal(none.status, 403);
    assert.match(none.text, /expired or did not come from this site/);
    const wrong = await agent
      .post('/register')
      .type('form')
      .send({ _csrf: 'forged', username: 'csrf_less', email: 'c1@example.org', password: 'long enough pass phrase' });
    assert.equal(wrong.status, 403);
    assert.equal(userCount(db), before);
  });

  it('refuses a token from another session', async () => {
    const mine = request.agent(app);
    const theirs = request.agent(app);
    const token = csrfTokenOf((await theirs.get('/register')).text)!;
    await mine.get('/register');
    const res = await mine
      .post('/register')
      .type('form')
      .send({ _csrf: token, username: 'stolen_tok', email: 's@example.org', password: 'long enough pass phrase' });
    assert.equal(res.status, 403);
  });

  it('accepts the token in the X-CSRF-Token header, and answers JSON 403 without it', async () => {
    const agent = await registerAs(app, 'hal');
    const token = csrfTokenOf((await agent.get('/')).text)!;
    const noHeader = await agent.post('/logout').set('Accept', 'application/json');
    assert.equal(noHeader.status, 403);
    assert.equal(noHeader.body.error.code, 'invalid_csrf_token');
    const withHeader = await agent.post('/logout').set('X-CSRF-Token', token);
    assert.equal(withHeader.status, 303);
  });
});

describe('GET/POST /account/password', () => {
  const { app } = makeApp();

  it('sends the anonymous to log in and back', async () => {
    const res = await request(app).get('/account/password').expect(303);
    assert.equal(res.headers.location, '/login?next=%2Faccount%2Fpassword');
  });

  it('changes the password, signs other devices out, and refuses the old one', async () => {
    const agent = await registerAs(app, 'ida');
    const other = request.agent(app);
    await submit(other, '/login', { username: 'ida', password: passwordOf('ida') });
    const res = await submit(agent, '/account/password', {
      current_password: passwordOf('ida'),
      new_password: 'a brand new passphrase',
    });
    assert.equal(res.status, 303);
    const page = await agent.get('/account/password').expect(200);
    assert.match(cheerio.load(page.text)('.flash').text(), /password was changed/);
    assert.equal(cheerio.load((await other.get('/')).text)('.signed-in').length, 0, 'the other device is signed out');
    assert.equal(
      (await submit(request.agent(app), '/login', { username: 'ida', password: passwordOf('ida') })).status,
      401,
    );
    assert.equal(
      (await submit(request.agent(app), '/login', { username: 'ida', password: 'a brand new passphrase' })).status,
      303,
    );
  });

  it('refuses a wrong current password and a weak new one, naming each field', async () => {
    const agent = await registerAs(app, 'jon');
    const res = await submit(agent, '/account/password', {
      current_password: 'wrong wrong wrong',
      new_password: 'short',
    });
    assert.equal(res.status, 422);
    const form = formErrors(res.text);
    assert.match(form.fields.current_password!, /not your current password/);
    assert.match(form.fields.new_password!, /at least 10/);
    assert.equal(
      (await submit(request.agent(app), '/login', { username: 'jon', password: passwordOf('jon') })).status,
      303,
      'unchanged',
    );
  });
});

describe('rate limits', () => {
  it('limits failed sign-ins per IP with 429, Retry-After and a page that says when', async () => {
    const { app } = makeApp({ RATE_LIMIT: 'on', LOGIN_LIMIT_PER_IP: '3', LOGIN_LIMIT_PER_ACCOUNT: '100' });
    await registerAs(app, 'kim');
    for (let i = 0; i < 3; i++) {
      assert.equal(
        (await submit(request.agent(app), '/login', { username: `x${i}`, password: 'wrong password' })).status,
        401,
      );
    }
    const limited = await submit(request.agent(app), '/login', { username: 'kim', password: passwordOf('kim') });
    assert.equal(limited.status, 429);
    assert.ok(Number(limited.headers['retry-after']) > 0);
    assert.match(
      cheerio.load(limited.text)('.error-message').text(),
      /Too many sign-in attempts\. Please try again in \d+ minutes\./,
    );
  });

  it('does not count successful sign-ins', async () => {
    const { app } = makeApp({ RATE_LIMIT: 'on', LOGIN_LIMIT_PER_IP: '2' });
    await registerAs(app, 'lea');
    for (let i = 0; i < 4; i++) {
      assert.equal(
        (await submit(request.agent(app), '/login', { username: 'lea', password: passwordOf('lea') })).status,
        303,
      );
    }
  });

  it('limits failed sign-ins per account, whatever the IP', async () => {
    const { app } = makeApp({ RATE_LIMIT: 'on', LOGIN_LIMIT_PER_IP: '100', LOGIN_LIMIT_PER_ACCOUNT: '2' });
    await registerAs(app, 'max');
    await registerAs(app, 'ned');
    for (let i = 0; i < 2; i++)
      await submit(request.agent(app), '/login', { username: 'MAX', password: 'wrong password' });
    assert.equal(
      (await submit(request.agent(app), '/login', { username: 'max', password: passwordOf('max') })).status,
      429,
    );
    assert.equal(
      (await submit(request.agent(app), '/login', { username: 'ned', password: passwordOf('ned') })).status,
      303,
    );
  });

  it('limits registrations per IP', async () => {
    const { app } = makeApp({ RATE_LIMIT: 'on', REGISTER_LIMIT_PER_IP: '2' });
    await registerAs(app, 'ola');
    await registerAs(app, 'pia');
    const res = await submit(request.agent(app), '/register', {
      username: 'quinn',
      email: 'q@example.org',
      password: passwordOf('quinn'),
    });
    assert.equal(res.status, 429);
    assert.match(res.text, /Too many new accounts from your network/);
  });

  it('are all off with RATE_LIMIT=off', async () => {
    const { app } = makeApp({ RATE_LIMIT: 'off', LOGIN_LIMIT_PER_IP: '1', LOGIN_LIMIT_PER_ACCOUNT: '1' });
    for (let i = 0; i < 3; i++) {
      assert.equal(
        (await submit(request.agent(app), '/login', { username: 'ray', password: 'wrong password' })).status,
        401,
      );
    }
  });
});

describe('role guards', () => {
  const { app, db } = makeApp();

  it('admin pages: anonymous to log in, reader and moderator 403, admin 200', async () => {
    const anon = await request(app).get('/admin/users').expect(303);
    assert.equal(anon.headers.location, '/login?next=%2Fadmin%2Fusers');
    const reader = await signInAs(app, db, 'reader_1', 'reader');
    const readerPage = await reader.get('/admin/users').expect(403);
    assert.match(readerPage.text, /Not allowed/);
    await (await signInAs(app, db, 'mod_1', 'moderator')).get('/admin/users').expect(403);
    const admin = await signInAs(app, db, 'admin_1', 'admin');
    const page = await admin.get('/admin/users?q=mod').expect(200);
    const $ = cheerio.load(page.text);
    assert.deepEqual(
      $('.users-table strong')
        .toArray()
        .map((e) => $(e).text()),
      ['mod_1'],
    );
    assert.equal($('.site-nav a[href="/admin/settings"]').length, 1, 'the header links the admin area');
  });

  it('POST /admin/users/:id/role changes a role; refuses bad roles, unknown users, own role and non-admins', async () => {
    const admin = await signInAs(app, db, 'admin_2', 'admin');
    const target = await signInAs(app, db, 'soon_mod', 'reader');
    const id = (db.prepare("SELECT id FROM users WHERE username = 'soon_mod'").get() as { id: number }).id;
    const res = await submit(admin, `/admin/users/${id}/role`, { role: 'moderator' }, '/admin/users');
    assert.equal(res.status, 303);
    assert.equal((db.prepare('SELECT role FROM users WHERE id = ?').get(id) as { role: string }).role, 'moderator');
    assert.equal((await submit(admin, `/admin/users/${id}/role`, { role: 'emperor' }, '/admin/users')).status, 422);
    assert.equal((await submit(admin, '/admin/users/999999/role', { role: 'reader' }, '/admin/users')).status, 404);
    const adminId = (db.prepare("SELECT id FROM users WHERE username = 'admin_2'").get() as { id: number }).id;
    assert.equal((await submit(admin, `/admin/users/${adminId}/role`, { role: 'reader' }, '/admin/users')).status, 403);
    assert.equal((await submit(target, `/admin/users/${adminId}/role`, { role: 'reader' }, '/')).status, 403);
    assert.equal((db.prepare('SELECT role FROM users WHERE id = ?').get(adminId) as { role: string }).role, 'admin');
  });
});
