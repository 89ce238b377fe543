/**
 * The moderation area (moderators and admins) and readers' reports. Handlers
 * read the form, call the service, and redirect (303) or render.
 */
import type { RequestHandler } from 'express';
import type { User, UserRepository } from '../accounts/repository.js';
import type { TargetUserLocals } from '../admin/routes.js';
import type { Article, ArticleRepository } from '../articles/repository.js';
import { pageNumber } from '../articles/routes.js';
import type { CommentLocals } from '../comments/routes.js';
import { markReasons, renderCommentBody } from '../comments/render.js';
import type { Comment, CommentRepository } from '../comments/repository.js';
import { BadRequestError, ValidationError } from '../http/errors.js';
import { safeLocalPath, textField } from '../http/forms.js';
import { relativeTime } from '../http/view-helpers.js';
import { REPORT_REASONS, type BlockRepository, type ModerationLog, type ReportRepository } from './repository.js';
import { DECISIONS, type Decision, type ModerationService } from './service.js';

const PER_PAGE = 50;
export const QUEUES = ['pending', 'flagged', 'rejected'] as const;
type Queue = (typeof QUEUES)[number];

export const REPORT_REASON_LABELS: Record<(typeof REPORT_REASONS)[number], string> = {
  profanity: 'Profanity',
  personal_attack: 'Personal attack',
  spam: 'Spam or advertising',
  inappropriate: 'Other inappropriate material',
  other: 'Something else',
};

