import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { MIGRATIONS_DIR } from '../../src/bootstrap.js';
import { openDatabase } from '../../src/db/database.js';
import { migrate, MigrationError, readMigrations } from '../../src/db/migrate.js';
import { tempDir } from '../support/app.js';

function writeMigrations(files: Record<string, string>): string {
  const dir = tempDir('migrations-');
  for (const [name, sql] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), sql);
  return dir;
}

const tables = (db: ReturnType<typeof openDatabase>) =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map(
    (r) => r.name,
  );

describe('migrate', () => {
  it('builds a fresh database from the project migrations and records each one', () => {
    const db = openDatabase(path.join(tempDir(), 'fresh.db'));
    const all = readMigrations(MIGRATIONS_DIR);
    assert.deepEqual(
      migrate(db, all),
      all.map((m) => m.name),
    );
    assert.ok(tables(db).includes('articles'));
    const recorded = db.prepare('SELECT name FROM schema_migrations ORDER BY version').all() as { name: string }[];
    assert.deepEqual(
      recorded.map((r) => r.name),
      all.map((m) => m.name),
    );
    assert.deepEqual(migrate(db, all), [], 'a second run applies nothing');
    db.close();
  });

  it('opens in WAL mode with foreign keys and a busy timeout, creating the folder', () => {
    const file = path.join(tempDir(), 'nested', 'deeper', 'app.db');
    const db = openDatabase(file);
    assert.ok(fs.existsSync(file));
    assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
    assert.equal(db.pragma('foreign_keys', { simple: true }), 1);
    assert.equal(db.pragma('busy_timeout', { simple: true }), 5000);
    db.close();
  });

  it('upgrades a database from an older version, applying only what is new', () => {
    const dir = writeMigrations({ '001_one.sql': 'CREATE TABLE one (id INTEGER PRIMARY KEY);' });
    const db = openDatabase(path.join(tempDir(), 'old.db'));
    migrate(db, readMigrations(dir));
    db.prepare('INSERT INTO one (id) VALUES (7)').run();
    fs.writeFileSync(path.join(dir, '002_two.sql'), 'ALTER TABLE one ADD COLUMN name TEXT; CREATE TABLE two (x);');
    assert.deepEqual(migrate(db, readMigrations(dir)), ['002_two.sql']);
    assert.deepEqual(db.prepare('SELECT id, name FROM one').all(), [{ id: 7, name: null }]);
    assert.ok(tables(db).includes('two'));
    db.close();
  });

  it('rolls a broken migration back whole and names the file and the SQL error', () => {
    const dir = writeMigrations({
      '001_one.sql': 'CREATE TABLE one (id INTEGER PRIMARY KEY);',
      '002_broken.sql': 'CREATE TABLE half (id INTEGER); INSERT INTO nowhere VALUES (1);',
    });
    const db = openDatabase(path.join(tempDir(), 'broken.db'));
    assert.throws(
      () => migrate(db, readMigrations(dir)),
      (err: Error) => {
        assert.ok(err instanceof MigrationError);
        assert.match(err.message, /^Migration 002_broken\.sql failed: no such table: nowhere$/);
        return true;
      },
    );
    assert.ok(tables(db).includes('one'), 'the migration before it stays');
    assert.ok(!tables(db).includes('half'), 'nothing of the broken one is left');
    const versions = db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[];
    assert.deepEqual(
      versions.map((v) => v.version),
      [1],
    );
    db.close();
  });

  it('refuses a landed migration that was edited afterwards', () => {
    const dir = writeMigrations({ '001_one.sql': 'CREATE TABLE one (id INTEGER PRIMARY KEY);' });
    const db = openDatabase(path.join(tempDir(), 'edited.db'));
    migrate(db, readMigrations(dir));
    fs.writeFileSync(path.join(dir, '001_one.sql'), 'CREATE TABLE one (id INTEGER PRIMARY KEY, extra TEXT);');
    assert.throws(() => migrate(db, readMigrations(dir)), /001_one\.sql was changed after it was applied/);
    db.close();
  });

  it('refuses badly named and duplicate-version files', () => {
    assert.throws(() => readMigrations(writeMigrations({ 'init.sql': '' })), /init\.sql is not named NNN_name\.sql/);
    assert.throws(() => readMigrations(writeMigrations({ '001_a.sql': '', '001_b.sql': '' })), /share version 1/);
  });
});
