/**
 * Policy clause: profanity. Swearing and sexually explicit words (see
 * obscene.ts for how they are found), self-censored swearing, and Russian
 * swearing (russian.ts).
 */
import { quote, reasonsFor, words } from '../match.js';
import { obsceneMatches } from '../obscene.js';
import { russianWords } from '../russian.js';
import type { Reason, Rule } from '../types.js';

/**
 * Self-censored swearing ("sh*t", "s**t", "b#tch", "f**k", an emoji for the vowel:
 * "f🤬ck"; "fu(k"): the letters are hidden but the word is not, and the policy
 * is about the word. (obscenity already reads some of these, "f*ck" among them.)
 */
const MASK = '(?:[*#%]|[\\uD83C-\\uD83E][\\uDC00-\\uDFFF])';
const MASKED = words(
  [
    `f${MASK}+c?k(?:ing|ed|er|s)?`,
    `f${MASK}{2,}k?`,
    'fu\\(k(?:ing|ed|er|s)?',
    `sh${MASK}+te?(?:ty|s)?`,
    `s${MASK}{2}t(?:ty|s)?`,
    // (three stars alone hide any word: "s***" is a swear only in a swear's phrase, "piece of s***", "bulls***")
    `(?:bull)?s${MASK}{3}(?<=(?:piece\\s+of\\s+|full\\s+of\\s+|holy\\s+|bull)s${MASK}{3})`,
    `b${MASK}+t?ch(?:es)?`,
    `c${MASK}+nt`,
    `a${MASK}{1,2}hole`,
    `d${MASK}+ck`,
    `di${MASK}k(?:head|s)?`,
    `p${MASK}+ssy`,
    `wh${MASK}+re`,
    `sl${MASK}t(?:s|ty)?`,
    `mother${MASK}+ucker`,
  ].join('|'),
);

// (an emoji only between letters: after a word, "lol😂", it is no mask)
const MASK_AFTER_LETTER = /[a-z][*#%]|[a-z][\uD83C-\uD83E][\uDC00-\uDFFF][a-z]|u\(/;

export const profanity: Rule = (submission) => {
  const reasons: Reason[] = [
    ...obsceneMatches(submission).filter((m) => !m.slur),
    ...russianWords(submission).filter((w) => w.kind === 'profanity'),
  ].map((m) => ({
    rule: 'profanity',
    clause: 'profanity',
    start: m.start,
    end: m.end,
    message: `“${quote(submission, m)}” is profanity, which the discussion policy does not allow. Please say it without.`,
  }));
  // Only a text with a mask character after a letter can hold a masked word (a hashtag's "#" is not one).
  const masked = !MASK_AFTER_LETTER.test(submission.normalized.text)
    ? []
    : reasonsFor(submission, MASKED, (m) => ({
        rule: 'profanity',
        clause: 'profanity' as const,
        message: `Even with letters hidden, “${m[0]}” is profanity, which the discussion policy does not allow. Please say it without.`,
      }));
  const all = [...reasons, ...masked.filter((m) => !reasons.some((r) => r.start <= m.start && r.end >= m.end))];
  if (!all.length) return undefined;
  return { decision: 'reject', reasons: all.sort((a, b) => a.start - b.start) };
};
