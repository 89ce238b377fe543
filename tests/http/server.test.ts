import assert from 'node:assert/strict';
import http from 'node:http';
import { describe, it } from 'node:test';
import { spawnServer, startServer } from '../support/server.js';

describe('the server process', () => {
  it('logs the chosen port, serves, and stops cleanly on SIGTERM', async () => {
    const server = await startServer();
    const res = await fetch(`${server.baseUrl}/healthz`);
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), { status: 'ok' });
    server.child.kill('SIGTERM');
    assert.equal(await server.exited, 0);
    assert.match(server.output(), /"msg":"stopped"/);
  });

  it('lets a request in flight finish after SIGTERM, then exits', async () => {
    const server = await startServer();
    const { port } = new URL(server.baseUrl);
    const answered = new Promise<number>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/no-such-form',
          headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': '11' },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode!);
        },
      );
      req.on('error', reject);
      req.write('a=1&b');
      setTimeout(() => {
        server.child.kill('SIGTERM');
        // The rest of the body arrives after the signal: the server must still answer.
        setTimeout(() => req.end('=2&c=3'), 300);
      }, 100);
    });
    assert.equal(await answered, 403, 'answered (CSRF refusal), not cut off');
    assert.equal(await server.exited, 0);
  });

  it('creates the bootstrap admin from ADMIN_USERNAME/ADMIN_PASSWORD', async () => {
    const server = await startServer({ ADMIN_USERNAME: 'boot_admin', ADMIN_PASSWORD: 'Boot-admin-pass-1' });
    assert.match(server.output(), /"username":"boot_admin","msg":"bootstrap admin created"/);
    const page = await fetch(`${server.baseUrl}/login`);
    const token = /name="_csrf" value="([^"]+)"/.exec(await page.text())![1]!;
    const cookie = page.headers.getSetCookie()[0]!.split(';')[0]!;
    const res = await fetch(`${server.baseUrl}/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: token, username: 'boot_admin', password: 'Boot-admin-pass-1' }),
    });
    assert.equal(res.status, 303);
    server.child.kill('SIGTERM');
    await server.exited;
  });

  it('refuses to start with a bootstrap password that breaks the rules', async () => {
    const server = spawnServer({ ADMIN_USERNAME: 'boot_admin', ADMIN_PASSWORD: 'short' });
    assert.equal(await server.exited, 1);
    assert.match(server.output(), /ADMIN_USERNAME\/ADMIN_PASSWORD refused: Use at least 10 characters/);
  });

  it('refuses to start on a bad setting, naming it', async () => {
    const server = spawnServer({ PORT: 'abc' });
    assert.equal(await server.exited, 1);
    assert.match(server.output(), /PORT must be a whole number from 0 to 65535 \(got "abc"\)/);
  });
});