export function moderationRoutes(deps: {
  service: ModerationService;
  comments: CommentRepository;
  articles: ArticleRepository;
  users: UserRepository;
  reports: ReportRepository;
  blocks: BlockRepository;
  log: ModerationLog;
  clock: () => Date;
}) {
  const { service } = deps;

  /** What every item of a queue shows: the comment, its article, the comment it answers, reports, the author's record. */
  const describe = (comments: Comment[]) => {
    const reports = deps.reports.openFor(comments.map((c) => c.id));
    const articles = new Map<number, Article | undefined>();
    const parents = new Map(
      deps.comments
        .findMany([...new Set(comments.flatMap((c) => (c.parentId ? [c.parentId] : [])))])
        .map((p) => [p.id, p]),
    );
    const records = new Map<
      number,
      ReturnType<CommentRepository['authorStats']> & { blocked: boolean; reported: number }
    >();
    return comments.map((comment) => {
      if (!articles.has(comment.articleId)) articles.set(comment.articleId, deps.articles.findById(comment.articleId));
      if (!records.has(comment.author.id)) {
        records.set(comment.author.id, {
          ...deps.comments.authorStats(comment.author.id),
          blocked: !!service.activeBlock(comment.author.id),
          reported: deps.reports.countAgainst(comment.author.id),
        });
      }
      return {
        comment,
        article: articles.get(comment.articleId),
        parent: comment.parentId ? parents.get(comment.parentId) : undefined,
        reports: reports.filter((r) => r.commentId === comment.id),
        record: records.get(comment.author.id)!,
      };
    });
  };

  const viewHelpers = () => ({
    renderBody: renderCommentBody,
    markReasons,
    relativeTime: (iso: string) => relativeTime(iso, deps.clock()),
    reasonLabels: REPORT_REASON_LABELS,
  });

  /** GET /moderation?queue=pending|flagged|rejected&page=N */
  const queue: RequestHandler = (req, res) => {
    const name: Queue = (QUEUES as readonly string[]).includes(String(req.query.queue))
      ? (req.query.queue as Queue)
      : 'pending';
    const page = pageNumber(req.query.page);
    const counts = {
      pending: deps.comments.countByStatus('pending'),
      flagged: deps.reports.countFlagged(),
      rejected: deps.comments.countByStatus('rejected'),
    };
    const offset = (page - 1) * PER_PAGE;
    const comments =
      name === 'flagged'
        ? deps.comments.findMany(deps.reports.flaggedCommentIds(PER_PAGE, offset)).sort((a, b) => b.id - a.id)
        : deps.comments.byStatus(name, PER_PAGE, offset);
    res.render('moderation/queue', {
      title: 'Moderation',
      queue: name,
      counts,
      items: describe(comments),
      page,
      pages: Math.max(1, Math.ceil(counts[name] / PER_PAGE)),
      ...viewHelpers(),
    });
  };

  const backTo = (req: Parameters<RequestHandler>[0], fallback: string) =>
    safeLocalPath(textField(req.body, 'back')) ?? fallback;

  /** POST /moderation/comments/:id/approve|reject|remove */
  const decide =
    (decision: Decision): RequestHandler =>
    (req, res) => {
      const { comment } = res.locals as CommentLocals;
      service.decide(req.user!, comment, decision, textField(req.body, 'reason'));
      req.session.flash = `Comment ${comment.id} ${decision === 'approve' ? 'approved' : decision === 'reject' ? 'rejected' : 'removed'}.`;
      res.redirect(303, backTo(req, '/moderation'));
    };

  /** POST /moderation/bulk: the same decision for the checked comments. */
  const bulk: RequestHandler = (req, res) => {
    const decision = textField(req.body, 'action');
    if (!(decision in DECISIONS)) throw new BadRequestError('Choose approve, reject or remove.', 'invalid_action');
    const raw = (req.body as Record<string, unknown>).ids;
    const ids = (Array.isArray(raw) ? raw : [raw])
      .filter((v): v is string => typeof v === 'string' && /^\d{1,15}$/.test(v))
      .map(Number);
    if (!ids.length) throw new ValidationError({ ids: 'Select at least one comment.' }, 'Select at least one comment.');
    const done = service.decideMany(req.user!, ids.slice(0, 500), decision as Decision, textField(req.body, 'reason'));
    req.session.flash = `${done} comment${done === 1 ? '' : 's'}: ${decision}.`;
    res.redirect(303, backTo(req, '/moderation'));
  };

  /** GET /moderation/users/:id (and the same page again, 422, for a refused block). */
  const renderUser = (
    req: Parameters<RequestHandler>[0],
    res: Parameters<RequestHandler>[1],
    status: number,
    form?: { errors: Record<string, string>; values: Record<string, string> },
  ) => {
    const { targetUser } = res.locals as TargetUserLocals;
    const page = pageNumber(req.query.page);
    res.status(status).render('moderation/user', {
      title: `User ${targetUser.username}`,
      target: targetUser,
      record: deps.comments.authorStats(targetUser.id),
      comments: deps.comments.byAuthor(targetUser.id, PER_PAGE, (page - 1) * PER_PAGE),
      reportsBy: deps.reports.madeBy(targetUser.id),
      reportsAgainst: deps.reports.against(targetUser.id),
      blocks: deps.blocks.forUser(targetUser.id),
      activeBlock: service.activeBlock(targetUser.id),
      heldUntil: deps.users.heldUntil(targetUser.id),
      page,
      errors: form?.errors ?? {},
      values: form?.values ?? {},
      ...viewHelpers(),
    });
  };
  const userPage: RequestHandler = (req, res) => renderUser(req, res, 200);

  const block: RequestHandler = (req, res) => {
    const { targetUser } = res.locals as TargetUserLocals;
    const values = { reason: textField(req.body, 'reason'), days: textField(req.body, 'days') };
    try {
      service.block(req.user!, targetUser, {
        ...values,
        removeComments: textField(req.body, 'remove_comments') === 'on',
      });
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      renderUser(req, res, 422, { errors: err.fields, values });
      return;
    }
    req.session.flash = `${targetUser.username} is blocked.`;
    res.redirect(303, `/moderation/users/${targetUser.id}`);
  };

  const unblock: RequestHandler = (req, res) => {
    const { targetUser } = res.locals as TargetUserLocals;
    service.unblock(req.user!, targetUser);
    req.session.flash = `${targetUser.username} is unblocked.`;
    res.redirect(303, `/moderation/users/${targetUser.id}`);
  };

  /** GET /moderation/log?moderator=ID&user=ID (moderator=0: the system) */
  const logPage: RequestHandler = (req, res) => {
    const id = (v: unknown) => (typeof v === 'string' && /^\d{1,15}$/.test(v) ? Number(v) : undefined);
    const filter = {
      ...(id(req.query.moderator) !== undefined ? { actor: id(req.query.moderator)! } : {}),
      ...(id(req.query.user) !== undefined ? { user: id(req.query.user)! } : {}),
    };
    const page = pageNumber(req.query.page);
    const { entries, total } = deps.log.list(filter, PER_PAGE, (page - 1) * PER_PAGE);
    const staff = deps.users.list('', 1000, 0).users.filter((u: User) => u.role !== 'reader');
    res.render('moderation/log', {
      title: 'Moderation log',
      entries,
      total,
      page,
      pages: Math.max(1, Math.ceil(total / PER_PAGE)),
      filter,
      staff,
      ...viewHelpers(),
    });
  };

  /** GET /comments/:id/flag: the report form. */
  const showReport: RequestHandler = (req, res) => {
    const { comment } = res.locals as CommentLocals;
    res.render('comments/report', {
      title: 'Report a comment',
      comment,
      article: deps.articles.findById(comment.articleId),
      reasons: REPORT_REASONS,
      errors: {},
      values: {},
      ...viewHelpers(),
    });
  };

  /** POST /comments/:id/flag */
  const report: RequestHandler = (req, res) => {
    const { comment } = res.locals as CommentLocals;
    const values = { reason: textField(req.body, 'reason'), details: textField(req.body, 'details') };
    try {
      const added = service.report(req.user!, comment, values.reason, values.details);
      req.session.flash = added
        ? 'Thank you: a moderator will look at this comment.'
        : 'You had already reported this comment; a moderator will look at it.';
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      res.status(422).render('comments/report', {
        title: 'Report a comment',
        comment,
        article: deps.articles.findById(comment.articleId),
        reasons: REPORT_REASONS,
        errors: err.fields,
        values,
        formError: err.message,
        ...viewHelpers(),
      });
      return;
    }
    const article = deps.articles.findById(comment.articleId);
    res.redirect(303, article ? `/articles/${article.slug}#comment-${comment.id}` : '/');
  };

  return { queue, decide, bulk, userPage, block, unblock, logPage, showReport, report };
}
