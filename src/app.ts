/**
 * createApp({ db, config }): the middleware and, below it, the table of every
 * route the server answers. No port is opened here (see server.ts), so tests
 * build the app on a fresh database and call it in-process.
 */
import path from 'node:path';
import compression from 'compression';
import express from 'express';
import type { Logger } from 'pino';
import { loadUser, redirectIfSignedIn, requireRole, requireUser } from './accounts/guards.js';
import { UserRepository } from './accounts/repository.js';
import { accountRoutes } from './accounts/routes.js';
import { AccountService } from './accounts/service.js';
import { SqliteSessionStore, sessionMiddleware } from './accounts/sessions.js';
import { adminRoutes } from './admin/routes.js';
import { loadSiteTexts } from './articles/content.js';
import { ArticleRepository } from './articles/repository.js';
import { articleRoutes } from './articles/routes.js';
import { ROOT_DIR, type Config } from './config.js';
import type { Db } from './db/database.js';
import { createAssets } from './http/assets.js';
import { csrfProtection, exposeCsrfToken } from './http/csrf.js';
import { errorHandler, HttpError, notFound } from './http/errors.js';
import { textField } from './http/forms.js';
import { health } from './http/health.js';
import { createLogger, requestLogger } from './http/logging.js';
import { PageCache } from './http/page-cache.js';
import { limiter, settingsLimiter } from './http/rate-limit.js';
import { securityHeaders } from './http/security.js';
import { commentCountLabel, formatDate, formatDateTime } from './http/view-helpers.js';
import { SettingsRepository } from './settings/repository.js';
import { WordListRepository } from './settings/word-lists.js';
import { commentApi } from './comments/api.js';
import { CommentPolicy } from './comments/policy.js';
import { CommentRepository } from './comments/repository.js';
import { commentRoutes, type CommentForm } from './comments/routes.js';
import { CommentService } from './comments/service.js';
import { settingsRoutes } from './admin/settings.js';
import { Escalation } from './moderation/escalation.js';
import { BlockRepository, ModerationLog, ReportRepository } from './moderation/repository.js';
import { moderationRoutes } from './moderation/routes.js';
import { describeBlock, ModerationService } from './moderation/service.js';

export interface AppDeps {
  db: Db;
  config: Config;
  logger?: Logger;
  /** The time, injectable so tests can move it (edit windows, block expiry). */
  clock?: () => Date;
}

export interface Services {
  users: UserRepository;
  accounts: AccountService;
  sessions: SqliteSessionStore;
  settings: SettingsRepository;
  wordLists: WordListRepository;
  policy: CommentPolicy;
  articles: ArticleRepository;
  comments: CommentRepository;
  commentService: CommentService;
  reports: ReportRepository;
  blocks: BlockRepository;
  log: ModerationLog;
  moderation: ModerationService;
}

/** Builds the repositories and services from the database: one place, shared by the app and the CLI. */
export function createServices(db: Db, clock: () => Date = () => new Date()): Services {
  const users = new UserRepository(db);
  // Sessions keep real time: express-session dates its cookies by the real clock, not an injected one.
  const sessions = new SqliteSessionStore(db);
  const settings = new SettingsRepository(db);
  const wordLists = new WordListRepository(db);
  const policy = new CommentPolicy(wordLists, settings, clock);
  const comments = new CommentRepository(db);
  const reports = new ReportRepository(db);
  const blocks = new BlockRepository(db);
  const log = new ModerationLog(db);
  const escalation = new Escalation(comments, users, log, settings, clock);
  return {
    users,
    sessions,
    accounts: new AccountService(users, sessions, clock, (name) => policy.nameProblem(name)),
    settings,
    wordLists,
    policy,
    articles: new ArticleRepository(db),
    comments,
    commentService: new CommentService(comments, policy, settings, escalation, clock),
    reports,
    blocks,
    log,
    moderation: new ModerationService(db, comments, users, reports, blocks, log, settings, clock),
  };
}

