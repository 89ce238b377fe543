import { ValidationError } from '../http/errors.js';

/** The longest comment, in characters (code points: an emoji counts as one). */
export const MAX_COMMENT_LENGTH = 5000;

/**
 * The text of a comment as submitted, or a ValidationError naming the
 * `body` field. The text is kept exactly as sent (no trimming): what a reader
 * sees is what the commenter wrote.
 */
export function commentText(body: unknown): string {
  if (typeof body !== 'string' || body.trim() === '')
    throw new ValidationError({ body: 'Write something before posting.' }, 'The comment is empty.');
  const length = [...body].length;
  if (length > MAX_COMMENT_LENGTH) {
    throw new ValidationError(
      {
        body: `Comments can be at most ${MAX_COMMENT_LENGTH.toLocaleString('en-US')} characters; this one has ${length.toLocaleString('en-US')}.`,
      },
      'The comment is too long.',
    );
  }
  return body;
}
