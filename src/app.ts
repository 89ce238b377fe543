/**
 * createApp({ db, config }): the middleware and, below it, the table of every
 * route the server answers. No port is opened here (see server.ts), so tests
 * build the app on a fresh database and call it in-process.
 */
import path from 'node:path';
import compression from 'compression';
import express from 'express';
import type { Logger } from 'pino';
import { loadSiteTexts } from './articles/content.js';
import { ArticleRepository } from './articles/repository.js';
import { articleRoutes } from './articles/routes.js';
import { ROOT_DIR, type Config } from './config.js';
import type { Db } from './db/database.js';
import { createAssets } from './http/assets.js';
import { errorHandler, notFound } from './http/errors.js';
import { health } from './http/health.js';
import { createLogger, requestLogger } from './http/logging.js';
import { securityHeaders } from './http/security.js';
import { commentCountLabel, formatDate } from './http/view-helpers.js';

export interface AppDeps {
  db: Db;
  config: Config;
  logger?: Logger;
}

export function createApp({ db, config, logger = createLogger(config) }: AppDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy ?? false);
  app.set('views', path.join(ROOT_DIR, 'views'));
  app.set('view engine', 'ejs');
  app.set('view cache', config.env !== 'development');
  // Paths are case-sensitive and `/a/` is not `/a`: one URL per page.
  app.set('case sensitive routing', true);
  app.set('strict routing', false);

  const assets = createAssets(path.join(ROOT_DIR, 'public'));
  Object.assign(app.locals, { siteName: config.siteName, asset: assets.url, commentCountLabel, formatDate });

  const articles = articleRoutes({ articles: new ArticleRepository(db), site: loadSiteTexts(config.contentDir) });

  app.use(requestLogger(logger));
  app.use(securityHeaders());
  app.use(compression());
  app.use('/assets', ...assets.handler);
  app.use(express.urlencoded({ extended: false, limit: config.bodyLimitBytes, parameterLimit: 100 }));
  app.use(express.json({ limit: config.bodyLimitBytes }));

  // ---- operations
  app.get('/healthz', health(db));

  // ---- articles
  app.get('/', articles.index);
  app.get('/articles/:slug', articles.load, articles.show);

  // ---- the end of every request that nothing above answered
  app.use(notFound);
  app.use(errorHandler({ logger, showStack: config.env === 'development' }));
  return app;
}