export function createApp({
  db,
  config,
  logger = createLogger(config),
  clock = () => new Date(),
}: AppDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy ?? false);
  app.set('views', path.join(ROOT_DIR, 'views'));
  app.set('view engine', 'ejs');
  app.set('view cache', config.env !== 'development');
  // Paths are case-sensitive: one URL per page.
  app.set('case sensitive routing', true);

  const assets = createAssets(path.join(ROOT_DIR, 'public'));
  Object.assign(app.locals, {
    siteName: config.siteName,
    asset: assets.url,
    commentCountLabel,
    formatDate,
    formatDateTime,
  });

  const services = createServices(db, clock);
  const secret = services.settings.sessionSecret(config.sessionSecret);
  // The article page shows its discussion; the comment routes re-render the article page on a refusal.
  const comments = commentRoutes({
    service: services.commentService,
    comments: services.comments,
    renderArticle: (...args) => articles.render(...args),
    articleOf: (c) => services.articles.findById(c.articleId),
    clock,
  });
  const pageCache = new PageCache();
  const articles = articleRoutes<CommentForm>({
    articles: services.articles,
    site: loadSiteTexts(config.contentDir),
    discussion: comments.discussion,
    pageCache,
  });
  const accounts = accountRoutes(services);
  const admin = adminRoutes(services);
  const moderation = moderationRoutes({ ...services, service: services.moderation, clock });
  const adminSettings = settingsRoutes({ db, ...services, clock });
  /** Blocked users may read, not write: posting, editing, deleting and reporting check this. */
  const requireNotBlocked: express.RequestHandler = (req, _res, next) => {
    services.moderation.assertNotBlocked(req.user!);
    next();
  };
  const api = commentApi({ service: services.commentService, comments: services.comments });

  const { limits } = config;
  const loginPerIp = limiter({
    enabled: config.rateLimit,
    limit: limits.loginPerIp,
    windowMs: limits.loginWindowMs,
    what: 'sign-in attempts',
    onlyFailures: true,
  });
  const loginPerAccount = limiter({
    enabled: config.rateLimit,
    limit: limits.loginPerAccount,
    windowMs: limits.loginWindowMs,
    what: 'sign-in attempts for this account',
    onlyFailures: true,
    key: (req) => `account:${textField(req.body, 'username').trim().toLowerCase()}`,
  });
  // The current-password field of the change form is a guessing oracle too, for whoever holds a session.
  const passwordChecks = limiter({
    enabled: config.rateLimit,
    limit: limits.loginPerAccount,
    windowMs: limits.loginWindowMs,
    what: 'password attempts',
    onlyFailures: true,
    key: (req) => `user:${req.user?.id ?? 0}`,
  });
  const registerPerIp = limiter({
    enabled: config.rateLimit,
    limit: limits.registerPerIp,
    windowMs: limits.registerWindowMs,
    what: 'new accounts from your network',
  });

  // Comments: a flood interval and a budget per user (WordPress: 15 s; 10 in 10 minutes), and a wider one
  // per IP against many accounts from one place. Refused posts do not count: fixing one is not flooding.
  const publisher = () => services.settings.publisherSettings();
  const commentLimits = [
    settingsLimiter(() => ({
      enabled: config.rateLimit && publisher().floodIntervalSeconds > 0,
      limit: 1,
      windowMs: Math.max(1, publisher().floodIntervalSeconds) * 1000,
      what: 'comments in a short time',
      onlySuccesses: true,
      key: (req) => `flood:${req.user?.id ?? 0}`,
    })),
    settingsLimiter(() => ({
      enabled: config.rateLimit,
      limit: publisher().commentsPerWindow,
      windowMs: publisher().commentWindowMinutes * 60_000,
      what: 'comments',
      onlySuccesses: true,
      key: (req) => `user:${req.user?.id ?? 0}`,
    })),
    settingsLimiter(() => ({
      enabled: config.rateLimit,
      limit: publisher().commentsPerWindow * 3,
      windowMs: publisher().commentWindowMinutes * 60_000,
      what: 'comments from your network',
      onlySuccesses: true,
    })),
  ];
  // Called while a reader types (debounced by the page script): generous, but not unlimited.
  const policyChecks = limiter({
    enabled: config.rateLimit,
    limit: config.limits.policyChecksPerMinute,
    windowMs: 60_000,
    what: 'policy checks',
    key: (req) => `user:${req.user?.id ?? 0}`,
  });

  // First: an anonymous reader's cached page is answered before anything else runs.
  app.use(pageCache.serve());
  app.use(requestLogger(logger));
  app.use(securityHeaders());
  app.use(compression());
  app.use('/assets', ...assets.handler);
  app.use(express.urlencoded({ extended: false, limit: config.bodyLimitBytes, parameterLimit: 100 }));
  app.use(express.json({ limit: config.bodyLimitBytes }));
  // The JSON API reads JSON only: a body of another type is refused, not read as empty.
  app.use('/api', (req, _res, next) => {
    if (
      req.method !== 'GET' &&
      req.method !== 'HEAD' &&
      Number(req.headers['content-length'] ?? 0) > 0 &&
      !req.is('application/json')
    ) {
      throw new HttpError(
        415,
        'unsupported_media_type',
        'Send the request body as JSON (Content-Type: application/json).',
      );
    }
    next();
  });
  app.use(pageCache.invalidateOnChange());
  app.use(sessionMiddleware(services.sessions, secret));
  app.use(loadUser(services.users));
  app.use(csrfProtection);
  app.use(exposeCsrfToken);
  app.use((req, res, next) => {
    res.locals.currentPath = req.originalUrl;
    // A blocked user sees why, and until when, on every page.
    const block = req.user && services.moderation.activeBlock(req.user.id);
    if (block) res.locals.blockNotice = describeBlock(block);
    next();
  });

  // ---- operations
  app.get('/healthz', health(db));

  // ---- articles and their discussion
  app.get('/', articles.index);
  app.get('/articles/:slug', articles.load, articles.show);
  app.post(
    '/articles/:slug/comments',
    requireUser,
    articles.load,
    requireNotBlocked,
    ...commentLimits,
    comments.post,
    comments.postRefused,
  );
  app.get('/articles/:slug/comments.atom', articles.load, comments.feed);
  app.get('/comments/:id', comments.load, comments.permalink);
  app.get('/comments/:id/edit', requireUser, comments.load, comments.showEdit);
  app.post('/comments/:id/edit', requireUser, requireNotBlocked, comments.load, comments.edit, comments.editRefused);
  app.post('/comments/:id/delete', requireUser, requireNotBlocked, comments.load, comments.remove);
  app.get('/comments/:id/flag', requireUser, comments.load, moderation.showReport);
  app.post('/comments/:id/flag', requireUser, requireNotBlocked, comments.load, moderation.report);

  // ---- accounts
  app.get('/register', redirectIfSignedIn, accounts.showRegister);
  app.post('/register', registerPerIp, redirectIfSignedIn, accounts.register);
  app.get('/login', redirectIfSignedIn, accounts.showLogin);
  app.post('/login', loginPerIp, loginPerAccount, redirectIfSignedIn, accounts.login);
  app.post('/logout', requireUser, accounts.logout);
  app.get('/account/password', requireUser, accounts.showPassword);
  app.post('/account/password', requireUser, passwordChecks, accounts.changePassword);

  // ---- JSON API
  app.get('/api/articles/:slug/comments', articles.load, api.list);
  app.post('/api/articles/:slug/comments', requireUser, requireNotBlocked, articles.load, ...commentLimits, api.post);
  app.post('/api/policy/check', requireUser, policyChecks, api.checkPolicy);

  // ---- moderation (moderators and admins)
  const staff = requireRole('moderator', 'admin');
  app.get('/moderation', staff, moderation.queue);
  app.post('/moderation/bulk', staff, moderation.bulk);
  app.post('/moderation/comments/:id/approve', staff, comments.load, moderation.decide('approve'));
  app.post('/moderation/comments/:id/reject', staff, comments.load, moderation.decide('reject'));
  app.post('/moderation/comments/:id/remove', staff, comments.load, moderation.decide('remove'));
  app.get('/moderation/users/:id', staff, admin.loadTargetUser, moderation.userPage);
  app.post('/moderation/users/:id/block', staff, admin.loadTargetUser, moderation.block);
  app.post('/moderation/users/:id/unblock', staff, admin.loadTargetUser, moderation.unblock);
  app.get('/moderation/log', staff, moderation.logPage);

  // ---- admin
  const adminOnly = requireRole('admin');
  app.get('/admin', adminOnly, (_req, res) => res.redirect(302, '/admin/settings'));
  app.get('/admin/settings', adminOnly, adminSettings.show);
  app.post('/admin/settings', adminOnly, adminSettings.save);
  app.get('/admin/users', adminOnly, admin.listUsers);
  app.post('/admin/users/:id/role', adminOnly, admin.loadTargetUser, admin.setRole);

  // ---- the end of every request that nothing above answered
  app.use(notFound);
  app.use(errorHandler({ logger, showStack: config.env === 'development' }));
  return app;
}
