/**
 * Automatic escalation (no reference system has it): a user whose comments the
 * policy refused N times in 24 hours gets every comment held for review for the
 * next days — a cooling-off that needs no moderator awake at 3 a.m. Logged
 * like any other action, with the system as the actor.
 */
import type { UserRepository } from '../accounts/repository.js';
import type { CommentRepository } from '../comments/repository.js';
import type { SettingsRepository } from '../settings/repository.js';
import type { ModerationLog } from './repository.js';

const DAY_MS = 86_400_000;

export class Escalation {
  constructor(
    private readonly comments: CommentRepository,
    private readonly users: UserRepository,
    private readonly log: ModerationLog,
    private readonly settings: SettingsRepository,
    private readonly clock: () => Date,
  ) {}

  /** Until when the user's comments are held, if that is still in the future. */
  heldUntil(userId: number): Date | undefined {
    const until = this.users.heldUntil(userId);
    return until && until > this.clock() ? until : undefined;
  }

  /** Called after each refusal: escalates when the count reaches the setting (0 turns it off). */
  afterRejection(userId: number): void {
    const { escalationRejections, escalationDays } = this.settings.publisherSettings();
    if (escalationRejections === 0 || this.heldUntil(userId)) return;
    const now = this.clock();
    const rejected = this.comments.countRejectedSince(userId, new Date(now.getTime() - DAY_MS));
    if (rejected < escalationRejections) return;
    const until = new Date(now.getTime() + escalationDays * DAY_MS);
    this.users.setHeldUntil(userId, until);
    this.log.add(
      {
        actorId: null,
        action: 'escalate',
        userId,
        reason: `${rejected} comments refused by the policy in 24 hours`,
        details: { heldUntil: until.toISOString() },
      },
      now,
    );
  }
}
