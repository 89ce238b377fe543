/**
 * The discussion policy: an ordered list of small pure rules. Every rule sees
 * every comment and may add reasons; the verdict is the most severe decision
 * any rule reached (reject over hold over publish), with all the reasons in
 * rule order, so a commenter learns everything to fix at once.
 *
 * The order, and why:
 *  1. user-state   — holds that depend on who writes, not what (hold all, new
 *                    users, escalation); first because they apply whatever the text.
 *  2. word-list    — the publisher's own banned and suspect words: their
 *                    explicit choices come before our defaults.
 *  3. profanity    — swearing and explicit words (clause: profanity).
 *  4. hate         — slurs, hatred of groups, threats (clause: inappropriate).
 *  5. attacks      — insults aimed at people (clause: personal_attack).
 *  6. spam         — links, promotion, repeats, shouting, floods (clause: spam).
 *  7. classifier   — last, and only when no rule above objected: it catches
 *                    what the word rules cannot see and can only hold.
 */
import { LinkifyIt } from 'linkify-it';
import { normalize } from './normalize.js';
import { attacks } from './rules/attacks.js';
import { classifier } from './rules/classifier.js';
import { hate } from './rules/hate.js';
import { profanity } from './rules/profanity.js';
import { spam } from './rules/spam.js';
import { TextWords } from './text-words.js';
import { userState } from './rules/user-state.js';
import { wordLists } from './rules/word-lists.js';
import type { Decision, PolicyContext, Reason, Rule, Submission, Verdict } from './types.js';

export const RULES: readonly { name: string; rule: Rule }[] = [
  { name: 'user-state', rule: userState },
  { name: 'word-list', rule: wordLists },
  { name: 'profanity', rule: profanity },
  { name: 'hate', rule: hate },
  { name: 'attacks', rule: attacks },
  { name: 'spam', rule: spam },
];

/** Consulted only when the rules above found nothing. */
export const LAST_RULE = { name: 'classifier', rule: classifier };

const SEVERITY: Record<Decision, number> = { publish: 0, hold: 1, reject: 2 };

// Only http(s) links with a scheme count ("example.org" in prose is not a link); linkify-it's
// fuzzy matching of bare domains would turn "Node.js" into a link.
const linkify = new LinkifyIt({ fuzzyLink: false, fuzzyEmail: false, fuzzyIP: false });
linkify.add('ftp:', null).add('mailto:', null).add('//', null);

export function findLinks(text: string): Submission['links'] {
  // Every link counted here has a scheme: no "://", no link, and no need to scan.
  if (!text.includes('://')) return [];
  return (linkify.match(text) ?? []).map((m) => {
    let host = '';
    try {
      host = new URL(m.url).hostname.toLowerCase().replace(/\.$/, '');
    } catch {
      /* linkify found something URL() rejects: it still counts as a link */
    }
    return { url: m.url, host, start: m.index, end: m.lastIndex };
  });
}

export function submissionOf(text: string): Submission {
  const normalized = normalize(text);
  return { text, normalized, words: new TextWords(normalized.text), links: findLinks(text) };
}

export function evaluate(text: string, context: PolicyContext): Verdict {
  const submission = submissionOf(text);
  let decision: Decision = 'publish';
  const reasons: Reason[] = [];
  for (const { rule } of RULES) {
    const verdict = rule(submission, context);
    if (!verdict) continue;
    reasons.push(...verdict.reasons);
    if (SEVERITY[verdict.decision] > SEVERITY[decision]) decision = verdict.decision;
  }
  if (decision === 'publish') {
    const verdict = LAST_RULE.rule(submission, context);
    if (verdict) return verdict;
  }
  return { decision, reasons };
}
