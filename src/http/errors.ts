/**
 * Typed errors and the two handlers every request ends in: one 404 and one
 * final error handler, which answers HTML for pages and JSON for the API.
 */
import type { ErrorRequestHandler, Request, RequestHandler } from 'express';
import type { Logger } from 'pino';

/** An error with the status and machine-readable code the client gets. Its message is shown. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Extra fields for the JSON body and the error page (e.g. a block's end date). */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends HttpError {
  constructor(message = 'There is nothing at this address.') {
    super(404, 'not_found', message);
  }
}

export class BadRequestError extends HttpError {
  constructor(message: string, code = 'bad_request') {
    super(400, code, message);
  }
}

/** Routes under /api/ and clients that prefer JSON get JSON; browsers get pages. */
export function wantsJson(req: Request): boolean {
  return req.path.startsWith('/api/') || req.accepts(['html', 'json']) === 'json';
}

export const notFound: RequestHandler = (_req, _res, next) => {
  next(new NotFoundError());
};

/**
 * body-parser and friends signal bad input with `status` and `type`; they get a
 * clear message and a code instead of a generic 500.
 */
function fromLibraryError(err: unknown): HttpError | undefined {
  const e = err as { status?: unknown; type?: unknown; expose?: unknown; message?: unknown; code?: unknown };
  // Another writer held the database longer than the busy timeout: a moment's wait, not a failure.
  if (typeof e?.code === 'string' && /^SQLITE_(BUSY|LOCKED)/.test(e.code)) {
    return new HttpError(503, 'busy', 'The server is busy for a moment; please try again.', { retryAfterSeconds: 1 });
  }
  if (typeof e?.status !== 'number' || e.status < 400 || e.status >= 500) return undefined;
  switch (e.type) {
    case 'entity.too.large':
      return new HttpError(413, 'payload_too_large', 'The request is larger than the server accepts.');
    case 'entity.parse.failed':
      return new HttpError(
        400,
        'malformed_body',
        'The request body could not be read: it is not valid JSON or form data.',
      );
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new HttpError(
        415,
        'unsupported_encoding',
        'The request body uses an encoding the server does not accept.',
      );
    case 'parameters.too.many':
      return new HttpError(413, 'too_many_parameters', 'The form has more fields than the server accepts.');
    default:
      return new HttpError(
        e.status,
        'bad_request',
        e.expose === true && typeof e.message === 'string' ? e.message : 'The request could not be understood.',
      );
  }
}

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Sign-in required',
  403: 'Not allowed',
  404: 'Page not found',
  413: 'Too large',
  415: 'Unsupported encoding',
  422: 'Cannot be accepted',
  429: 'Too many requests',
  500: 'Something went wrong',
  503: 'Temporarily unavailable',
};

export function errorHandler(options: { logger: Logger; showStack: boolean }): ErrorRequestHandler {
  return (err, req, res, next) => {
    if (res.headersSent) {
      next(err);
      return;
    }
    const known = err instanceof HttpError ? err : fromLibraryError(err);
    const status = known?.status ?? 500;
    const code = known?.code ?? 'internal_error';
    const message =
      known?.message ?? 'The server could not complete this request. It has been logged; please try again.';
    if (!known)
      options.logger.error({ err, req: { id: req.id, method: req.method, url: req.originalUrl } }, 'unhandled error');
    if (known?.details.retryAfterSeconds !== undefined) res.set('Retry-After', String(known.details.retryAfterSeconds));
    res.status(status);
    if (wantsJson(req)) {
      res.json({ error: { code, message, ...known?.details } });
      return;
    }
    res.render(
      'errors/error',
      {
        title: TITLES[status] ?? 'Error',
        status,
        message,
        details: known?.details ?? {},
        stack: !known && options.showStack ? String((err as Error)?.stack ?? err) : undefined,
      },
      (renderErr, html) => {
        if (renderErr) {
          options.logger.error({ err: renderErr }, 'error page failed to render');
          res.type('text/plain').send(`${status} ${message}`);
        } else {
          res.send(html);
        }
      },
    );
  };
}

/** Input that breaks a rule: 422, with a message per field for the form or the JSON client. */
export class ValidationError extends HttpError {
  constructor(
    readonly fields: Record<string, string>,
    message = 'Please correct the marked fields.',
  ) {
    super(422, 'invalid_input', message, { fields });
  }
}

export class UnauthorizedError extends HttpError {
  constructor(message = 'Please sign in first.') {
    super(401, 'unauthenticated', message);
  }
}

export class ForbiddenError extends HttpError {
  constructor(
    message = 'Your account is not allowed to do this.',
    code = 'forbidden',
    details: Record<string, unknown> = {},
  ) {
    super(403, code, message, details);
  }
}

export class TooManyRequestsError extends HttpError {
  constructor(retryAfterSeconds: number, what = 'requests') {
    const minutes = Math.ceil(retryAfterSeconds / 60);
    const wait = retryAfterSeconds < 90 ? `${retryAfterSeconds} seconds` : `${minutes} minutes`;
    super(429, 'rate_limited', `Too many ${what}. Please try again in ${wait}.`, { retryAfterSeconds });
  }
}
