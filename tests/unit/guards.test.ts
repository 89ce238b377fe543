import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import express from 'express';
import request from 'supertest';
import { requireRole, requireUser } from '../../src/accounts/guards.js';
import type { Role } from '../../src/accounts/repository.js';
import { errorHandler } from '../../src/http/errors.js';
import { safeLocalPath } from '../../src/http/forms.js';
import { silentLogger } from '../support/app.js';

/** The real guards behind a stand-in for the session: the X-Role header says who is asking. */
function guardedApp() {
  const app = express();
  app.use((req, _res, next) => {
    const role = req.get('x-role') as Role | undefined;
    if (role) req.user = { id: 1, username: 'u', email: 'u@example.org', role, createdAt: '' };
    next();
  });
  app.get('/mine', requireUser, (_req, res) => void res.send('ok'));
  app.get('/moderation', requireRole('moderator', 'admin'), (_req, res) => void res.send('ok'));
  app.get('/admin', requireRole('admin'), (_req, res) => void res.send('ok'));
  app.get('/api/mine', requireUser, (_req, res) => void res.json({ ok: true }));
  app.use(errorHandler({ logger: silentLogger, showStack: false }));
  return app;
}

describe('requireUser and requireRole', () => {
  const app = guardedApp();
  const table: [string, Role | undefined, number][] = [
    ['/mine', undefined, 303],
    ['/mine', 'reader', 200],
    ['/moderation', undefined, 303],
    ['/moderation', 'reader', 403],
    ['/moderation', 'moderator', 200],
    ['/moderation', 'admin', 200],
    ['/admin', undefined, 303],
    ['/admin', 'reader', 403],
    ['/admin', 'moderator', 403],
    ['/admin', 'admin', 200],
    ['/api/mine', undefined, 401],
  ];
  for (const [path, role, status] of table) {
    it(`${path} as ${role ?? 'anonymous'}: ${status}`, async () => {
      const req = request(app).get(path);
      if (role) req.set('X-Role', role);
      const res = await req;
      assert.equal(res.status, status);
      if (status === 303) assert.equal(res.headers.location, `/login?next=${encodeURIComponent(path)}`);
      if (status === 401) assert.equal(res.body.error.code, 'unauthenticated');
    });
  }
});

describe('safeLocalPath', () => {
  const table: [unknown, string | undefined][] = [
    ['/articles/a?x=1#c', '/articles/a?x=1#c'],
    ['/', '/'],
    ['//evil.example', undefined],
    ['/\\evil.example', undefined],
    ['https://evil.example', undefined],
    ['evil.example', undefined],
    ['/a\nb', undefined],
    ['/a\u0000', undefined],
    [['/a'], undefined],
    [undefined, undefined],
    ['/' + 'a'.repeat(3000), undefined],
  ];
  for (const [input, expected] of table) {
    it(`${JSON.stringify(input)?.slice(0, 40)} → ${expected}`, () => assert.equal(safeLocalPath(input), expected));
  }
});
