/**
 * Reading fields from a parsed body. A field sent twice arrives as an array and
 * a JSON client may send any type; both count as missing rather than crashing a
 * handler that expects a string.
 */
export function textField(body: unknown, name: string): string {
  const value = (body as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : '';
}

/**
 * The local path to go to after signing in, or undefined. Only a path on this
 * site is followed: `//evil.example`, `/\evil.example`, absolute URLs and
 * anything with control characters (header injection) are refused, so the
 * log-in form cannot be used as an open redirect.
 */
export function safeLocalPath(next: unknown): string | undefined {
  if (typeof next !== 'string' || next.length > 2000) return undefined;
  if (!next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return undefined;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(next)) return undefined;
  const base = 'http://local.invalid';
  let url: URL;
  try {
    url = new URL(next, base);
  } catch {
    return undefined;
  }
  return url.origin === base ? url.pathname + url.search + url.hash : undefined;
}
