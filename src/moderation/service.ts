/**
 * The moderation rules: who may report what, what a report threshold does,
 * what a moderator's decision changes, who may block whom. Every action is a
 * change plus a row in the moderation log, in one transaction.
 */
import type { Role, User, UserRepository } from '../accounts/repository.js';
import type { Comment, CommentRepository, CommentStatus } from '../comments/repository.js';
import type { Db } from '../db/database.js';
import { ForbiddenError, HttpError, ValidationError } from '../http/errors.js';
import type { SettingsRepository } from '../settings/repository.js';
import {
  REPORT_REASONS,
  type Block,
  type BlockRepository,
  type ModerationLog,
  type ReportReason,
  type ReportRepository,
} from './repository.js';

export const DECISIONS = { approve: 'published', reject: 'rejected', remove: 'removed' } as const satisfies Record<
  string,
  CommentStatus
>;
export type Decision = keyof typeof DECISIONS;

const MAX_DETAILS = 1000;
const MAX_REASON = 500;

/** A blocked user trying to post, edit or report: 403 with the reason and the end. */
export class BlockedError extends HttpError {
  constructor(block: Block) {
    const until = block.endsAt ? `until ${new Date(block.endsAt).toUTCString()}` : 'permanently';
    super(403, 'blocked', `Your account is blocked ${until}. Reason: ${block.reason}`, {
      reason: block.reason,
      endsAt: block.endsAt,
    });
  }
}

export function describeBlock(block: Block): string {
  return new BlockedError(block).message;
}

export class ModerationService {
  constructor(
    private readonly db: Db,
    private readonly comments: CommentRepository,
    private readonly users: UserRepository,
    private readonly reports: ReportRepository,
    private readonly blocks: BlockRepository,
    private readonly log: ModerationLog,
    private readonly settings: SettingsRepository,
    private readonly clock: () => Date,
  ) {}

  activeBlock(userId: number): Block | undefined {
    return this.blocks.active(userId, this.clock());
  }

  assertNotBlocked(user: User): void {
    const block = this.activeBlock(user.id);
    if (block) throw new BlockedError(block);
  }

  /**
   * A reader reports a comment. The comment stays up and enters the flagged
   * queue; when readers' open reports reach the publisher's threshold it is
   * hidden until a moderator decides. Returns false for a repeated report.
   */
  report(user: User, comment: Comment, reasonValue: string, detailsValue: string): boolean {
    this.assertNotBlocked(user);
    if (comment.author.id === user.id)
      throw new ForbiddenError('You cannot report your own comment; you can edit or delete it.', 'own_comment');
    if (comment.status !== 'published')
      throw new ValidationError(
        { reason: 'Only published comments can be reported.' },
        'Only published comments can be reported.',
      );
    if (!(REPORT_REASONS as readonly string[]).includes(reasonValue)) {
      throw new ValidationError({ reason: 'Choose why you are reporting this comment.' });
    }
    const details = detailsValue.trim();
    if ([...details].length > MAX_DETAILS)
      throw new ValidationError({ details: `Use at most ${MAX_DETAILS} characters.` });
    const now = this.clock();
    return this.db.transaction(() => {
      if (!this.reports.add(comment.id, user.id, reasonValue as ReportReason, details, now)) return false;
      const reporters = this.reports.openReporters(comment.id);
      if (reporters >= this.settings.publisherSettings().reportThreshold && !comment.hiddenAt) {
        this.comments.hide(comment.id, now);
        this.log.add(
          {
            actorId: null,
            action: 'hide',
            commentId: comment.id,
            userId: comment.author.id,
            reason: `${reporters} readers reported it`,
          },
          now,
        );
      }
      return true;
    })();
  }

  /** Approve (publish, clear reports), reject, or remove a comment, with an optional reason. */
  decide(moderator: User, comment: Comment, decision: Decision, reasonValue: string): void {
    const reason = reasonValue.trim().slice(0, MAX_REASON);
    const now = this.clock();
    this.db.transaction(() => {
      this.comments.setStatus(comment.id, DECISIONS[decision], now);
      this.reports.resolveFor(comment.id, now);
      this.log.add(
        {
          actorId: moderator.id,
          action: decision,
          commentId: comment.id,
          userId: comment.author.id,
          reason,
          details: { from: comment.status },
        },
        now,
      );
    })();
  }

  /** The same decision for many comments at once (a moderator clearing a queue of hundreds). */
  decideMany(moderator: User, ids: number[], decision: Decision, reason: string): number {
    const found = this.comments.findMany(ids);
    this.db.transaction(() => {
      for (const comment of found) this.decide(moderator, comment, decision, reason);
    })();
    return found.length;
  }

  /**
   * Blocks a user for some days or for good, optionally removing all their
   * published comments. Moderators cannot block admins, and no one blocks
   * themselves.
   */
  block(moderator: User, target: User, input: { reason: string; days: string; removeComments: boolean }): void {
    if (target.id === moderator.id) throw new ForbiddenError('You cannot block yourself.', 'self_block');
    if (target.role === 'admin' && moderator.role !== 'admin')
      throw new ForbiddenError('Moderators cannot block admins.', 'block_admin');
    const reason = input.reason.trim();
    const errors: Record<string, string> = {};
    if (!reason) errors.reason = 'Say why: the user will see this reason.';
    else if ([...reason].length > MAX_REASON) errors.reason = `Use at most ${MAX_REASON} characters.`;
    const days =
      input.days.trim() === '' ? null : /^\d{1,4}$/.test(input.days.trim()) ? Number(input.days.trim()) : NaN;
    if (days !== null && !(days >= 1 && days <= 3650))
      errors.days = 'Give a number of days from 1 to 3650, or leave it empty for a permanent block.';
    if (Object.keys(errors).length) throw new ValidationError(errors);
    const now = this.clock();
    const endsAt = days === null ? null : new Date(now.getTime() + days * 86_400_000);
    this.db.transaction(() => {
      this.blocks.add(target.id, moderator.id, reason, endsAt, now);
      const removed = input.removeComments ? this.comments.removeAllPublishedBy(target.id, now) : [];
      this.log.add(
        {
          actorId: moderator.id,
          action: 'block',
          userId: target.id,
          reason,
          details: { days, endsAt: endsAt?.toISOString() ?? null, removedComments: removed.length },
        },
        now,
      );
    })();
  }

  unblock(moderator: User, target: User): void {
    const now = this.clock();
    this.db.transaction(() => {
      const lifted = this.blocks.lift(target.id, moderator.id, now);
      this.log.add({ actorId: moderator.id, action: 'unblock', userId: target.id, details: { lifted } }, now);
    })();
  }

  /** An admin gives a role; logged. */
  setRole(admin: User, target: User, role: Role): void {
    const now = this.clock();
    this.db.transaction(() => {
      this.users.setRole(target.id, role);
      this.log.add(
        { actorId: admin.id, action: 'role', userId: target.id, details: { from: target.role, to: role } },
        now,
      );
    })();
  }
}
