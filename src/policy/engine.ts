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
import { isSpaceCode } from './match.js';
import { normalize } from './normalize.js';
import { attacks } from './rules/attacks.js';
import { classifier } from './rules/classifier.js';
import { hate } from './rules/hate.js';
import { profanity } from './rules/profanity.js';
import { spam } from './rules/spam.js';
import { TextWords } from './text-words.js';
import { userState } from './rules/user-state.js';
import { wordLists } from './rules/word-lists.js';
import type { Decision, PolicyContext, Reason, Rule, Submission, SubmissionMemo, Verdict } from './types.js';

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

/**
 * A run that is one plain link from end to end: scheme, host name, an
 * optional port and a path of safe characters ending in a letter, digit or
 * slash. linkify would take it whole too (a test holds the two equal on the
 * dev set), and its own patterns cost several microseconds per link.
 */
const PLAIN_LINK =
  /^https?:\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?::\d{1,5})?(?:\/(?:[a-z0-9._~%/-]*[a-z0-9/])?)?$/i;

export function findLinks(text: string): Submission['links'] {
  // Every link counted here has a scheme: no "://", no link, and no need to scan.
  if (!text.includes('://')) return [];
  const links: Submission['links'] = [];
  // A link holds no white space: linkify reads only the space-delimited runs around each "://", not
  // the whole comment (its patterns cost a few microseconds per thousand characters, on every check).
  for (let at = text.indexOf('://'); at >= 0;) {
    let start = at;
    while (start > 0 && !isSpaceCode(text.charCodeAt(start - 1))) start--;
    let end = at + 3;
    while (end < text.length && !isSpaceCode(text.charCodeAt(end))) end++;
    const run = text.slice(start, end);
    if (PLAIN_LINK.test(run)) addLink(links, run, start, end);
    else for (const m of linkify.match(run) ?? []) addLink(links, m.url, start + m.index, start + m.lastIndex);
    at = text.indexOf('://', end);
  }
  return links;
}

function addLink(links: Submission['links'], url: string, start: number, end: number): void {
  let host = '';
  try {
    host = new URL(url).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    /* linkify found something URL() rejects: it still counts as a link */
  }
  // A host without a dot ("http://t…", a link cut short when a tweet was quoted; "localhost") leads
  // nowhere a reader can go: not a link, for the spam rule or for the page. IPv6 hosts have colons.
  if (host && !host.includes('.') && !host.includes(':')) return;
  links.push({ url, host, start, end });
}

/** linkify over the whole text, every link kept: what findLinks must agree with, bar dotless hosts (tests only). */
export function linksByFullScan(text: string): { url: string; start: number; end: number }[] {
  return (linkify.match(text) ?? []).map((m) => ({ url: m.url, start: m.index, end: m.lastIndex }));
}

/** `wordStore`: a store for the word index that nothing else reads while this submission is in use (see TextWords). */
export function submissionOf(text: string, wordStore?: Int32Array): Submission {
  const normalized = normalize(text);
  return {
    text,
    normalized,
    words: new TextWords(normalized.text, wordStore),
    links: findLinks(text),
    memo: emptyMemo(),
  };
}

/**
 * Every field of the memo there from the start, in one order: filled as each check's rules happened to ask, the memos
 * came in many shapes, and every read of one went through V8's generic property lookup.
 */
const emptyMemo = (): SubmissionMemo => ({
  triggered: undefined,
  candidates: undefined,
  windows: undefined,
  windowsByWords: undefined,
  obscene: undefined,
  russian: undefined,
  russianFindings: undefined,
  cyrillic: undefined,
});

/** The word index's store, lent to one check at a time: no check keeps its submission once it has its verdict. */
let wordStore: Int32Array | undefined;

export function evaluate(text: string, context: PolicyContext): Verdict {
  const store = wordStore;
  wordStore = undefined; // (a check inside a check, were a rule ever to make one, gets a store of its own)
  const submission = submissionOf(text, store);
  try {
    const verdict = decide(submission, RULES, context);
    if (verdict.decision === 'publish') return LAST_RULE.rule(submission, context) ?? verdict;
    return verdict;
  } finally {
    // The larger of the two: a long comment's store serves the next ones.
    wordStore = store && store.length >= submission.words.buffer.length ? store : submission.words.buffer;
  }
}

/** The most severe decision of the given rules, with all their reasons in rule order. */
function decide(submission: Submission, rules: readonly { rule: Rule }[], context: PolicyContext): Verdict {
  let decision: Decision = 'publish';
  const reasons: Reason[] = [];
  for (const { rule } of rules) {
    const verdict = rule(submission, context);
    if (!verdict) continue;
    reasons.push(...verdict.reasons);
    if (SEVERITY[verdict.decision] > SEVERITY[decision]) decision = verdict.decision;
  }
  return { decision, reasons };
}

/** The rules that judge what words say: for a name, where links, repeats and the classifier mean nothing. */
const NAME_RULES = RULES.filter((r) => ['word-list', 'profanity', 'hate', 'attacks'].includes(r.name));

/**
 * The verdict on a username ("you_idiot", "sh1thead99"): the same
 * normalisation and word rules as a comment, underscores read as spaces so
 * the words a name is made of are seen. Spans are in the name as given.
 */
export function evaluateName(name: string, context: PolicyContext): Verdict {
  const { author: _author, ...withoutAuthor } = context;
  return decide(submissionOf(name.replaceAll('_', ' ')), NAME_RULES, withoutAuthor);
}
