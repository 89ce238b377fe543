/**
 * CSRF protection by the synchronizer-token pattern (csrf-sync): a random token
 * is kept in the session and must come back with every state-changing request,
 * in the `_csrf` form field or the `X-CSRF-Token` header. A page from another
 * site cannot read it, so it cannot forge the request.
 */
import type { RequestHandler } from 'express';
import { csrfSync } from 'csrf-sync';
import { ForbiddenError } from './errors.js';

const { csrfSynchronisedProtection, generateToken } = csrfSync({
  getTokenFromRequest: (req) => {
    const field = (req.body as Record<string, unknown> | undefined)?._csrf;
    if (typeof field === 'string') return field;
    const header = req.headers['x-csrf-token'];
    return typeof header === 'string' ? header : undefined;
  },
});

/**
 * Refuses a POST/PUT/PATCH/DELETE without the session's token: 403, nothing
 * changed. An anonymous call to the JSON API is let through to its guard,
 * which answers 401: every API write needs a signed-in user, so there is
 * nothing to forge, and "sign in" is the answer a script can act on.
 */
export const csrfProtection: RequestHandler = (req, res, next) => {
  if (!req.user && req.path.startsWith('/api/')) {
    next();
    return;
  }
  csrfSynchronisedProtection(req, res, (err?: unknown) => {
    if (err)
      next(
        new ForbiddenError(
          'This form has expired or did not come from this site. Reload the page and try again.',
          'invalid_csrf_token',
        ),
      );
    else next();
  });
};

/**
 * Gives views `csrfToken()`: the token is created (and the session with it)
 * only when a page actually renders a form, so reading articles anonymously
 * sets no cookie.
 */
export const exposeCsrfToken: RequestHandler = (req, res, next) => {
  res.locals.csrfToken = () => generateToken(req);
  next();
};
