import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, it } from 'node:test';
import request from 'supertest';
import { ROOT_DIR } from '../../src/config.js';
import { openDatabase } from '../../src/db/database.js';
import { makeApp, SEED_SLUG, tempDir } from '../support/app.js';
import { csrfTokenOf, registerAs } from '../support/http.js';
import { signUp } from '../support/remote.js';
import { startServer } from '../support/server.js';

const API = `/api/articles/${SEED_SLUG}/comments`;

describe('durability', () => {
  it('keeps every acknowledged comment when the server is killed (SIGKILL) during a storm of posts', async () => {
    const databasePath = path.join(tempDir(), 'storm.db');
    const server = await startServer({ DATABASE_PATH: databasePath });
    const { cookie, token } = await signUp(server.baseUrl, 'stormy', SEED_SLUG);
    const acknowledged: number[] = [];
    let sent = 0;
    let killed = false;
    const worker = async () => {
      while (!killed && sent < 2000) {
        const n = sent++;
        try {
          const res = await fetch(`${server.baseUrl}${API}`, {
            method: 'POST',
            headers: { cookie, 'x-csrf-token': token, 'content-type': 'application/json' },
            body: JSON.stringify({ body: `Storm comment number ${n} about the treaty.` }),
          });
          if (res.status === 201) acknowledged.push(((await res.json()) as { comment: { id: number } }).comment.id);
        } catch {
          /* the connection died with the server: not acknowledged */
        }
        if (acknowledged.length >= 150 && !killed) {
          killed = true;
          server.child.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    await server.exited;
    assert.ok(acknowledged.length >= 150);
    // Restart on the same database: it opens, and every acknowledged comment is there.
    const again = await startServer({ DATABASE_PATH: databasePath });
    const db = openDatabase(databasePath);
    try {
      const stored = new Set((db.prepare('SELECT id FROM comments').all() as { id: number }[]).map((r) => r.id));
      const lost = acknowledged.filter((id) => !stored.has(id));
      assert.deepEqual(lost, []);
      assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
    } finally {
      db.close();
      again.child.kill('SIGTERM');
      await again.exited;
    }
  });

  it('answers 503 with Retry-After while another writer holds the database, then serves again', async () => {
    const { app, config } = makeApp({ DB_BUSY_TIMEOUT_MS: '50' });
    const ann = await registerAs(app, 'waiter');
    const token = csrfTokenOf((await ann.get(`/articles/${SEED_SLUG}`)).text)!;
    const other = openDatabase(config.databasePath);
    other.exec('BEGIN IMMEDIATE');
    try {
      const busy = await ann.post(API).set('X-CSRF-Token', token).send({ body: 'While the database is locked.' });
      assert.equal(busy.status, 503);
      assert.equal(busy.headers['retry-after'], '1');
      assert.equal(busy.body.error.code, 'busy');
    } finally {
      other.exec('COMMIT');
      other.close();
    }
    assert.equal((await ann.post(API).set('X-CSRF-Token', token).send({ body: 'After the lock.' })).status, 201);
    assert.equal((await request(app).get('/healthz')).status, 200);
  });

  it('npm run backup makes a consistent copy of the live database', () => {
    const dir = tempDir();
    const { db, config } = makeApp({ DATABASE_PATH: path.join(dir, 'live.db') });
    db.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('marker', 'before backup', '')").run();
    const file = path.join(dir, 'copy.db');
    const run = () =>
      spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/backup.ts', file], {
        cwd: ROOT_DIR,
        encoding: 'utf8',
        env: { PATH: process.env.PATH, DATABASE_PATH: config.databasePath },
      });
    const result = run();
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /integrity ok/);
    const copy = openDatabase(file);
    assert.equal(
      (copy.prepare("SELECT value FROM settings WHERE key = 'marker'").get() as { value: string }).value,
      'before backup',
    );
    assert.ok((copy.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n >= 1);
    copy.close();
    const twice = run();
    assert.equal(twice.status, 1);
    assert.match(twice.stderr, /exists already/);
  });
});
