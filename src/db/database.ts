import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

export type Db = Database.Database;

/**
 * Opens (creating if needed) the SQLite database with the pragmas the server
 * relies on:
 * - WAL, so readers never wait for the writer and a crash loses no committed row;
 * - foreign keys, which SQLite leaves off unless asked per connection;
 * - a busy timeout, so a second process (a backup, the `user` command) makes us
 *   wait briefly instead of failing with SQLITE_BUSY at once;
 * - synchronous=NORMAL, which in WAL mode is still crash-safe for the database
 *   and only risks the last transactions on power loss, not on a process crash.
 */
export function openDatabase(file: string, busyTimeoutMs = 5000): Db {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${Math.max(0, Math.floor(busyTimeoutMs))}`);
  db.pragma('synchronous = NORMAL');
  return db;
}
