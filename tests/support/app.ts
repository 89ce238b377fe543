/**
 * Builds the real app on a fresh database in a temporary folder, exactly as
 * server.ts does (migrations, article import), without opening a port.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after } from 'node:test';
import { pino } from 'pino';
import { createApp } from '../../src/app.js';
import { prepareDatabase } from '../../src/bootstrap.js';
import { loadConfig, type Config } from '../../src/config.js';

export const silentLogger = pino({ level: 'silent' });

export function tempDir(prefix = 'article-server-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    RATE_LIMIT: 'off',
    DATABASE_PATH: path.join(tempDir(), 'app.db'),
    ...env,
  });
}

/** A clock a test can move: `clock.advance(minutes)`. */
export function testClock(start = new Date()) {
  let now = start.getTime();
  const clock = () => new Date(now);
  return Object.assign(clock, { advance: (minutes: number) => void (now += minutes * 60_000) });
}

export function makeApp(env: Record<string, string> = {}, options: { clock?: () => Date } = {}) {
  const config = testConfig(env);
  const db = prepareDatabase(config, silentLogger);
  after(() => db.close());
  const app = createApp({ db, config, logger: silentLogger, ...(options.clock ? { clock: options.clock } : {}) });
  return { app, db, config };
}

/** The shared folder beside the checkout: seed article, labelled data, hostile strings. */
export const SHARED_DIR = path.resolve(import.meta.dirname, '../../../shared');
export const SEED_SLUG = 'csto-set-to-become-alternative-to-nato';

/** Stores publisher settings as an admin's save would (over the defaults). */
export function setPublisherSettings(db: ReturnType<typeof prepareDatabase>, settings: Record<string, unknown>): void {
  db.prepare(
    "INSERT INTO settings (key, value, updated_at) VALUES ('publisher', ?, '') ON CONFLICT (key) DO UPDATE SET value = excluded.value",
  ).run(JSON.stringify(settings));
}
