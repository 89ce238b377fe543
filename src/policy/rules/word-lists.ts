/**
 * The publisher's own word lists: banned words are refused, suspect words are
 * held for a moderator. Entries are normalised exactly like comments, so a
 * banned word is caught in its leetspeak, spaced-out and look-alike forms too,
 * and matched as whole words ("ass" does not catch "class").
 */
import { normalize } from '../normalize.js';
import { MODERATOR_READS, reasonsFor, unindexedPattern } from '../match.js';
import type { CompiledWordList, Rule } from '../types.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function compileWordList(entries: readonly string[]): CompiledWordList {
  return {
    entries: entries
      .map((word) => word.trim())
      .filter(Boolean)
      .map((word) => {
        const parts = normalize(word)
          .text.trim()
          .split(/[\s\p{P}]+/u)
          .filter(Boolean);
        const source = parts.map(escape).join('[\\s\\p{P}]+');
        return {
          word,
          regex: new RegExp(`(?<![\\p{L}\\p{N}])${source}(?![\\p{L}\\p{N}])`, 'gu'),
          firstWord: parts[0] ?? '',
        };
      }),
  };
}

export const wordLists: Rule = (submission, context) => {
  const present = (e: CompiledWordList['entries'][number]) => submission.words.has(e.firstWord);
  const banned = context.banned.entries.filter(present).flatMap((e) =>
    reasonsFor(submission, unindexedPattern(e.regex), () => ({
      rule: 'word-list',
      clause: 'inappropriate' as const,
      message: `“${e.word}” is on this publisher's list of words not allowed in comments. Please remove it.`,
    })),
  );
  const suspect = context.suspect.entries.filter(present).flatMap((e) =>
    reasonsFor(submission, unindexedPattern(e.regex), () => ({
      rule: 'word-list',
      clause: 'inappropriate' as const,
      message: `“${e.word}” is on this publisher's watch list; ${MODERATOR_READS}`,
    })),
  );
  if (!banned.length && !suspect.length) return undefined;
  return {
    decision: banned.length ? 'reject' : 'hold',
    reasons: [...banned, ...suspect].sort((a, b) => a.start - b.start),
  };
};
