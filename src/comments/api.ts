/**
 * The JSON API of comments (CONTRACT.md, "JSON API"). Errors are thrown as
 * typed errors; the error handler turns them into `{"error": {...}}`.
 */
import type { RequestHandler } from 'express';
import type { AuthorRecord } from '../policy/types.js';
import type { CommentPolicy } from './policy.js';
import { commentText } from './text.js';

export function commentApi(deps: { policy: CommentPolicy; authorRecord: (userId: number) => AuthorRecord }) {
  /** POST /api/policy/check {"body"}: the verdict a post by the caller would get; nothing is stored. */
  const checkPolicy: RequestHandler = (req, res) => {
    const body = commentText((req.body as Record<string, unknown> | undefined)?.body);
    const verdict = deps.policy.check(body, deps.authorRecord(req.user!.id));
    res.set('Cache-Control', 'no-store').json(verdict);
  };

  return { checkPolicy };
}
