import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig, ROOT_DIR } from '../../src/config.js';

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (err) {
    assert.ok(err instanceof ConfigError);
    return err.problems;
  }
  assert.fail('expected a ConfigError');
}

describe('loadConfig', () => {
  it('has the contract defaults', () => {
    const c = loadConfig({});
    assert.equal(c.port, 3000);
    assert.equal(c.host, '127.0.0.1');
    assert.equal(c.databasePath, path.join(ROOT_DIR, 'data/app.db'));
    assert.equal(c.rateLimit, true);
    assert.equal(c.logLevel, 'info');
    assert.equal(c.trustProxy, undefined);
    assert.equal(c.sessionSecret, undefined);
    assert.equal(c.admin, undefined);
    assert.equal(c.env, 'production');
  });

  it('reads overrides, treating empty strings as unset', () => {
    const c = loadConfig({
      PORT: '0',
      HOST: '0.0.0.0',
      RATE_LIMIT: 'off',
      LOG_LEVEL: 'debug',
      TRUST_PROXY: '1',
      DATABASE_PATH: '/tmp/x.db',
      LOG_LEVEL_UNUSED: 'x',
      SESSION_SECRET: '',
    });
    assert.equal(c.port, 0);
    assert.equal(c.host, '0.0.0.0');
    assert.equal(c.rateLimit, false);
    assert.equal(c.logLevel, 'debug');
    assert.equal(c.trustProxy, 1);
    assert.equal(c.databasePath, '/tmp/x.db');
    assert.equal(c.sessionSecret, undefined);
  });

  it('parses TRUST_PROXY as Express expects it', () => {
    assert.equal(loadConfig({ TRUST_PROXY: 'true' }).trustProxy, true);
    assert.equal(loadConfig({ TRUST_PROXY: 'false' }).trustProxy, false);
    assert.equal(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy, 'loopback, 10.0.0.0/8');
  });

  const bad: [Record<string, string>, RegExp][] = [
    [{ PORT: 'abc' }, /^PORT must be a whole number from 0 to 65535 \(got "abc"\)$/],
    [{ PORT: '70000' }, /^PORT must be at most 65535 \(got "70000"\)$/],
    [{ PORT: '-1' }, /^PORT must be a whole number/],
    [{ RATE_LIMIT: 'maybe' }, /^RATE_LIMIT must be "on" or "off" \(got "maybe"\)$/],
    [{ LOG_LEVEL: 'loud' }, /^LOG_LEVEL must be one of fatal, error/],
    [{ SESSION_SECRET: 'short' }, /^SESSION_SECRET must be at least 32 characters/],
    [{ ADMIN_USERNAME: 'boss' }, /^ADMIN_USERNAME and ADMIN_PASSWORD must be set together$/],
    [{ NODE_ENV: 'staging' }, /^NODE_ENV /],
  ];
  for (const [env, expected] of bad) {
    it(`refuses ${JSON.stringify(env)} with a clear message`, () => {
      const found = problems(env);
      assert.ok(
        found.some((p) => expected.test(p)),
        found.join('\n'),
      );
    });
  }

  it('lists every bad value at once', () => {
    assert.equal(problems({ PORT: 'abc', RATE_LIMIT: 'x' }).length, 2);
  });
});
