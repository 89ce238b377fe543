/**
 * A comment's plain text as safe HTML: every character of the commenter's is
 * escaped, blank lines make paragraphs, single line breaks make <br>, and
 * http(s) URLs become links marked as user content (rel="nofollow ugc
 * noopener"). Nothing the commenter types becomes markup: what a reader sees is
 * the text that was sent. Links are the ones the policy counts (linkify-it,
 * http(s) with a scheme only), so what is shown as a link is what was checked.
 */
import { findLinks } from '../policy/engine.js';
import type { Reason } from '../policy/types.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

function renderLine(line: string): string {
  let out = '';
  let at = 0;
  for (const link of findLinks(line)) {
    out += escapeHtml(line.slice(at, link.start));
    out += `<a href="${escapeHtml(link.url)}" rel="nofollow ugc noopener">${escapeHtml(line.slice(link.start, link.end))}</a>`;
    at = link.end;
  }
  return out + escapeHtml(line.slice(at));
}

export function renderCommentBody(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n+/)
    .map((paragraph) => paragraph.replace(/^\n+|\n+$/g, ''))
    .filter((paragraph) => paragraph.trim() !== '')
    .map((paragraph) => `<p>${paragraph.split('\n').map(renderLine).join('<br>\n')}</p>`)
    .join('\n');
}

/** The text with the policy's spans marked (<mark>), escaped, for showing a refused comment back to its author. */
export function markReasons(text: string, reasons: Reason[]): string {
  const spans = reasons
    .filter((r) => r.end > r.start && !(r.start === 0 && r.end === text.length))
    .map((r) => [r.start, r.end] as [number, number])
    .sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [start, end] of spans) {
    if (start < at) continue;
    out += escapeHtml(text.slice(at, start)) + `<mark>${escapeHtml(text.slice(start, end))}</mark>`;
    at = end;
  }
  return (out + escapeHtml(text.slice(at))).replace(/\r\n?|\n/g, '<br>\n');
}
