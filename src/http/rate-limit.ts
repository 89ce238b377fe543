/**
 * Rate limits (express-rate-limit), one factory so that every limit answers the
 * same way: 429, Retry-After, and a page or JSON that says when to try again.
 * All are off with RATE_LIMIT=off. Counters live in memory: right for the one
 * process this server runs as; several processes would need a shared store.
 */
import type { Request, RequestHandler } from 'express';
import { rateLimit, type AugmentedRequest } from 'express-rate-limit';
import { TooManyRequestsError } from './errors.js';

export interface LimitOptions {
  enabled: boolean;
  limit: number;
  windowMs: number;
  /** What is being limited, for the message: "sign-in attempts". */
  what: string;
  /** Defaults to the client IP (IPv6 grouped by /56 by express-rate-limit). */
  key?: (req: Request) => string;
  /** Count only failed requests (status >= 400): a successful log-in does not use up the budget. */
  onlyFailures?: boolean;
  /** Count only successful requests: a refused comment, fixed and sent again, is not a flood. */
  onlySuccesses?: boolean;
}

export function limiter(options: LimitOptions) {
  return rateLimit({
    windowMs: options.windowMs,
    limit: options.limit,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    // settingsLimiter creates limiters while serving requests, on purpose (see there).
    validate: { creationStack: false },
    skip: () => !options.enabled,
    skipSuccessfulRequests: options.onlyFailures ?? false,
    skipFailedRequests: options.onlySuccesses ?? false,
    ...(options.key ? { keyGenerator: options.key } : {}),
    handler: (req, _res, next) => {
      const reset = (req as AugmentedRequest).rateLimit?.resetTime?.getTime() ?? Date.now() + options.windowMs;
      next(new TooManyRequestsError(Math.max(1, Math.ceil((reset - Date.now()) / 1000)), options.what));
    },
  });
}

/**
 * A limiter whose numbers come from the publisher's settings, read on every
 * request: a change by an admin applies at once (with fresh counters, since
 * express-rate-limit fixes a window's length when it is created).
 */
export function settingsLimiter(options: () => LimitOptions) {
  const limiters = new Map<string, ReturnType<typeof limiter>>();
  return ((req, res, next) => {
    const current = options();
    const key = `${current.enabled}:${current.limit}:${current.windowMs}`;
    let handler = limiters.get(key);
    if (!handler) {
      handler = limiter(current);
      limiters.clear();
      limiters.set(key, handler);
    }
    return handler(req, res, next);
  }) as RequestHandler;
}
