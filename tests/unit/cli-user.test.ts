import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ROOT_DIR } from '../../src/config.js';
import { openDatabase } from '../../src/db/database.js';
import { tempDir } from '../support/app.js';

describe('npm run user', () => {
  const databasePath = path.join(tempDir(), 'cli.db');
  const user = (args: string[], input = '') =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/user.ts', ...args], {
      cwd: ROOT_DIR,
      input,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, DATABASE_PATH: databasePath },
    });
  const roleOf = (username: string) => {
    const db = openDatabase(databasePath);
    try {
      return (db.prepare('SELECT role FROM users WHERE username = ?').get(username) as { role: string } | undefined)
        ?.role;
    } finally {
      db.close();
    }
  };

  it('creates a user with the password from standard input, and sets roles', () => {
    const created = user(['create', 'Olga', 'olga@example.org', 'moderator'], 'olga-pass-phrase-1\n');
    assert.equal(created.status, 0, created.stderr);
    assert.match(created.stdout, /created olga \(moderator\)/);
    assert.equal(roleOf('olga'), 'moderator');
    const role = user(['role', 'OLGA', 'admin']);
    assert.equal(role.status, 0, role.stderr);
    assert.equal(roleOf('olga'), 'admin');
    assert.match(user(['list']).stdout, /olga\tadmin/);
  });

  it('refuses bad input with a message and exit 1, changing nothing', () => {
    const weak = user(['create', 'pete', 'pete@example.org'], 'short\n');
    assert.equal(weak.status, 1);
    assert.match(weak.stderr, /password: Use at least 10 characters/);
    assert.equal(roleOf('pete'), undefined);
    const badRole = user(['role', 'olga', 'emperor']);
    assert.equal(badRole.status, 1);
    assert.match(badRole.stderr, /unknown role "emperor"/);
    assert.equal(roleOf('olga'), 'admin');
    assert.match(user(['frobnicate']).stderr, /unknown command frobnicate\nusage:/);
  });
});
