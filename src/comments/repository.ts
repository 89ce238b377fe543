import type { Role } from '../accounts/repository.js';
import type { Db } from '../db/database.js';
import type { Reason } from '../policy/types.js';

export const COMMENT_STATUSES = ['published', 'pending', 'rejected', 'removed', 'deleted'] as const;
export type CommentStatus = (typeof COMMENT_STATUSES)[number];
export type ThreadSort = 'oldest' | 'newest';

export interface Comment {
  id: number;
  articleId: number;
  author: { id: number; username: string; role: Role };
  parentId: number | null;
  displayParentId: number | null;
  threadId: number;
  depth: number;
  body: string;
  status: CommentStatus;
  reasons: Reason[];
  createdAt: string;
  editedAt: string | null;
  /** Set while reports from enough readers hide it, until a moderator decides. */
  hiddenAt: string | null;
}

interface CommentRow {
  id: number;
  article_id: number;
  author_id: number;
  username: string;
  role: Role;
  parent_id: number | null;
  display_parent_id: number | null;
  thread_id: number;
  depth: number;
  body: string;
  status: CommentStatus;
  reasons: string;
  created_at: string;
  edited_at: string | null;
  hidden_at: string | null;
}

const toComment = (r: CommentRow): Comment => ({
  id: r.id,
  articleId: r.article_id,
  author: { id: r.author_id, username: r.username, role: r.role },
  parentId: r.parent_id,
  displayParentId: r.display_parent_id,
  threadId: r.thread_id,
  depth: r.depth,
  body: r.body,
  status: r.status,
  reasons: JSON.parse(r.reasons) as Reason[],
  createdAt: r.created_at,
  editedAt: r.edited_at,
  hiddenAt: r.hidden_at,
});

const SELECT = `SELECT c.id, c.article_id, c.author_id, u.username, u.role, c.parent_id, c.display_parent_id, c.thread_id,
  c.depth, c.body, c.status, c.reasons, c.created_at, c.edited_at, c.hidden_at
  FROM comments c JOIN users u ON u.id = c.author_id`;

/**
 * What a reader sees in a thread: published comments not hidden by reports,
 * placeholders of deleted and removed ones, and their own comments awaiting
 * moderation or hidden by reports.
 */
const VISIBLE = `((c.status IN ('published', 'deleted', 'removed') AND c.hidden_at IS NULL)
  OR (c.status IN ('pending', 'published') AND c.author_id = @viewer))`;

export interface NewComment {
  articleId: number;
  authorId: number;
  parentId: number | null;
  displayParentId: number | null;
  threadId: number | null;
  depth: number;
  body: string;
  status: CommentStatus;
  reasons: Reason[];
}

/** All SQL on the `comments` table. */
export class CommentRepository {
  private readonly byId;
  private readonly insertStatement;
  private readonly setOwnThread;
  private readonly rootsPage: Record<ThreadSort, ReturnType<Db['prepare']>>;
  private readonly rootAfter: Record<ThreadSort, ReturnType<Db['prepare']>>;
  private readonly rootsBefore: Record<ThreadSort, ReturnType<Db['prepare']>>;
  private readonly publishedCount;
  private readonly authorPublished;
  private readonly authorRecent;
  private readonly updateText;
  private readonly deleteText;
  private readonly apiPageStatement;
  private readonly feedPage;
  /** The statements of the moderation queues and actions. */
  private readonly moderation;

