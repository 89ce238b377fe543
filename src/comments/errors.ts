/** The ways posting, editing or deleting a comment can be refused, each with its status and code. */
import { HttpError } from '../http/errors.js';
import type { Reason } from '../policy/types.js';

export class CommentsClosedError extends HttpError {
  constructor() {
    super(403, 'comments_closed', 'Comments on this article are closed.');
  }
}

/** The discussion policy refused the text; the reasons say what and where. */
export class PolicyRejectedError extends HttpError {
  constructor(readonly reasons: Reason[]) {
    super(422, 'policy_rejected', 'This comment breaks the discussion policy and was not published.', { reasons });
  }
}

export class NotAuthorError extends HttpError {
  constructor(action: string) {
    super(403, 'not_author', `Only the author of a comment can ${action} it.`);
  }
}

export class EditWindowClosedError extends HttpError {
  constructor(minutes: number) {
    super(
      403,
      'edit_window_closed',
      `Comments can be edited for ${minutes} minutes after posting; this one can no longer be changed.`,
    );
  }
}

export class CommentGoneError extends HttpError {
  constructor() {
    super(403, 'comment_gone', 'This comment was deleted or removed and can no longer be changed.');
  }
}
