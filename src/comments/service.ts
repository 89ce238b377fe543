/**
 * The comment rules: who may post where, what the policy decides, how replies
 * nest, when an edit is still allowed. Handlers give it plain values and the
 * signed-in user; it returns comments or throws typed errors.
 */
import type { User } from '../accounts/repository.js';
import type { Article } from '../articles/repository.js';
import { ValidationError } from '../http/errors.js';
import type { AuthorRecord, Verdict } from '../policy/types.js';
import type { Escalation } from '../moderation/escalation.js';
import type { SettingsRepository } from '../settings/repository.js';
import {
  CommentGoneError,
  CommentsClosedError,
  EditWindowClosedError,
  NotAuthorError,
  PolicyRejectedError,
} from './errors.js';
import type { CommentPolicy } from './policy.js';
import type { Comment, CommentRepository, ThreadSort } from './repository.js';
import { commentText } from './text.js';

/** Levels of replies shown nested (WordPress's default is 5): deeper replies are shown at the deepest level. */
export const MAX_DEPTH = 5;
/** The policy refuses the same text from the same author within this time. */
const RECENT_MS = 10 * 60 * 1000;

export interface CommentNode {
  comment: Comment;
  replies: CommentNode[];
  /** Set when the reply is shown below another comment than the one it answers (past the deepest level). */
  inReplyTo?: { id: number; username: string };
}

export interface ThreadPage {
  threads: CommentNode[];
  page: number;
  hasNext: boolean;
  sort: ThreadSort;
}

/** Parses a comment id from a form field, a JSON value or a route parameter; undefined when absent. */
export function parseId(value: unknown, field: string): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const n =
    typeof value === 'number' ? value : typeof value === 'string' && /^\d{1,15}$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < 1) {
    const message = 'The comment to reply to is not a comment id.';
    throw new ValidationError({ [field]: message }, message);
  }
  return n;
}

