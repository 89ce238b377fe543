/**
 * npm run backup -- FILE
 *
 * A consistent copy of the live database (DATABASE_PATH) into FILE, taken with
 * SQLite's online backup through better-sqlite3: the server keeps serving
 * while it runs, and the copy is one moment of the database, WAL included.
 * Refuses to overwrite an existing file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';

async function backup(target: string | undefined): Promise<string> {
  if (!target) throw new Error('usage: npm run backup -- FILE');
  const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), target);
  if (fs.existsSync(file)) throw new Error(`${file} exists already; choose a new file name`);
  const config = loadConfig();
  if (!fs.existsSync(config.databasePath)) throw new Error(`there is no database at ${config.databasePath}`);
  const db = openDatabase(config.databasePath);
  try {
    const { totalPages } = await db.backup(file);
    const copy = openDatabase(file);
    const check = copy.pragma('integrity_check', { simple: true });
    copy.close();
    if (check !== 'ok') throw new Error(`the copy failed its integrity check: ${String(check)}`);
    return `backed up ${config.databasePath} to ${file} (${totalPages} pages, integrity ok)`;
  } finally {
    db.close();
  }
}

backup(process.argv[2]).then(
  (message) => console.log(message),
  (err: Error) => {
    console.error(err.message);
    process.exitCode = 1;
  },
);
