/**
 * Comment pages: the discussion under an article, posting, replying, editing,
 * deleting, permalinks and the Atom feed. Every refusal of a form re-renders
 * the article (or the edit page) with what was typed, the problem named, and
 * the policy's spans marked.
 */
import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import { Feed } from 'feed';
import type { Article } from '../articles/repository.js';
import type { ArticleLocals } from '../articles/routes.js';
import { HttpError, NotFoundError, ValidationError, wantsJson } from '../http/errors.js';
import { textField } from '../http/forms.js';
import { relativeTime } from '../http/view-helpers.js';
import type { Reason } from '../policy/types.js';
import { PolicyRejectedError } from './errors.js';
import { markReasons, renderCommentBody } from './render.js';
import type { Comment, CommentRepository, ThreadSort } from './repository.js';
import { MAX_COMMENT_LENGTH } from './text.js';
import { parseId, type CommentService } from './service.js';

/** A comment form shown again after a refusal. */
export interface CommentForm {
  body: string;
  parentId?: number;
  error: string;
  reasons?: Reason[];
}

export interface CommentLocals {
  comment: Comment;
}

const pageOf = (value: unknown) =>
  typeof value === 'string' && /^\d{1,6}$/.test(value) && Number(value) >= 1 ? Number(value) : 1;
const sortOf = (value: unknown): ThreadSort => (value === 'newest' ? 'newest' : 'oldest');

/** The message for a refused form, and the reasons to mark when the policy refused it. */
function refusal(err: unknown): Pick<CommentForm, 'error' | 'reasons'> | undefined {
  if (err instanceof PolicyRejectedError) return { error: err.message, reasons: err.reasons };
  if (err instanceof ValidationError) return { error: Object.values(err.fields)[0] ?? err.message };
  if (err instanceof HttpError && err.status < 500) return { error: err.message };
  return undefined;
}