export class CommentService {
  constructor(
    private readonly comments: CommentRepository,
    private readonly policy: CommentPolicy,
    private readonly settings: SettingsRepository,
    private readonly escalation: Escalation,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Open per the article's front matter, and not past the publisher's auto-close age. */
  isOpen(article: Article): boolean {
    if (!article.commentsOpen) return false;
    const days = this.settings.publisherSettings().autoCloseDays;
    return days === 0 || this.clock().getTime() < new Date(article.publishedAt).getTime() + days * 86_400_000;
  }

  authorRecord(userId: number, exceptCommentId = 0): AuthorRecord {
    const heldUntil = this.escalation.heldUntil(userId);
    const since = new Date(this.clock().getTime() - RECENT_MS);
    // Published comments matter only below the "hold new users' first N" setting.
    const countUpTo = this.settings.publisherSettings().holdFirstComments;
    return {
      ...this.comments.authorHistory(userId, since, exceptCommentId, countUpTo),
      ...(heldUntil ? { heldUntil } : {}),
    };
  }

  /** The verdict a post by this user would get, storing nothing; with `parentIdValue`, as a reply to that comment. */
  check(user: User, body: unknown, parentIdValue?: unknown): Verdict {
    const parentId = parseId(parentIdValue, 'parent_id');
    const parent = parentId === undefined ? undefined : this.replyTarget(parentId);
    return this.policy.check(commentText(body), this.authorRecord(user.id), parent?.author.username);
  }

  /**
   * Posts a comment or a reply. A refused one is kept, as `rejected`, for the
   * moderators' queue (to check the policy is not too strict) and the
   * PolicyRejectedError carries the reasons back to the commenter.
   */
  post(user: User, article: Article, body: unknown, parentIdValue: unknown): { comment: Comment; verdict: Verdict } {
    if (!this.isOpen(article)) throw new CommentsClosedError();
    const text = commentText(body);
    const parentId = parseId(parentIdValue, 'parent_id');
    const parent = parentId === undefined ? undefined : this.replyTarget(parentId, article);
    const verdict = this.policy.check(text, this.authorRecord(user.id), parent?.author.username);
    const placement = parent
      ? {
          parentId: parent.id,
          // Past the deepest level shown, a reply is shown beside its parent, under the same comment.
          displayParentId: parent.depth < MAX_DEPTH - 1 ? parent.id : parent.displayParentId,
          threadId: parent.threadId,
          depth: Math.min(parent.depth + 1, MAX_DEPTH - 1),
        }
      : { parentId: null, displayParentId: null, threadId: null, depth: 0 };
    const status = verdict.decision === 'reject' ? 'rejected' : verdict.decision === 'hold' ? 'pending' : 'published';
    const comment = this.comments.add(
      { articleId: article.id, authorId: user.id, ...placement, body: text, status, reasons: verdict.reasons },
      this.clock(),
    );
    if (status === 'rejected') {
      this.escalation.afterRejection(user.id);
      throw new PolicyRejectedError(verdict.reasons);
    }
    return { comment, verdict };
  }

  /**
   * Replies go to published comments of the same article. Deleted and removed
   * comments take no new replies: their text is gone, and a reply to nothing
   * reads as nonsense; the thread itself stays open to replies elsewhere.
   * Without an article (a policy check of a reply), any article's comment.
   */
  private replyTarget(parentId: number, article?: Article): Comment {
    const parent = this.comments.findById(parentId);
    const refuse = (message: string) => new ValidationError({ parent_id: message }, message);
    if (!parent || (article && parent.articleId !== article.id) || parent.status === 'rejected') {
      throw refuse(`There is no such comment${article ? ' on this article' : ''} to reply to.`);
    }
    if (parent.status === 'deleted' || parent.status === 'removed') {
      throw refuse(`The comment you are replying to was ${parent.status}; reply to another one instead.`);
    }
    if (parent.status !== 'published') throw refuse('The comment you are replying to is still awaiting moderation.');
    return parent;
  }

  editableUntil(comment: Comment): Date {
    return new Date(
      new Date(comment.createdAt).getTime() + this.settings.publisherSettings().editWindowMinutes * 60_000,
    );
  }

  canEdit(user: User | undefined, comment: Comment): boolean {
    if (!user) return false;
    try {
      this.assertEditable(user, comment);
      return true;
    } catch {
      return false;
    }
  }

  /** Throws why this user may not edit this comment now (not theirs, gone, too late). */
  assertEditable(user: User, comment: Comment): void {
    if (user.id !== comment.author.id) throw new NotAuthorError('edit');
    if (!['published', 'pending'].includes(comment.status)) throw new CommentGoneError();
    if (this.clock() >= this.editableUntil(comment))
      throw new EditWindowClosedError(this.settings.publisherSettings().editWindowMinutes);
  }

  /** The author edits within the edit window; the policy runs again on the new text. A refused edit changes nothing. */
  edit(user: User, comment: Comment, body: unknown): { comment: Comment; verdict: Verdict } {
    this.assertEditable(user, comment);
    const text = commentText(body);
    const parent = comment.parentId === null ? undefined : this.comments.findById(comment.parentId);
    const verdict = this.policy.check(text, this.authorRecord(user.id, comment.id), parent?.author.username);
    if (verdict.decision === 'reject') throw new PolicyRejectedError(verdict.reasons);
    this.comments.updateBody(
      comment.id,
      text,
      verdict.decision === 'hold' ? 'pending' : 'published',
      verdict.reasons,
      this.clock(),
    );
    return { comment: this.comments.findById(comment.id)!, verdict };
  }

  /** The author deletes: the thread keeps a placeholder, the text is gone. */
  delete(user: User, comment: Comment): void {
    if (user.id !== comment.author.id) throw new NotAuthorError('delete');
    if (comment.status === 'deleted') return;
    if (comment.status === 'removed') throw new CommentGoneError();
    this.comments.markDeleted(comment.id, this.clock());
  }

  /** One page of threads as the viewer sees them. */
  threadPage(article: Article, viewer: User | undefined, sort: ThreadSort, page: number): ThreadPage {
    const perPage = this.settings.publisherSettings().threadsPerPage;
    const viewerId = viewer?.id ?? 0;
    const rows = this.comments.threadPage(article.id, viewerId, sort, perPage, (page - 1) * perPage);
    const hasNext = this.comments.hasThreadsAfter(article.id, viewerId, sort, page * perPage);
    return { threads: buildThreads(rows, sort), page, hasNext, sort };
  }

  /** The page (in the default, oldest-first order) that shows this comment's thread. */
  pageOf(comment: Comment, viewer: User | undefined): number {
    const perPage = this.settings.publisherSettings().threadsPerPage;
    return (
      Math.floor(
        this.comments.threadsBefore(comment.articleId, viewer?.id ?? 0, comment.threadId, 'oldest') / perPage,
      ) + 1
    );
  }

  /** Whether the viewer can see this comment in its thread. */
  isVisible(comment: Comment, viewer: User | undefined): boolean {
    return (
      comment.status === 'published' ||
      comment.status === 'deleted' ||
      comment.status === 'removed' ||
      (comment.status === 'pending' && viewer?.id === comment.author.id)
    );
  }

  count(article: Article): number {
    return this.comments.countPublished(article.id);
  }
}

/**
 * Nests a page's comments by where they are shown. Placeholders of deleted or
 * removed comments stay only where they hold replies together.
 */
export function buildThreads(comments: Comment[], sort: ThreadSort): CommentNode[] {
  const nodes = new Map<number, CommentNode>();
  const byId = new Map(comments.map((c) => [c.id, c]));
  for (const comment of comments) nodes.set(comment.id, { comment, replies: [] });
  const roots: CommentNode[] = [];
  for (const comment of comments) {
    const node = nodes.get(comment.id)!;
    if (comment.parentId !== null && comment.displayParentId !== comment.parentId) {
      const parent = byId.get(comment.parentId);
      if (parent) node.inReplyTo = { id: parent.id, username: parent.author.username };
    }
    const holder = comment.displayParentId === null ? undefined : nodes.get(comment.displayParentId);
    if (holder) holder.replies.push(node);
    else if (comment.parentId === null) roots.push(node);
  }
  const prune = (list: CommentNode[]): CommentNode[] =>
    list.filter((node) => {
      node.replies = prune(node.replies);
      return node.replies.length > 0 || (node.comment.status !== 'deleted' && node.comment.status !== 'removed');
    });
  const kept = prune(roots);
  return sort === 'newest' ? kept.reverse() : kept;
}
