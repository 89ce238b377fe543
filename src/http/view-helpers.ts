/** Small formatting functions the templates share (exposed as `app.locals`). */

/** "No Comments", "One Comment", "2 Comments": the publisher's wording. */
export function commentCountLabel(count: number): string {
  if (count === 0) return 'No Comments';
  if (count === 1) return 'One Comment';
  return `${count.toLocaleString('en-US')} Comments`;
}

const LONG_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "17 March 2010", in UTC so every reader and every server prints the same day. */
export function formatDate(iso: string): string {
  return LONG_DATE.format(new Date(iso));
}
