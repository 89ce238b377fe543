/**
 * Every setting of the server, read once from the environment at start-up.
 *
 * Each key has a default, a one-line reason and a validator; a bad value stops
 * start-up with the variable's name, what was expected and what was given, so an
 * operator never runs a server that half-understood its configuration.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The project root: the nearest folder above this file with a package.json (from src/, dist/ or a bench build alike). */
export const ROOT_DIR = findRoot(path.dirname(fileURLToPath(import.meta.url)));

function findRoot(dir: string): string {
  for (let d = dir; ; d = path.dirname(d)) {
    if (fs.existsSync(path.join(d, 'package.json'))) return d;
    if (path.dirname(d) === d) return path.resolve(dir, '..');
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const integer = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, `must be a whole number from ${min} to ${max}`)
    .transform(Number)
    .pipe(z.number().int().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));

const onOff = z.enum(['on', 'off'], { message: 'must be "on" or "off"' }).transform((v) => v === 'on');

/**
 * Express's `trust proxy` takes a boolean, a hop count, or a list of addresses
 * and subnets; the variable's text is turned into the matching type.
 */
const trustProxy = z
  .string()
  .trim()
  .min(1)
  .transform((v): boolean | number | string => {
    if (v === 'true') return true;
    if (v === 'false') return false;
    if (/^\d+$/.test(v)) return Number(v);
    return v;
  });

const schema = z.object({
  /** `production` hides error details and caches views; `development` shows them. */
  NODE_ENV: z.enum(['production', 'development', 'test']).default('production'),
  /** Listening port; 0 lets the system choose (the chosen port is logged). */
  PORT: integer(0, 65535).default(3000),
  /** Listening address; loopback unless the operator opens it up on purpose. */
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  /** The SQLite file; created with its folder when missing. */
  DATABASE_PATH: z.string().trim().min(1).default('data/app.db'),
  /** Signs session cookies. Unset: a random one is generated once and kept in the database. */
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /** At start, if no user of this name exists, it is created with role `admin`. */
  ADMIN_USERNAME: z.string().trim().min(1).optional(),
  ADMIN_PASSWORD: z.string().min(1).optional(),
  /** The bootstrap admin's email (default: USERNAME@admin.invalid, a reserved domain). */
  ADMIN_EMAIL: z.email('must be an email address').optional(),
  /** `off` disables every rate limit and flood interval (tests, benchmarks). */
  RATE_LIMIT: onOff.default(true),
  /** Failed sign-ins allowed per client IP per window (guessing many accounts from one place). */
  LOGIN_LIMIT_PER_IP: integer(1, 100_000).default(10),
  /** Failed sign-ins allowed per account per window (guessing one account from many places). */
  LOGIN_LIMIT_PER_ACCOUNT: integer(1, 100_000).default(10),
  LOGIN_LIMIT_WINDOW_MINUTES: integer(1, 1440).default(15),
  /** New accounts per client IP per window: slows down sock-puppet farms. */
  REGISTER_LIMIT_PER_IP: integer(1, 100_000).default(5),
  REGISTER_LIMIT_WINDOW_MINUTES: integer(1, 1440).default(60),
  /** Policy checks per user per minute (the comment form asks while the reader types). */
  POLICY_CHECK_LIMIT_PER_MINUTE: integer(1, 100_000).default(60),
  /** Passed to Express `trust proxy`, so client IPs are right behind a reverse proxy. */
  TRUST_PROXY: trustProxy.optional(),
  /** pino's level for the JSON log on standard output. */
  LOG_LEVEL: z.enum(LOG_LEVELS, { message: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  /** Where the article files live; a publisher adds an article by adding a file here. */
  CONTENT_DIR: z.string().trim().min(1).default('content'),
  /** The name in the header and the page titles. */
  SITE_NAME: z.string().trim().min(1).max(80).default('Asbarez'),
  /** Largest request body accepted, in kilobytes (a 5,000-character comment is at most 20 KB). */
  BODY_LIMIT_KB: integer(1, 10_240).default(100),
  /** How long a write waits for another writer (a backup, the user command) before answering 503. */
  DB_BUSY_TIMEOUT_MS: integer(0, 60_000).default(5000),
  /** Seconds to let requests in flight finish on SIGTERM before closing anyway. */
  SHUTDOWN_GRACE_SECONDS: integer(0, 600).default(10),
});

export interface Config {
  env: 'production' | 'development' | 'test';
  port: number;
  host: string;
  databasePath: string;
  sessionSecret: string | undefined;
  admin: { username: string; password: string; email?: string } | undefined;
  rateLimit: boolean;
  limits: {
    loginPerIp: number;
    loginPerAccount: number;
    loginWindowMs: number;
    registerPerIp: number;
    registerWindowMs: number;
    policyChecksPerMinute: number;
  };
  trustProxy: boolean | number | string | undefined;
  logLevel: (typeof LOG_LEVELS)[number];
  contentDir: string;
  siteName: string;
  bodyLimitBytes: number;
  busyTimeoutMs: number;
  shutdownGraceMs: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Reads the configuration from `env` (normally `process.env`). Empty strings count
 * as unset, as they do in most shells' `VAR= command`. Relative paths are taken
 * from the project root, so the server behaves the same from any working directory.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const input: Record<string, string> = {};
  for (const key of Object.keys(schema.shape)) {
    const value = env[key];
    if (value !== undefined && value !== '') input[key] = value;
  }
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const key = String(issue.path[0]);
        const given = input[key];
        return `${key} ${issue.message}${given === undefined ? '' : ` (got ${JSON.stringify(given)})`}`;
      }),
    );
  }
  const v = parsed.data;
  if ((v.ADMIN_USERNAME === undefined) !== (v.ADMIN_PASSWORD === undefined)) {
    throw new ConfigError(['ADMIN_USERNAME and ADMIN_PASSWORD must be set together']);
  }
  return {
    env: v.NODE_ENV,
    port: v.PORT,
    host: v.HOST,
    databasePath: v.DATABASE_PATH === ':memory:' ? v.DATABASE_PATH : path.resolve(ROOT_DIR, v.DATABASE_PATH),
    sessionSecret: v.SESSION_SECRET,
    admin:
      v.ADMIN_USERNAME && v.ADMIN_PASSWORD
        ? { username: v.ADMIN_USERNAME, password: v.ADMIN_PASSWORD, ...(v.ADMIN_EMAIL ? { email: v.ADMIN_EMAIL } : {}) }
        : undefined,
    rateLimit: v.RATE_LIMIT,
    limits: {
      loginPerIp: v.LOGIN_LIMIT_PER_IP,
      loginPerAccount: v.LOGIN_LIMIT_PER_ACCOUNT,
      loginWindowMs: v.LOGIN_LIMIT_WINDOW_MINUTES * 60_000,
      registerPerIp: v.REGISTER_LIMIT_PER_IP,
      registerWindowMs: v.REGISTER_LIMIT_WINDOW_MINUTES * 60_000,
      policyChecksPerMinute: v.POLICY_CHECK_LIMIT_PER_MINUTE,
    },
    trustProxy: v.TRUST_PROXY,
    logLevel: v.LOG_LEVEL,
    contentDir: path.resolve(ROOT_DIR, v.CONTENT_DIR),
    siteName: v.SITE_NAME,
    bodyLimitBytes: v.BODY_LIMIT_KB * 1024,
    busyTimeoutMs: v.DB_BUSY_TIMEOUT_MS,
    shutdownGraceMs: v.SHUTDOWN_GRACE_SECONDS * 1000,
  };
}
