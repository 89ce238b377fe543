/**
 * Who is asking, and may they. `loadUser` runs for every request; the guards
 * sit in the route table in front of each handler that needs them, so the
 * table itself shows who may call what.
 */
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { ForbiddenError, UnauthorizedError, wantsJson } from '../http/errors.js';
import type { Role, User, UserRepository } from './repository.js';

declare module 'express-serve-static-core' {
  interface Request {
    /** The signed-in user, set by loadUser. */
    user?: User;
  }
}

/** Puts the session's user on `req.user` and `res.locals.currentUser`; a deleted user's session is ended. */
export function loadUser(users: UserRepository): RequestHandler {
  return (req, res, next) => {
    const id = req.session?.userId;
    if (id !== undefined) {
      const user = users.findById(id);
      if (user) {
        req.user = user;
        res.locals.currentUser = user;
      } else {
        delete req.session.userId;
      }
    }
    if (req.session?.flash) {
      res.locals.flash = req.session.flash;
      delete req.session.flash;
    }
    next();
  };
}

/**
 * Where to come back to after signing in. A GET comes back to itself; a form
 * post cannot be replayed by a redirect, so it comes back to the page the form
 * was on (the Referer, when it is ours).
 */
function returnPath(req: Request): string {
  if (req.method === 'GET') return req.originalUrl;
  const referer = req.get('referer');
  if (referer) {
    try {
      const url = new URL(referer);
      if (url.host === req.get('host')) return url.pathname + url.search;
    } catch {
      /* not a URL: fall through */
    }
  }
  return '/';
}

/** Anonymous: pages redirect to log in (303, coming back afterwards); the API answers 401. */
export const requireUser: RequestHandler = (req: Request, res: Response, next: NextFunction) => {
  if (req.user) {
    next();
    return;
  }
  if (wantsJson(req)) throw new UnauthorizedError();
  res.redirect(303, `/login?next=${encodeURIComponent(returnPath(req))}`);
};

/** Signed in with one of the roles, or 403 (anonymous: as requireUser). */
export function requireRole(...roles: Role[]): RequestHandler {
  return (req, res, next) => {
    requireUser(req, res, () => {
      if (!roles.includes(req.user!.role))
        throw new ForbiddenError('This page is for ' + roles.join(' and ') + 's only.');
      next();
    });
  };
}

/** Pages only for visitors who are not signed in (log-in, register): the signed-in go home. */
export const redirectIfSignedIn: RequestHandler = (req, res, next) => {
  if (req.user) res.redirect(303, '/');
  else next();
};