  constructor(private readonly db: Db) {
    this.byId = db.prepare<[number], CommentRow>(`${SELECT} WHERE c.id = ?`);
    this.insertStatement = db.prepare<unknown[], { id: number }>(
      `INSERT INTO comments (article_id, author_id, parent_id, display_parent_id, thread_id, depth, body, status, reasons,
                             created_at, status_changed_at)
       VALUES (@articleId, @authorId, @parentId, @displayParentId, @threadId, @depth, @body, @status, @reasons, @now, @now)
       RETURNING id`,
    );
    this.setOwnThread = db.prepare('UPDATE comments SET thread_id = id WHERE id = ?');
    // A page of threads and everything visible in them, in one query: the cost grows with the page, not the article.
    const page = (order: 'ASC' | 'DESC') =>
      db.prepare(
        `WITH roots AS (
           SELECT c.id FROM comments c
           WHERE c.article_id = @articleId AND c.parent_id IS NULL AND ${VISIBLE}
           ORDER BY c.id ${order} LIMIT @limit OFFSET @offset)
         ${SELECT}
         WHERE c.thread_id IN (SELECT id FROM roots) AND ${VISIBLE}
         ORDER BY c.id ASC`,
      );
    this.rootsPage = { oldest: page('ASC'), newest: page('DESC') };
    const after = (order: 'ASC' | 'DESC') =>
      db.prepare(
        `SELECT 1 AS found FROM comments c WHERE c.article_id = @articleId AND c.parent_id IS NULL AND ${VISIBLE}
         ORDER BY c.id ${order} LIMIT 1 OFFSET @offset`,
      );
    this.rootAfter = { oldest: after('ASC'), newest: after('DESC') };
    const before = (op: '<' | '>') =>
      db.prepare(
        `SELECT count(*) AS n FROM comments c
         WHERE c.article_id = @articleId AND c.parent_id IS NULL AND ${VISIBLE} AND c.id ${op} @rootId`,
      );
    this.rootsBefore = { oldest: before('<'), newest: before('>') };
    this.publishedCount = db.prepare<[number], { n: number }>(
      `SELECT count(*) AS n FROM comments WHERE article_id = ? AND status = 'published' AND hidden_at IS NULL`,
    );
    // Counted only up to a cap: the policy asks "fewer than N?", and a prolific author has thousands.
    this.authorPublished = db.prepare<[number, number], { n: number }>(
      `SELECT count(*) AS n FROM (SELECT 1 FROM comments WHERE author_id = ? AND status = 'published' LIMIT ?)`,
    );
    this.authorRecent = db.prepare<[number, string, number], { body: string; created_at: string }>(
      `SELECT body, created_at FROM comments
       WHERE author_id = ? AND created_at >= ? AND status IN ('published', 'pending') AND id <> ?
       ORDER BY created_at DESC LIMIT 50`,
    );
    this.updateText = db.prepare(
      `UPDATE comments SET body = @body, status = @status, reasons = @reasons, edited_at = @now,
         status_changed_at = CASE WHEN status = @status THEN status_changed_at ELSE @now END
       WHERE id = @id`,
    );
    this.deleteText = db.prepare(
      `UPDATE comments SET body = '', reasons = '[]', status = 'deleted', status_changed_at = @now WHERE id = @id`,
    );
    this.apiPageStatement = db.prepare(
      `${SELECT} WHERE c.article_id = @articleId AND c.id > @after
         AND ((c.status = 'published' AND c.hidden_at IS NULL) OR (c.status IN ('pending', 'published') AND c.author_id = @viewer))
       ORDER BY c.id ASC LIMIT @limit`,
    );
    this.moderation = {
      byStatus: db.prepare<[string, number, number], CommentRow>(
        `${SELECT} WHERE c.status = ? ORDER BY c.id DESC LIMIT ? OFFSET ?`,
      ),
      countByStatus: db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM comments WHERE status = ?'),
      // One statement for any number of ids: they come as a JSON array.
      many: db.prepare<[string], CommentRow>(`${SELECT} WHERE c.id IN (SELECT value FROM json_each(?))`),
      byAuthor: db.prepare<[number, number, number], CommentRow>(
        `${SELECT} WHERE c.author_id = ? ORDER BY c.id DESC LIMIT ? OFFSET ?`,
      ),
      authorStats: db.prepare<[number], { status: CommentStatus; n: number }>(
        'SELECT status, count(*) AS n FROM comments WHERE author_id = ? GROUP BY status',
      ),
      rejectedSince: db.prepare<[number, string], { n: number }>(
        "SELECT count(*) AS n FROM comments WHERE author_id = ? AND status = 'rejected' AND created_at >= ?",
      ),
      setStatus: db.prepare('UPDATE comments SET status = ?, hidden_at = NULL, status_changed_at = ? WHERE id = ?'),
      hide: db.prepare('UPDATE comments SET hidden_at = ? WHERE id = ? AND hidden_at IS NULL'),
      removeAll: db.prepare<[string, number], { id: number }>(
        "UPDATE comments SET status = 'removed', hidden_at = NULL, status_changed_at = ? WHERE author_id = ? AND status = 'published' RETURNING id",
      ),
      recent: db.prepare<[number], CommentRow>(
        `${SELECT} WHERE c.status IN ('published', 'pending', 'rejected') ORDER BY c.id DESC LIMIT ?`,
      ),
    };
    this.feedPage = db.prepare<[number, number], CommentRow>(
      `${SELECT} WHERE c.article_id = ? AND c.status = 'published' AND c.hidden_at IS NULL ORDER BY c.id DESC LIMIT ?`,
    );
  }

  findById(id: number): Comment | undefined {
    const row = this.byId.get(id);
    return row && toComment(row);
  }

  /** Stores a comment (a top-level one starts its own thread) and returns it. */
  add(comment: NewComment, now: Date): Comment {
    return this.db.transaction(() => {
      const { id } = this.insertStatement.get({
        ...comment,
        reasons: JSON.stringify(comment.reasons),
        now: now.toISOString(),
      })!;
      if (comment.threadId === null) this.setOwnThread.run(id);
      return this.findById(id)!;
    })();
  }