export function commentRoutes(deps: {
  service: CommentService;
  comments: CommentRepository;
  renderArticle: (req: Request, res: Response, status: number, form?: CommentForm) => void;
  articleOf: (comment: Comment) => Article | undefined;
  clock: () => Date;
}) {
  const { service } = deps;

  /** What the article page shows of its discussion. */
  const discussion = (req: Request, article: Article, form?: CommentForm) => {
    const now = deps.clock();
    const sort = sortOf(req.query.sort);
    const replyTo =
      form?.parentId ?? (typeof req.query.replyto === 'string' ? Number(req.query.replyto) || undefined : undefined);
    return {
      commentCount: service.count(article),
      commentsOpen: service.isOpen(article),
      threadPage: service.threadPage(article, req.user, sort, pageOf(req.query.page)),
      form,
      replyTo,
      maxCommentLength: MAX_COMMENT_LENGTH,
      canEdit: (c: Comment) => service.canEdit(req.user, c),
      renderBody: renderCommentBody,
      markedText: form?.reasons ? markReasons(form.body, form.reasons) : undefined,
      relativeTime: (iso: string) => relativeTime(iso, now),
    };
  };

  /** Puts the comment of `:id` on res.locals.comment, or 404. */
  const load: RequestHandler<{ id: string }> = (req, res, next) => {
    const id = /^\d{1,15}$/.test(req.params.id) ? Number(req.params.id) : undefined;
    const comment = id === undefined ? undefined : deps.comments.findById(id);
    if (!comment) throw new NotFoundError('There is no comment at this address.');
    res.locals.comment = comment;
    next();
  };

  const anchorOf = (article: Article, comment: Comment, req: Request) =>
    `/articles/${article.slug}${service.pageOf(comment, req.user) > 1 ? `?page=${service.pageOf(comment, req.user)}` : ''}#comment-${comment.id}`;

  const post: RequestHandler = (req, res) => {
    const { article } = res.locals as ArticleLocals;
    const { comment } = service.post(
      req.user!,
      article,
      textField(req.body, 'body'),
      textField(req.body, 'parent_id') || undefined,
    );
    res.redirect(303, anchorOf(article, comment, req));
  };

  /** A refused post: the article again, the text kept in its form, the problem named (pages only). */
  const postRefused: ErrorRequestHandler = (err, req, res, next) => {
    const why = wantsJson(req) || !res.locals.article || err instanceof NotFoundError ? undefined : refusal(err);
    if (!why) return next(err);
    if (err instanceof HttpError && err.details.retryAfterSeconds !== undefined)
      res.set('Retry-After', String(err.details.retryAfterSeconds));
    // The reply form is shown again under its comment, unless that comment is the problem.
    let parentId: number | undefined;
    try {
      parentId =
        err instanceof ValidationError && err.fields.parent_id
          ? undefined
          : parseId(textField(req.body, 'parent_id'), 'parent_id');
    } catch {
      parentId = undefined;
    }
    deps.renderArticle(req, res, (err as HttpError).status, {
      body: textField(req.body, 'body'),
      ...(parentId ? { parentId } : {}),
      ...why,
    });
  };

  /** GET /comments/:id: to the page and anchor where it is shown. */
  const permalink: RequestHandler = (req, res) => {
    const { comment } = res.locals as CommentLocals;
    const article = deps.articleOf(comment);
    if (!article || !service.isVisible(comment, req.user))
      throw new NotFoundError('There is no comment at this address.');
    res.redirect(302, anchorOf(article, comment, req));
  };

  const renderEdit = (req: Request, res: Response, status: number, form?: CommentForm) => {
    const { comment } = res.locals as CommentLocals;
    res.status(status).render('comments/edit', {
      title: 'Edit your comment',
      comment,
      article: deps.articleOf(comment),
      body: form?.body ?? comment.body,
      error: form?.error,
      markedText: form?.reasons ? markReasons(form.body, form.reasons) : undefined,
      reasons: form?.reasons,
      editableUntil: service.editableUntil(comment).toISOString(),
      maxCommentLength: MAX_COMMENT_LENGTH,
    });
  };

  const showEdit: RequestHandler = (req, res) => {
    const { comment } = res.locals as CommentLocals;
    service.assertEditable(req.user!, comment);
    renderEdit(req, res, 200);
  };

  const edit: RequestHandler = (req, res) => {
    const { comment } = res.locals as CommentLocals;
    const { comment: edited } = service.edit(req.user!, comment, textField(req.body, 'body'));
    res.redirect(303, anchorOf(deps.articleOf(edited)!, edited, req));
  };

  const editRefused: ErrorRequestHandler = (err, req, res, next) => {
    const why = wantsJson(req) ? undefined : refusal(err);
    // Only a text the author can fix is shown back in the form; "not yours" and "too late" get the error page.
    if (!why || !(err instanceof PolicyRejectedError || err instanceof ValidationError)) return next(err);
    renderEdit(req, res, (err as HttpError).status, { body: textField(req.body, 'body'), ...why });
  };

  const remove: RequestHandler = (req, res) => {
    const { comment } = res.locals as CommentLocals;
    service.delete(req.user!, comment);
    res.redirect(303, anchorOf(deps.articleOf(comment)!, comment, req));
  };

  /** GET /articles/:slug/comments.atom: the newest published comments, for feed readers. */
  const feed: RequestHandler = (req, res) => {
    const { article } = res.locals as ArticleLocals;
    const base = `${req.protocol}://${req.get('host')}`;
    const items = deps.comments.latestPublished(article.id, 50);
    const feed = new Feed({
      id: `${base}/articles/${article.slug}#comments`,
      title: `Comments on “${article.title}”`,
      link: `${base}/articles/${article.slug}`,
      updated: new Date(items[0]?.editedAt ?? items[0]?.createdAt ?? article.updatedAt),
      generator: false,
      copyright: `Comments are the views of their authors.`,
      feedLinks: { atom: `${base}/articles/${article.slug}/comments.atom` },
    });
    for (const c of items) {
      feed.addItem({
        title: `${c.author.username} on “${article.title}”`,
        id: `${base}/comments/${c.id}`,
        link: `${base}/comments/${c.id}`,
        date: new Date(c.editedAt ?? c.createdAt),
        published: new Date(c.createdAt),
        content: renderCommentBody(c.body),
        author: [{ name: c.author.username }],
      });
    }
    res.type('application/atom+xml; charset=utf-8').send(feed.atom1());
  };

  return { discussion, load, post, postRefused, permalink, showEdit, edit, editRefused, remove, feed };
}
