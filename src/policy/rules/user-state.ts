/**
 * Holds that depend on the author, not the text: the publisher holds every
 * comment, holds a new user's first comments, or this user is under automatic
 * escalation after repeated rejections. The text may be fine; a person reads it
 * first.
 */
import type { Clause, Rule, Verdict } from '../types.js';

export const userState: Rule = (submission, context) => {
  const hold = (clause: Clause, message: string): Verdict => ({
    decision: 'hold',
    reasons: [{ rule: 'user-state', clause, message, start: 0, end: submission.text.length }],
  });
  const { settings, author, now } = context;
  if (author?.heldUntil && author.heldUntil > now) {
    return hold(
      'inappropriate',
      'Your recent comments broke the discussion policy several times, so for now a moderator reads your comments before they appear.',
    );
  }
  if (settings.holdAll)
    return hold('inappropriate', 'Every comment on this site is read by a moderator before it appears.');
  if (author && settings.holdFirstComments > 0 && author.publishedCount < settings.holdFirstComments) {
    // Holding newcomers is WordPress's defence against drive-by spam accounts.
    return hold('spam', 'Welcome! A moderator reads a new member’s first comments before they appear.');
  }
  return undefined;
};
