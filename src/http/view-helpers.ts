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

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400],
  ['month', 30 * 86_400],
  ['week', 7 * 86_400],
  ['day', 86_400],
  ['hour', 3600],
  ['minute', 60],
];
const RELATIVE = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/** "just now", "3 minutes ago", "yesterday", "2 years ago". */
export function relativeTime(iso: string, now: Date = new Date()): string {
  const seconds = Math.round((new Date(iso).getTime() - now.getTime()) / 1000);
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return RELATIVE.format(Math.round(seconds / size), unit);
  }
  return 'just now';
}

const FULL = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' });
/** "17 March 2010 at 09:00 UTC", for a title attribute. */
export function formatDateTime(iso: string): string {
  return `${FULL.format(new Date(iso))} UTC`;
}
