/**
 * The moderation tables: reports, blocks, and the moderation log. One class
 * per table, all SQL here, statements prepared once.
 */
import type { Db } from '../db/database.js';

export const REPORT_REASONS = ['profanity', 'personal_attack', 'spam', 'inappropriate', 'other'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

export interface Report {
  id: number;
  commentId: number;
  reporter: { id: number; username: string };
  reason: ReportReason;
  details: string;
  createdAt: string;
  resolvedAt: string | null;
}

interface ReportRow {
  id: number;
  comment_id: number;
  reporter_id: number;
  username: string;
  reason: ReportReason;
  details: string;
  created_at: string;
  resolved_at: string | null;
}

const toReport = (r: ReportRow): Report => ({
  id: r.id,
  commentId: r.comment_id,
  reporter: { id: r.reporter_id, username: r.username },
  reason: r.reason,
  details: r.details,
  createdAt: r.created_at,
  resolvedAt: r.resolved_at,
});

const REPORT_SELECT = `SELECT r.id, r.comment_id, r.reporter_id, u.username, r.reason, r.details, r.created_at, r.resolved_at
  FROM reports r JOIN users u ON u.id = r.reporter_id`;

export class ReportRepository {
  private readonly insert;
  private readonly open;
  private readonly resolve;
  private readonly flagged;
  private readonly flaggedCount;
  private readonly byReporter;
  private readonly againstAuthor;
  private readonly openForStatement;
  private readonly countAgainstStatement;

  constructor(db: Db) {
    // One statement for any number of comments: their ids come as a JSON array.
    this.openForStatement = db.prepare<[string], ReportRow>(
      `${REPORT_SELECT} WHERE r.resolved_at IS NULL AND r.comment_id IN (SELECT value FROM json_each(?)) ORDER BY r.id`,
    );
    this.insert = db.prepare(
      `INSERT INTO reports (comment_id, reporter_id, reason, details, created_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (comment_id, reporter_id) DO NOTHING`,
    );
    this.open = db.prepare<[number], { n: number }>(
      'SELECT count(DISTINCT reporter_id) AS n FROM reports WHERE comment_id = ? AND resolved_at IS NULL',
    );
    this.resolve = db.prepare('UPDATE reports SET resolved_at = ? WHERE comment_id = ? AND resolved_at IS NULL');
    // The flagged queue: comments with open reports, most recently reported first.
    this.flagged = db.prepare<[number, number], { comment_id: number }>(
      `SELECT comment_id FROM reports WHERE resolved_at IS NULL
       GROUP BY comment_id ORDER BY max(id) DESC LIMIT ? OFFSET ?`,
    );
    this.flaggedCount = db.prepare<[], { n: number }>(
      'SELECT count(DISTINCT comment_id) AS n FROM reports WHERE resolved_at IS NULL',
    );
    this.countAgainstStatement = db.prepare<[number], { n: number }>(
      'SELECT count(*) AS n FROM reports r JOIN comments c ON c.id = r.comment_id WHERE c.author_id = ?',
    );
    this.byReporter = db.prepare<[number], ReportRow>(
      `${REPORT_SELECT} WHERE r.reporter_id = ? ORDER BY r.id DESC LIMIT 200`,
    );
    this.againstAuthor = db.prepare<[number], ReportRow>(
      `${REPORT_SELECT} JOIN comments c ON c.id = r.comment_id WHERE c.author_id = ? ORDER BY r.id DESC LIMIT 200`,
    );
  }

  /** Adds a report; false when this reader had already reported this comment. */
  add(commentId: number, reporterId: number, reason: ReportReason, details: string, now: Date): boolean {
    return this.insert.run(commentId, reporterId, reason, details, now.toISOString()).changes === 1;
  }

  /** Distinct readers with open reports on a comment. */
  openReporters(commentId: number): number {
    return this.open.get(commentId)!.n;
  }

  resolveFor(commentId: number, now: Date): void {
    this.resolve.run(now.toISOString(), commentId);
  }

  flaggedCommentIds(limit: number, offset: number): number[] {
    return this.flagged.all(limit, offset).map((r) => r.comment_id);
  }

  countFlagged(): number {
    return this.flaggedCount.get()!.n;
  }

  /** Open reports of the given comments, with their reporters. */
  openFor(commentIds: number[]): Report[] {
    return commentIds.length ? this.openForStatement.all(JSON.stringify(commentIds)).map(toReport) : [];
  }

  madeBy(userId: number): Report[] {
    return this.byReporter.all(userId).map(toReport);
  }

  /** How many reports were made against a user's comments. */
  countAgainst(userId: number): number {
    return this.countAgainstStatement.get(userId)!.n;
  }

  against(userId: number): Report[] {
    return this.againstAuthor.all(userId).map(toReport);
  }
}

export interface Block {
  id: number;
  userId: number;
  moderator: { id: number; username: string } | null;
  reason: string;
  createdAt: string;
  endsAt: string | null;
  liftedAt: string | null;
}

interface BlockRow {
  id: number;
  user_id: number;
  moderator_id: number | null;
  moderator: string | null;
  reason: string;
  created_at: string;
  ends_at: string | null;
  lifted_at: string | null;
}

const toBlock = (r: BlockRow): Block => ({
  id: r.id,
  userId: r.user_id,
  moderator: r.moderator_id === null ? null : { id: r.moderator_id, username: r.moderator ?? '' },
  reason: r.reason,
  createdAt: r.created_at,
  endsAt: r.ends_at,
  liftedAt: r.lifted_at,
});

const BLOCK_SELECT = `SELECT b.id, b.user_id, b.moderator_id, m.username AS moderator, b.reason, b.created_at, b.ends_at, b.lifted_at
  FROM blocks b LEFT JOIN users m ON m.id = b.moderator_id`;

export class BlockRepository {
  private readonly activeStatement;
  private readonly insert;
  private readonly liftStatement;
  private readonly forUserStatement;

  constructor(db: Db) {
    // A block is in force until lifted or, for a timed one, until it ends: no job needs to end it.
    this.activeStatement = db.prepare<[number, string], BlockRow>(
      `${BLOCK_SELECT} WHERE b.user_id = ? AND b.lifted_at IS NULL AND (b.ends_at IS NULL OR b.ends_at > ?)
       ORDER BY b.ends_at IS NULL DESC, b.ends_at DESC LIMIT 1`,
    );
    this.insert = db.prepare<[number, number | null, string, string, string | null], { id: number }>(
      'INSERT INTO blocks (user_id, moderator_id, reason, created_at, ends_at) VALUES (?, ?, ?, ?, ?) RETURNING id',
    );
    this.liftStatement = db.prepare(
      `UPDATE blocks SET lifted_at = ?, lifted_by = ?
       WHERE user_id = ? AND lifted_at IS NULL AND (ends_at IS NULL OR ends_at > ?)`,
    );
    this.forUserStatement = db.prepare<[number], BlockRow>(`${BLOCK_SELECT} WHERE b.user_id = ? ORDER BY b.id DESC`);
  }

  /** The block in force for a user now (the longest, if several), or undefined. */
  active(userId: number, now: Date): Block | undefined {
    const row = this.activeStatement.get(userId, now.toISOString());
    return row && toBlock(row);
  }

  add(userId: number, moderatorId: number | null, reason: string, endsAt: Date | null, now: Date): number {
    return this.insert.get(userId, moderatorId, reason, now.toISOString(), endsAt?.toISOString() ?? null)!.id;
  }

  /** Lifts every block in force; returns how many there were. */
  lift(userId: number, by: number, now: Date): number {
    const at = now.toISOString();
    return this.liftStatement.run(at, by, userId, at).changes;
  }

  forUser(userId: number): Block[] {
    return this.forUserStatement.all(userId).map(toBlock);
  }
}

export interface LogEntry {
  id: number;
  actor: { id: number; username: string } | null;
  action: string;
  commentId: number | null;
  user: { id: number; username: string } | null;
  reason: string;
  details: Record<string, unknown>;
  createdAt: string;
}

interface LogRow {
  id: number;
  actor_id: number | null;
  actor: string | null;
  action: string;
  comment_id: number | null;
  user_id: number | null;
  username: string | null;
  reason: string;
  details: string;
  created_at: string;
}

export class ModerationLog {
  private readonly insert;
  private readonly page;
  private readonly count;

  constructor(db: Db) {
    this.insert = db.prepare(
      'INSERT INTO moderation_log (actor_id, action, comment_id, user_id, reason, details, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    // Filters are optional: a NULL parameter matches every row.
    const where = `(@actor IS NULL OR (@actor = 0 AND l.actor_id IS NULL) OR l.actor_id = @actor)
      AND (@user IS NULL OR l.user_id = @user)`;
    this.page = db.prepare(
      `SELECT l.id, l.actor_id, a.username AS actor, l.action, l.comment_id, l.user_id, u.username, l.reason, l.details, l.created_at
       FROM moderation_log l LEFT JOIN users a ON a.id = l.actor_id LEFT JOIN users u ON u.id = l.user_id
       WHERE ${where} ORDER BY l.id DESC LIMIT @limit OFFSET @offset`,
    );
    this.count = db.prepare(`SELECT count(*) AS n FROM moderation_log l WHERE ${where}`);
  }

  add(
    entry: {
      actorId: number | null;
      action: string;
      commentId?: number | null;
      userId?: number | null;
      reason?: string;
      details?: Record<string, unknown>;
    },
    now: Date,
  ): void {
    this.insert.run(
      entry.actorId,
      entry.action,
      entry.commentId ?? null,
      entry.userId ?? null,
      entry.reason ?? '',
      JSON.stringify(entry.details ?? {}),
      now.toISOString(),
    );
  }

  /** Newest first; `actor` 0 means the system. */
  list(
    filter: { actor?: number; user?: number },
    limit: number,
    offset: number,
  ): { entries: LogEntry[]; total: number } {
    const params = { actor: filter.actor ?? null, user: filter.user ?? null };
    const rows = this.page.all({ ...params, limit, offset }) as LogRow[];
    return {
      entries: rows.map((r) => ({
        id: r.id,
        actor: r.actor_id === null ? null : { id: r.actor_id, username: r.actor ?? '' },
        action: r.action,
        commentId: r.comment_id,
        user: r.user_id === null ? null : { id: r.user_id, username: r.username ?? '' },
        reason: r.reason,
        details: JSON.parse(r.details) as Record<string, unknown>,
        createdAt: r.created_at,
      })),
      total: (this.count.get(params) as { n: number }).n,
    };
  }
}
