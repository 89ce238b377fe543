/**
 * The JSON API of comments (CONTRACT.md, "JSON API"): the same service, rules,
 * limits and errors as the pages. Errors are thrown as typed errors; the error
 * handler turns them into `{"error": {...}}`.
 */
import type { RequestHandler } from 'express';
import type { ArticleLocals } from '../articles/routes.js';
import { BadRequestError } from '../http/errors.js';
import type { Comment, CommentRepository } from './repository.js';
import type { CommentService } from './service.js';

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 500;

/** A comment as the API shows it. */
export function apiComment(c: Comment) {
  return {
    id: c.id,
    parentId: c.parentId,
    author: { id: c.author.id, username: c.author.username },
    body: c.body,
    createdAt: c.createdAt,
    editedAt: c.editedAt,
    status: c.status,
  };
}

function whole(value: unknown, name: string, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const n = typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : NaN;
  if (!(n >= min && n <= max))
    throw new BadRequestError(`${name} must be a whole number from ${min} to ${max}.`, `invalid_${name}`);
  return n;
}

export function commentApi(deps: { service: CommentService; comments: CommentRepository }) {
  /** GET /api/articles/:slug/comments?limit=N&after=ID */
  const list: RequestHandler = (req, res) => {
    const { article } = res.locals as ArticleLocals;
    const limit = whole(req.query.limit, 'limit', DEFAULT_LIMIT, 1, MAX_LIMIT);
    const after = whole(req.query.after, 'after', 0, 0, Number.MAX_SAFE_INTEGER);
    // One more than asked tells whether a next page exists.
    const rows = deps.comments.apiPage(article.id, req.user?.id ?? 0, after, limit + 1);
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    res.set('Cache-Control', 'no-store').json({
      comments: page.map(apiComment),
      next:
        rows.length > limit && last ? `/api/articles/${article.slug}/comments?limit=${limit}&after=${last.id}` : null,
    });
  };

  /** POST /api/articles/:slug/comments {"body", "parentId"} → 201 {"comment"} */
  const post: RequestHandler = (req, res) => {
    const { article } = res.locals as ArticleLocals;
    const input = (req.body ?? {}) as Record<string, unknown>;
    const { comment } = deps.service.post(req.user!, article, input.body, input.parentId ?? undefined);
    res
      .status(201)
      .location(`/comments/${comment.id}`)
      .json({ comment: apiComment(comment) });
  };

  /** POST /api/policy/check {"body", "parentId"?}: the verdict a post (or reply) by the caller would get; nothing is stored. */
  const checkPolicy: RequestHandler = (req, res) => {
    const input = (req.body ?? {}) as Record<string, unknown>;
    const verdict = deps.service.check(req.user!, input.body, input.parentId ?? undefined);
    res.set('Cache-Control', 'no-store').json(verdict);
  };

  return { list, post, checkPolicy };
}