  /** The threads of one page, with every comment the viewer may see in them, oldest comment first. */
  threadPage(articleId: number, viewerId: number, sort: ThreadSort, limit: number, offset: number): Comment[] {
    return (this.rootsPage[sort].all({ articleId, viewer: viewerId, limit, offset }) as CommentRow[]).map(toComment);
  }

  /**
   * Whether any thread comes after the first `offset` in this order: the pager's "later comments",
   * without counting every thread of a long discussion.
   */
  hasThreadsAfter(articleId: number, viewerId: number, sort: ThreadSort, offset: number): boolean {
    return this.rootAfter[sort].get({ articleId, viewer: viewerId, offset }) !== undefined;
  }

  /** How many visible threads come before this one in the given order (for the page a comment is on). */
  threadsBefore(articleId: number, viewerId: number, rootId: number, sort: ThreadSort): number {
    return (this.rootsBefore[sort].get({ articleId, viewer: viewerId, rootId }) as { n: number }).n;
  }

  countPublished(articleId: number): number {
    return this.publishedCount.get(articleId)!.n;
  }

  /** What the policy needs to know of an author: their published count and recent texts. */
  authorHistory(
    authorId: number,
    since: Date,
    exceptCommentId = 0,
    countPublishedUpTo = 0,
  ): { publishedCount: number; recent: { text: string; at: Date }[] } {
    return {
      publishedCount: countPublishedUpTo > 0 ? this.authorPublished.get(authorId, countPublishedUpTo)!.n : 0,
      recent: this.authorRecent
        .all(authorId, since.toISOString(), exceptCommentId)
        .map((r) => ({ text: r.body, at: new Date(r.created_at) })),
    };
  }

  updateBody(id: number, body: string, status: CommentStatus, reasons: Reason[], now: Date): void {
    this.updateText.run({ id, body, status, reasons: JSON.stringify(reasons), now: now.toISOString() });
  }

  /** Deletion by the author: the row stays as a placeholder for the thread, its text does not. */
  markDeleted(id: number, now: Date): void {
    this.deleteText.run({ id, now: now.toISOString() });
  }

  /** Published comments and the viewer's pending ones, by ascending id after `after`. */
  apiPage(articleId: number, viewerId: number, after: number, limit: number): Comment[] {
    return (this.apiPageStatement.all({ articleId, viewer: viewerId, after, limit }) as CommentRow[]).map(toComment);
  }

  /** A moderation queue by status, newest first. */
  byStatus(status: CommentStatus, limit: number, offset: number): Comment[] {
    return this.moderation.byStatus.all(status, limit, offset).map(toComment);
  }

  countByStatus(status: CommentStatus): number {
    return this.moderation.countByStatus.get(status)!.n;
  }

  findMany(ids: number[]): Comment[] {
    return ids.length ? this.moderation.many.all(JSON.stringify(ids)).map(toComment) : [];
  }

  /** Every comment of an author, in every state, newest first. */
  byAuthor(authorId: number, limit: number, offset: number): Comment[] {
    return this.moderation.byAuthor.all(authorId, limit, offset).map(toComment);
  }

  /** How many of an author's comments are in each state. */
  authorStats(authorId: number): Record<CommentStatus, number> {
    const counts = Object.fromEntries(COMMENT_STATUSES.map((s) => [s, 0])) as Record<CommentStatus, number>;
    for (const r of this.moderation.authorStats.all(authorId)) counts[r.status] = r.n;
    return counts;
  }

  /** An author's comments the policy refused since a time (for automatic escalation). */
  countRejectedSince(authorId: number, since: Date): number {
    return this.moderation.rejectedSince.get(authorId, since.toISOString())!.n;
  }

  /** A moderator's decision: the new status, visible again if it was hidden by reports. */
  setStatus(id: number, status: CommentStatus, now: Date): void {
    this.moderation.setStatus.run(status, now.toISOString(), id);
  }

  hide(id: number, now: Date): void {
    this.moderation.hide.run(now.toISOString(), id);
  }

  /** Removes every published comment of an author (a block that cleans up); returns their ids. */
  removeAllPublishedBy(authorId: number, now: Date): number[] {
    return this.moderation.removeAll.all(now.toISOString(), authorId).map((r) => r.id);
  }

  /** Recent comments, for a dry run of a word-list change. */
  recent(limit: number): Comment[] {
    return this.moderation.recent.all(limit).map(toComment);
  }

  latestPublished(articleId: number, limit: number): Comment[] {
    return this.feedPage.all(articleId, limit).map(toComment);
  }
}
