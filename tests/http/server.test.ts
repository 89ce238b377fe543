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
    assert.equal(await answered, 404);
    assert.equal(await server.exited, 0);
  });

  it('refuses to start on a bad setting, naming it', async () => {
    const server = spawnServer({ PORT: 'abc' });
    assert.equal(await server.exited, 1);
    assert.match(server.output(), /PORT must be a whole number from 0 to 65535 \(got "abc"\)/);
  });
});
