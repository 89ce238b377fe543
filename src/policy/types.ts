/**
 * The vocabulary of the discussion policy. Nothing here knows about HTTP or
 * the database: rules take text and a small context and return verdicts, so
 * they are tested, benchmarked and evaluated on their own.
 */
import type { Normalized } from './normalize.js';
import type { TriggerHits, Window } from './match.js';
import type { ObsceneMatch } from './obscene.js';
import type { RussianFinding, RussianWord } from './russian.js';
import type { TextWords } from './text-words.js';

export type Decision = 'publish' | 'hold' | 'reject';

/** The clauses of the publisher's policy a reason can invoke. */
export type Clause = 'profanity' | 'personal_attack' | 'inappropriate' | 'spam';

export interface Reason {
  /** Which rule decided (`profanity`, `attacks`, …). */
  rule: string;
  clause: Clause;
  /** What the commenter can do about it, in plain words. */
  message: string;
  /** The span of the submitted text it is about (JavaScript string indices, end exclusive). */
  start: number;
  end: number;
}

export interface Verdict {
  decision: Decision;
  reasons: Reason[];
}

export interface Submission {
  /** Exactly as the commenter typed it. */
  text: string;
  /** The text rules match against (see normalize.ts), computed once per check. */
  normalized: Normalized;
  /** The distinct words of the normalised text, for rules to skip patterns whose words are absent. */
  words: TextWords;
  /** The http(s) links in the text, with their spans and lower-case host names. */
  links: { url: string; host: string; start: number; end: number }[];
  /** What the rules work out once per check and share (see SubmissionMemo). */
  memo: SubmissionMemo;
}

/**
 * Results kept on the submission for the rest of its check. Not in WeakMaps
 * keyed by the submission: V8 keeps a WeakMap's values alive through minor
 * collections, every check's leftovers were copied and promoted, and the
 * collector's pauses made the 99th percentile five times the median.
 */
export interface SubmissionMemo {
  /** The trigger sets the text's words touch, each with those words (indices into its TextWords) (match.ts). */
  triggered?: TriggerHits;
  /** Per pattern index (by its number), the positions of the items whose trigger sets are all present (match.ts). */
  candidates?: number[][];
  /** Windows to scan, per anchor trigger set (match.ts). */
  windows?: Map<number, Window[]>;
  /** The same, by the words around which they were cut: one word by its index, several by their indices joined (match.ts). */
  windowsByWords?: Map<number | string, Window[]>;
  /** Profanity and slurs found (obscene.ts). */
  obscene?: ObsceneMatch[];
  /** Russian profanity, slurs and insults found (russian.ts). */
  russian?: RussianWord[];
  /** What those words are in their sentences, for the attack and hate rules (russian.ts). */
  russianFindings?: readonly RussianFinding[];
  /** Whether the original text has a Cyrillic letter (russian.ts). */
  cyrillic?: boolean;
}

/** A publisher word list compiled for matching: each entry normalised like the text. */
export interface CompiledWordList {
  /** Each entry as written, its pattern, and its first word (no first word in the text, no match). */
  entries: { word: string; regex: RegExp; firstWord: string }[];
}

export interface PolicySettings {
  /** This many links or more: held (WordPress's default is 2). */
  linkLimit: number;
  /** Domains whose links are refused outright (and their subdomains). */
  blockedDomains: string[];
  /** Hold every comment for review. */
  holdAll: boolean;
  /** Hold a new user's comments until this many of theirs have been published (0 = off). */
  holdFirstComments: number;
  /** How readily the classifier holds a comment the rules let through (see CLASSIFIER_LEVELS). */
  classifierLevel: ClassifierLevel;
}

/**
 * The classifier's strictness: the trained default, or a stricter threshold.
 * Training chooses each level's threshold for a share of civil comments still
 * published (models/policy-classifier.json lists them with what they did on
 * the validation split): the strict level holds more attacks and more civil
 * comments with them, a choice for the publisher on the admin page. Stricter
 * thresholds than these held 13–23% of the fairness set's kind sentences about
 * identity groups ("Zoe is a kind gay"), so they are not offered (README).
 */
export const CLASSIFIER_LEVELS = ['standard', 'strict'] as const;
export type ClassifierLevel = (typeof CLASSIFIER_LEVELS)[number];

export interface AuthorRecord {
  /** How many of their comments are published (counted up to the publisher's `holdFirstComments`). */
  publishedCount: number;
  /** Their recent comments' texts and times, newest first (for repeated posts). */
  recent: { text: string; at: Date }[];
  /** While set and in the future, their comments are held (automatic escalation). */
  heldUntil?: Date;
}

export interface PolicyContext {
  now: Date;
  settings: PolicySettings;
  banned: CompiledWordList;
  suspect: CompiledWordList;
  /** Absent for a check that has no author (evaluation scripts). */
  author?: AuthorRecord;
  /** For a reply: the username of the comment's author it answers, a person the reply may be aimed at. */
  replyTo?: string;
}

/** One rule: returns a verdict when it has something to say, else undefined. */
export type Rule = (submission: Submission, context: PolicyContext) => Verdict | undefined;
