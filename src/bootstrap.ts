/**
 * Everything that must be true before the first request: the database open and
 * migrated, the article files imported. `server.ts` and the tests both start
 * here, so a test's database is built exactly as production's is.
 */
import path from 'node:path';
import type { Logger } from 'pino';
import { readArticleFiles } from './articles/content.js';
import { ArticleRepository } from './articles/repository.js';
import { ROOT_DIR, type Config } from './config.js';
import { openDatabase, type Db } from './db/database.js';
import { migrate, readMigrations } from './db/migrate.js';

export const MIGRATIONS_DIR = path.join(ROOT_DIR, 'migrations');

export function prepareDatabase(
  config: Pick<Config, 'databasePath' | 'contentDir'>,
  logger: Logger,
  now = new Date(),
): Db {
  const db = openDatabase(config.databasePath);
  try {
    const applied = migrate(db, readMigrations(MIGRATIONS_DIR));
    if (applied.length) logger.info({ migrations: applied }, 'database migrated');
    const { articles, errors } = readArticleFiles(config.contentDir);
    for (const error of errors) logger.error({ file: error.message }, 'article file skipped');
    const changed = new ArticleRepository(db).importAll(articles, now);
    logger.info({ files: articles.length, changed, skipped: errors.length }, 'articles imported');
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}
