/** Helpers the rules share: find a pattern in the normalised text and report it against the original. */
import { EVERYDAY_WORDS, PREPOSITIONS, spelledOut } from './lexicon.js';
import { originalSpan } from './normalize.js';
import type { Clause, Reason, Submission } from './types.js';
import { isBasicPlaneWordCode } from './text-words.js';
import { WordMemory } from './word-memory.js';

/**
 * Every match of `pattern` (global, against the normalised text) as a reason
 * whose span is in the original. `group` picks the part of the match to mark
 * (e.g. the insult rather than the whole sentence). Whatever else `make`
 * returns with the reason (a rule's own hold flag) stays on it.
 */
export function reasonsFor<T extends { rule: string; clause: Clause }>(
  submission: Submission,
  wordPattern: WordPattern,
  make: (match: RegExpExecArray) => T | undefined,
  group = 0,
): (T & Pick<Reason, 'start' | 'end'>)[] {
  const reasons: (T & Pick<Reason, 'start' | 'end'>)[] = [];
  // A pattern whose trigger words are absent cannot match: skip the scan.
  const hits = triggered(submission);
  const { triggers } = wordPattern;
  for (let t = 0; t < triggers.length; t++) if (!hits.has(triggers[t]!)) return reasons;
  const text = submission.normalized.text;
  // A pattern that opens with a word list is tried only where one of the list's words begins, in the windows that
  // pass the tests below (see `listFirst`); a match may run on past its window's end, as in a scan of the whole text.
  const sticky = everywhere ? undefined : wordPattern.sticky;
  let starts: number[] | undefined; // (read when a window first passes)
  let free = 0;
  for (const { from, to, head, slice } of windowsFor(submission, wordPattern)) {
    // Nor can it match in a window without a word of each of its other sets ("you" near the insult):
    // a substring test, which a word passes whenever it is there.
    if (!everyOtherSetIn(submission, slice, triggers, hits)) continue;
    // Nor without the words its source spells out for every match ("belong" of "belong in a camp").
    if (!everywhere && !allIn(slice, wordPattern.mandatory)) continue;
    if (windowCounts) windowCounts.set(wordPattern, (windowCounts.get(wordPattern) ?? 0) + 1);
    if (sticky) {
      starts ??= startsOf(submission, hits, wordPattern.start!);
      for (let i = 0; i < starts.length && starts[i]! < to; i++) {
        const at = starts[i]!;
        if (at < from || at < free) continue; // (inside the last match, as a scan would skip it)
        sticky.lastIndex = at;
        const m = sticky.exec(text);
        if (!m || m[0] === '') continue;
        if (isWordChar(text.charCodeAt(at - 1)) || isWordChar(text.charCodeAt(at + m[0].length))) continue;
        free = at + m[0].length;
        reportMatch(submission, m, make, group, reasons);
      }
      continue;
    }
    const pattern = wordPattern.regex;
    pattern.lastIndex = head.length;
    for (let m = pattern.exec(slice); m; m = pattern.exec(slice)) {
      if (m[0] === '') {
        pattern.lastIndex++;
        continue;
      }
      if (m.index - head.length >= to - from) break;
      const at = m.index;
      m.index += from - head.length;
      if (isWordChar(text.charCodeAt(m.index - 1)) || isWordChar(text.charCodeAt(m.index + m[0].length))) {
        pattern.lastIndex = at + 1; // inside a word of another script ("бidiot"): not a match; look on
        continue;
      }
      // (the group's index, read by `report`, is the window's: moved to the text's as the match's was)
      const indices = m.indices?.[group];
      if (group && indices) indices[0] += from - head.length;
      reportMatch(submission, m, make, group, reasons);
    }
  }
  return reasons;
}

/**
 * Numbers in ascending order, in place. The arrays sorted here are short and mostly in order already (a few dozen
 * positions, or the occurrences of two or three words), and Array#sort called its comparator for every comparison
 * (a seventieth of a check's instructions): an insertion sort for those, the built-in one for long arrays.
 */
export function sortAscending(numbers: number[]): void {
  if (numbers.length > 64) {
    numbers.sort((a, b) => a - b);
    return;
  }
  for (let i = 1; i < numbers.length; i++) {
    const value = numbers[i]!;
    let j = i - 1;
    for (; j >= 0 && numbers[j]! > value; j--) numbers[j + 1] = numbers[j]!;
    numbers[j + 1] = value;
  }
}

/** `make`'s reason for a match, if it gives one, with the span of the match's `group` in the original. */
function reportMatch<T extends { rule: string; clause: Clause }>(
  submission: Submission,
  m: RegExpExecArray,
  make: (match: RegExpExecArray) => T | undefined,
  group: number,
  reasons: (T & Pick<Reason, 'start' | 'end'>)[],
): void {
  const what = make(m);
  if (!what) return;
  const part = m[group] ?? m[0];
  // With the "d" flag, the group's own index (it may lie before the match); else found in the match.
  const groupAt = group ? m.indices?.[group]?.[0] : undefined;
  const offset = groupAt ?? m.index + (group ? m[0].indexOf(part) : 0);
  reasons.push({ ...what, ...originalSpan(submission.normalized, offset, offset + part.length) });
}

/** Where the words of a text's trigger set begin, in order. */
function startsOf(submission: Submission, hits: TriggerHits, set: number): number[] {
  const out: number[] = [];
  const { words } = submission;
  for (let e = hits.firstEntry(set); e >= 0; e = hits.nextEntry(e))
    for (let o = words.firstOccurrenceOf(hits.wordOf(e)); o >= 0; o = words.nextOccurrenceOf(o))
      out.push(words.occurrenceStart(o));
  if (!hits.oneWord(set)) sortAscending(out);
  return out;
}

/**
 * A word list a pattern may open with, and the first word of each of its spellings: "middle eastern(?:ers?)?" opens
 * with "middle", "brain-dead" with "brain".
 */
export interface OpeningList {
  source: string;
  firstWords: readonly string[];
}
export function openingList(source: string, entries: readonly string[]): OpeningList {
  const firstWords = entries.flatMap((entry) => {
    const spellings = spelledOut(entry);
    if (!spellings) throw new Error(`openingList: "${entry}" is not a plain spelling`);
    return spellings.map((spelling) => spelling.split(/[^a-z0-9]+/)[0]!);
  });
  if (firstWords.some((w) => !w)) throw new Error('openingList: an entry does not begin with a letter');
  return { source, firstWords: [...new Set(firstWords)] };
}

/**
 * `words`, for a pattern each of whose alternatives opens with one of `lists` (checked here, as the source is read):
 * in each window that passes the other tests, tried only where one of the lists' first words begins, with a sticky
 * copy of the expression over the whole text. A scan entered the list's alternation, a tree of thousands of
 * comparisons compiled to code the cache had mostly lost, at every character of the window: the groups' and the
 * insults' patterns cost ten to fifty microseconds a window in a typical check. Tried at every such word of the text
 * instead of in the windows, they ran where the windows' tests had spared them, and a check read more of their code
 * (a tenth more misses of the 1 MB level's instructions). The matches are those of a scan (`scanWholeTexts` scans,
 * for the test that compares the two).
 */
export function listFirst(lists: readonly OpeningList[], source: string, ...triggers: Iterable<string>[]): WordPattern {
  // (after the groups it opens: "((?:list) …)" opens with the list, as does "(list)")
  const opening = (part: string) => part.replace(/^(?:\((?:\?:)?)+/, '');
  for (const alternative of topLevelAlternatives(source)) {
    if (!lists.some((list) => opening(alternative).startsWith(opening(list.source))))
      throw new Error(`listFirst: an alternative does not open with a listed word: ${alternative.slice(0, 80)}`);
  }
  const pattern = words(source, ...triggers);
  const start = triggerSet(lists.flatMap((list) => list.firstWords));
  return new CompiledPattern(
    pattern.regex,
    // (the first words are a trigger set like the others, but never the anchor: the index still chooses by the rarest)
    [start, ...pattern.triggers],
    start,
    new RegExp(pattern.regex.source, pattern.regex.flags.replace('g', '') + 'y'),
  );
}

/** The alternatives of a source at its top level (outside any group or class). */
function topLevelAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}

/** Whether a window holds a word of each trigger set but the last (the anchor, whose words made the window). */
function everyOtherSetIn(submission: Submission, slice: string, triggers: number[], hits: TriggerHits): boolean {
  for (let t = 0; t < triggers.length - 1; t++) {
    let any = false;
    for (let e = hits.firstEntry(triggers[t]!); e >= 0 && !any; e = hits.nextEntry(e))
      any = slice.includes(submission.words.word(hits.wordOf(e)));
    if (!any) return false;
  }
  return true;
}

/**
 * A word-bounded pattern over the normalised text, with trigger words: for
 * each set given, the text must contain one of its words or the pattern is not
 * run. Most comments contain no insult and no violent verb, so most patterns
 * cost a lookup instead of a scan of the whole text.
 */
export interface WordPattern {
  regex: RegExp;
  /** Ids of trigger-word sets (see `words`); empty: always run. */
  triggers: number[];
  /** Words every match contains, read from the source (see `mandatoryWords`). */
  mandatory?: readonly string[];
  /** For a pattern that opens with a word list (see `listFirst`): its trigger set of the list's first words … */
  start?: number;
  /** … and the same expression, sticky, tried only where one of them begins. */
  sticky?: RegExp;
}

function allIn(slice: string, words: readonly string[] | undefined): boolean {
  if (words) for (let w = 0; w < words.length; w++) if (!slice.includes(words[w]!)) return false;
  return true;
}

/**
 * A list of patterns indexed by their rarest trigger set, so that a check
 * visits only the patterns whose trigger words it has: a hundred per-phrase
 * patterns then cost a few lookups, not a hundred calls. `items` keeps the
 * list's order, in which the rules report.
 */
export interface PatternIndex<T> {
  items: readonly { pattern: WordPattern; item: T }[];
  /** Items without trigger words: always candidates. */
  always: number[];
  /** By anchor set id (a pattern's last set): the items anchored on it. */
  anchored: (number[] | undefined)[];
  /** By item: its trigger sets other than the anchor, all of which must be present too. */
  others: number[][];
  /** Its place among all the indexes made (see `anchorTable`). */
  number: number;
}
/** A list of plain patterns, indexed the same way. */
export const plainIndex = (patterns: readonly WordPattern[]): PatternIndex<undefined> =>
  patternIndex(patterns.map((pattern) => ({ pattern, item: undefined })));

/**
 * A fixed phrase and its trigger sets, the rarest last (the rules' lists of
 * dismissals, threats and promotion): a space in the phrase stands for any
 * white space; `capture` makes the whole phrase group 1, for the reason's span.
 */
export type Phrase = [string, ...string[][]];
export function phrasePattern([phrase, ...triggers]: Phrase, capture = false): WordPattern {
  const source = phrase.replaceAll(' ', '\\s+');
  return words(capture ? `(${source})` : source, ...triggers);
}

/**
 * What may stand before an order said to someone: the start of a clause ("Get lost.", "Seriously, get lost"), a
 * softener ("just", "please"), or "you should", "why don't you". An order's words elsewhere describe: "Children go
 * back to school in September", "parcels get lost", "divers can stop breathing for minutes".
 */
const ORDER_BEFORE =
  "(?:(?:^|[.!?…,;:—–-]\\s*|@[a-z0-9_]+\\s+)(?:(?:just|go|now|please|so|and|then|maybe|pls|plz|oh|well|seriously|honestly|mate|dude|buddy|pal|first)\\s+)?|(?:you|u)\\s+(?:should|need\\s+to|must|ought\\s+to|have\\s+to|better|['’]d\\s+better|had\\s+better|really\\s+should|could|can|might\\s+want\\s+to)\\s+(?:just\\s+|really\\s+|first\\s+|go\\s+)?|why\\s+don['’]?t\\s+(?:you|u)\\s+(?:just\\s+|go\\s+)?)";
/**
 * An order: its first word, then (read behind it, only where the word stands, which costs far less than a lookbehind
 * tried at every character) what stands before it.
 */
export const order = (phrase: string) => {
  const [first, ...rest] = phrase.split(' ');
  return [`${first}(?<=${ORDER_BEFORE}${first})`, ...rest].join(' ');
};

/** Every pattern index, in the order made. */
const INDEXES: PatternIndex<unknown>[] = [];

export function patternIndex<T>(items: readonly { pattern: WordPattern; item: T }[]): PatternIndex<T> {
  const index: PatternIndex<T> = {
    items,
    always: [],
    anchored: [],
    others: items.map(({ pattern }) => pattern.triggers.slice(0, -1)),
    number: INDEXES.length,
  };
  INDEXES.push(index as PatternIndex<unknown>);
  items.forEach(({ pattern }, position) => {
    const anchor = pattern.triggers[pattern.triggers.length - 1];
    if (anchor === undefined) index.always.push(position);
    else (index.anchored[anchor] ??= []).push(position); // (read only to build the table in `anchorsBySet`)
  });
  return index;
}
/**
 * By trigger set id, the items of every index anchored on it, as (index number × 2^16 + position): one read per set
 * a text touches for all the indexes, where a list per index cost a read per set and index, each in memory that the
 * rest of the check had pushed out of the cache (a twentieth of a check's misses). Each entry's other trigger sets,
 * which must all be present too, are in the same table (`otherSets[otherStarts[e] … otherStarts[e + 1]]`), not read
 * from each index's array of arrays. Built when first asked, when every rule has made its indexes; again if one is
 * made later.
 */
interface AnchorTable {
  offsets: Int32Array;
  entries: Int32Array;
  otherStarts: Int32Array;
  otherSets: Int32Array;
  indexes: number;
}
let anchorTable: AnchorTable | undefined;
function anchorsBySet(): AnchorTable {
  if (anchorTable?.indexes === INDEXES.length) return anchorTable;
  const sets = nextTriggerSet;
  const offsets = new Int32Array(sets + 1);
  for (const index of INDEXES) index.anchored.forEach((items, id) => (offsets[id + 1]! += items?.length ?? 0));
  for (let id = 0; id < sets; id++) offsets[id + 1]! += offsets[id]!;
  const entries = new Int32Array(offsets[sets]!);
  const filled = offsets.slice(0, sets);
  for (const index of INDEXES)
    index.anchored.forEach((items, id) => {
      for (const position of items ?? []) entries[filled[id]!++] = index.number * 0x10000 + position;
    });
  const othersOf = (entry: number) => INDEXES[entry >>> 16]!.others[entry & 0xffff]!;
  const otherStarts = new Int32Array(entries.length + 1);
  entries.forEach((entry, e) => (otherStarts[e + 1] = otherStarts[e]! + othersOf(entry).length));
  const otherSets = Int32Array.from(Array.from(entries, othersOf).flat());
  anchorTable = { offsets, entries, otherStarts, otherSets, indexes: INDEXES.length };
  return anchorTable;
}

/** Per index, the positions of the items this submission's words can set off, in list order (worked out once). */
function chosenPositions(submission: Submission): number[][] {
  let chosen = submission.memo.candidates;
  if (chosen) return chosen;
  const hits = triggered(submission);
  const { offsets, entries, otherStarts, otherSets } = anchorsBySet();
  chosen = INDEXES.map((index) => [...index.always]);
  // The sets a text touches are a few dozen; the indexes have hundreds of anchors. Each item has one anchor, so it
  // is chosen at most once.
  for (let p = 0; p < hits.presentCount; p++) {
    const id = hits.present[p]!;
    if (id + 1 >= offsets.length) continue;
    for (let e = offsets[id]!; e < offsets[id + 1]!; e++) {
      let all = true;
      for (let t = otherStarts[e]!; t < otherStarts[e + 1]! && all; t++) all = hits.has(otherSets[t]!);
      if (!all) continue;
      const entry = entries[e]!;
      chosen[entry >>> 16]!.push(entry & 0xffff);
    }
  }
  for (const positions of chosen) if (positions.length > 1) sortAscending(positions);
  submission.memo.candidates = chosen;
  return chosen;
}

/** The items whose patterns can match in this submission (every trigger set present), in list order. */
export function candidates<T>(submission: Submission, index: PatternIndex<T>): { pattern: WordPattern; item: T }[] {
  if (everywhere) return [...index.items];
  const positions = chosenPositions(submission)[index.number]!;
  return positions.length ? positions.map((p) => index.items[p]!) : NONE;
}
const NONE: never[] = [];

/**
 * Every trigger word, with the ids of the sets it belongs to, built once as
 * the rules load: the memory holds each word's index in TRIGGER_IDS, so a
 * comment's words are looked up by range, without being cut out; and, once
 * the rules are loaded, where the word's set ids lie in one flat array
 * (`triggerSetsOf`), read by every check where an array per word cost a
 * second miss of the cache per word found.
 */
const TRIGGERS = new WordMemory(3, 8192, { fixed: true });
const WORD_INDEX = 0;
const FLAT_FROM = 1;
const FLAT_TO = 2;
const TRIGGER_IDS: number[][] = [];
/** Where each trigger word's values are in TRIGGERS.table, by its index in TRIGGER_IDS. */
const TRIGGER_AT: number[] = [];
let nextTriggerSet = 0;
let flatIds = new Int32Array(0);
/** The number of sets when `flatIds` was built: -1, not yet. */
let flatFor = -1;
function triggerSetsOf(): Int32Array {
  if (flatFor === nextTriggerSet) return flatIds;
  flatIds = Int32Array.from(TRIGGER_IDS.flat());
  let from = 0;
  TRIGGER_IDS.forEach((ids, w) => {
    TRIGGERS.table[TRIGGER_AT[w]! + FLAT_FROM] = from;
    TRIGGERS.table[TRIGGER_AT[w]! + FLAT_TO] = from += ids.length;
  });
  flatFor = nextTriggerSet;
  return flatIds;
}

/**
 * `\p{L}` and `\p{L}\p{N}` as plain character classes: every code point of
 * the basic plane that they match, as ranges. The patterns run without the
 * "u" flag, which made V8 read code points instead of code units and doubled
 * the cost of every scan. Letters outside the basic plane (rare in comments;
 * the normalised text folds mathematical alphabets to Latin) are then not
 * letters to the patterns; an emoji next to a word never was one.
 */
function basicPlaneClass(test: RegExp): string {
  const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
  let out = '';
  for (let c = 0, start = -1; c <= 0x10000; c++) {
    const yes = c < 0xd800 || (c > 0xdfff && c < 0x10000) ? test.test(String.fromCharCode(c)) : false;
    if (yes && start < 0) start = c;
    else if (!yes && start >= 0) {
      out += c - 1 > start ? `${hex(start)}-${hex(c - 1)}` : hex(start);
      start = -1;
    }
  }
  return out;
}
const LETTERS = basicPlaneClass(/\p{L}/u);
const LETTERS_AND_DIGITS = basicPlaneClass(/[\p{L}\p{N}]/u);

export function words(source: string, ...triggers: Iterable<string>[]): WordPattern {
  return wordPattern(source, 'g', triggers);
}

/**
 * The same, for a pattern whose marked group may lie outside its match, in a
 * trailing lookbehind: "is you(?<=(troll)\s+is you)" starts at its literal
 * words and finds the insult only where they stand (an insult alternation
 * first is tried at every word of a window). The "d" flag gives the group's
 * index; it is not the default, as it slows every scan.
 */
export function wordsWithGroupIndices(source: string, ...triggers: Iterable<string>[]): WordPattern {
  return wordPattern(source, 'dg', triggers);
}

function wordPattern(source: string, flags: string, triggers: Iterable<string>[]): WordPattern {
  const plain = source.replaceAll('\\p{L}\\p{N}', LETTERS_AND_DIGITS).replaceAll('\\p{L}', LETTERS);
  // The boundaries test ASCII only, at every position of a scan; reasonsFor checks a match's
  // neighbours outside ASCII (a class of every letter in the plane cost three times as much).
  const regex = new RegExp(`(?<![a-z0-9])(?:${plain})(?![a-z0-9])`, flags);
  return new CompiledPattern(regex, triggers.map(triggerSet));
}

/**
 * Every WordPattern the rules make, of one class: reasonsFor reads a pattern's fields on every call, some seventy
 * times a check, and objects of a literal with a getter each had a shape of their own, so every read went through
 * V8's generic property lookup (a twentieth of a check's instructions).
 */
class CompiledPattern implements WordPattern {
  private mandatoryWords: readonly string[] | undefined = undefined;
  constructor(
    readonly regex: RegExp,
    readonly triggers: number[],
    readonly start?: number,
    readonly sticky?: RegExp,
  ) {}
  /**
   * Read when the pattern is first run: most patterns are run by few comments, and reading them all cost a tenth of
   * a second at start-up.
   */
  get mandatory(): readonly string[] {
    return (this.mandatoryWords ??= mandatoryWords(this.regex.source));
  }
}

/** A pattern without trigger words, run over the whole text (the publisher's word lists). */
export const unindexedPattern = (regex: RegExp): WordPattern => new CompiledPattern(regex, []);

/**
 * The words (three letters or more) that every match of a pattern contains, read from its source: the literal
 * letters outside optional parts and lookarounds, and of a group with alternatives the words all of them have
 * ("belong\\s+in\\s+(?:mass\\s+graves|a\\s+camp)" gives "belong"). A window without one of them cannot hold a
 * match, and is not scanned: nine windows in ten that passed the trigger words matched nothing, each scan a cost
 * in compiled code the cache had lost. Anything this reader does not know (a class, an escape, a quantified atom)
 * ends a word, so a word is only ever cut short, never made up; the test of windowed scans against whole-text
 * scans on the dev set holds it to that.
 */
export function mandatoryWords(source: string): string[] {
  let at = 0;
  // (sticky expressions, read where the reader stands: a slice of the rest at every character was quadratic)
  const read = (sticky: RegExp) => {
    sticky.lastIndex = at;
    return sticky.exec(source)?.[0] ?? '';
  };
  const quantifier = () => {
    const c = source.charCodeAt(at);
    // (most characters have none after them: the expression only where one of ? * + { stands)
    return c === 63 || c === 42 || c === 43 || c === 123 ? read(QUANTIFIER) : '';
  };
  // The words all alternatives have: none, as soon as one has none (a trie's branches, mostly).
  const shared = (alternatives: string[][]) =>
    alternatives.some((a) => !a.length) ? [] : alternatives.reduce((a, b) => a.filter((w) => b.includes(w)));
  // A sequence up to ")" or the end: per alternative, its words.
  const sequence = (): string[][] => {
    const alternatives: string[][] = [[]];
    let wordStart = -1;
    const end = (stop: number) => {
      if (wordStart >= 0 && stop - wordStart >= 3)
        alternatives[alternatives.length - 1]!.push(source.slice(wordStart, stop));
      wordStart = -1;
    };
    while (at < source.length) {
      const c = source.charCodeAt(at);
      if (c === 41 /* ) */) break;
      if (c === 124 /* | */) {
        end(at);
        alternatives.push([]);
        at++;
      } else if (c === 92 /* \ */) {
        end(at);
        const next = source[at + 1] ?? '';
        at += next === 'u' ? 6 : next === 'x' ? 4 : 2;
        if (next === 'p' || next === 'P' || next === 'k') at = source.indexOf(next === 'k' ? '>' : '}', at) + 1;
        at += quantifier().length;
      } else if (c === 91 /* [ */) {
        end(at);
        at++;
        while (at < source.length && source[at] !== ']') at += source[at] === '\\' ? 2 : 1;
        at++;
        at += quantifier().length;
      } else if (c === 40 /* ( */) {
        end(at);
        // "(", "(?:", "(?<name>", or a lookaround: "(?=", "(?!", "(?<=", "(?<!"
        const kind = source[at + 1] === '?' ? source[at + 2] : '';
        const behind = kind === '<' && (source[at + 3] === '=' || source[at + 3] === '!');
        const lookaround = kind === '=' || kind === '!' || behind;
        at = kind === '<' && !behind ? source.indexOf('>', at) + 1 : at + (behind ? 4 : kind ? 3 : 1);
        const inner = sequence();
        at++; // ")"
        const q = quantifier();
        const optional = q.startsWith('?') || q.startsWith('*') || q.startsWith('{0');
        at += q.length;
        if (!lookaround && !optional) alternatives[alternatives.length - 1]!.push(...shared(inner));
      } else {
        at++;
        const q = quantifier();
        if (q) {
          // (a quantified letter is not one the word surely has: "idiots?" gives "idiot")
          end(at - 1);
          at += q.length;
        } else if ((c >= 97 && c <= 122) || c === 39 || c === 0x2019 || c === 45) {
          if (wordStart < 0) wordStart = at - 1;
        } else end(at - 1);
      }
    }
    end(at);
    return alternatives;
  };
  return [...new Set(shared(sequence()))];
}

const QUANTIFIER = /(?:[?*+]|\{\d+(?:,\d*)?\})\??/y;

/** Set ids by content: patterns with the same trigger words share one set, and so its windows. */
const SET_IDS = new Map<string, number>();
function triggerSet(set: Iterable<string>): number {
  const unique = [...new Set(set)].sort();
  const known = SET_IDS.get(unique.join(' '));
  if (known !== undefined) return known;
  const id = nextTriggerSet++;
  SET_IDS.set(unique.join(' '), id);
  for (const word of unique) {
    const at = TRIGGERS.find(word, 0, word.length);
    if (at >= 0) TRIGGER_IDS[TRIGGERS.table[at + WORD_INDEX]!]!.push(id);
    else TRIGGER_AT.push(TRIGGERS.add(word, [TRIGGER_IDS.push([id]) - 1, 0, 0]));
  }
  return id;
}

/** `array` if index `at` lies inside it, else a copy twice as long (or more): the stores reused from check to check. */
function withRoomAt(array: Int32Array<ArrayBuffer>, at: number): Int32Array<ArrayBuffer> {
  if (at < array.length) return array;
  let length = array.length * 2;
  while (length <= at) length *= 2;
  const grown = new Int32Array(length);
  grown.set(array);
  return grown;
}

/**
 * The trigger sets that a submission's words touch, each with those words (their indices among its distinct words:
 * most are never cut out), in the order the text first has them. Chains in typed arrays that every check reuses: an
 * array per set touched (some 150 a check) was a fifth of what a check allocated, and as much of its misses of a
 * 1 MB cache, each array new memory; and a table of a thousand entries per check was 9 KB more to fill.
 */
export class TriggerHits {
  /** Per set id: its first entry + 1 (0: none of its words is in the text), and its last entry. */
  private first = new Int32Array(0);
  private last = new Int32Array(0);
  /** Per entry: a word, and the entry of the same set's next word (-1 after the last). */
  private words = new Int32Array(256);
  private next = new Int32Array(256);
  private entries = 0;
  /**
   * The ids of the sets touched, in the order the text first touches them: the first `presentCount`. (A store kept
   * from text to text: an array emptied by `length = 0` lets its store go, and regrew through a dozen copies a check.)
   */
  present = new Int32Array(64);
  presentCount = 0;
  /** The submission these are of: one at a time (see `triggered`). */
  owner: Submission | undefined = undefined;

  /** Forgets the last text's sets, ready for `sets` set ids. */
  reset(owner: Submission, sets: number): void {
    if (this.first.length < sets) {
      this.first = new Int32Array(sets);
      this.last = new Int32Array(sets);
    } else for (let p = 0; p < this.presentCount; p++) this.first[this.present[p]!] = 0;
    this.presentCount = 0;
    this.entries = 0;
    this.owner = owner;
  }

  /** Notes that the text's word `word` belongs to set `set` (each word once, in order). */
  add(set: number, word: number): void {
    this.words = withRoomAt(this.words, this.entries);
    this.next = withRoomAt(this.next, this.entries);
    const e = this.entries++;
    this.words[e] = word;
    this.next[e] = -1;
    if (this.first[set] === 0) {
      this.first[set] = e + 1;
      this.present = withRoomAt(this.present, this.presentCount);
      this.present[this.presentCount++] = set;
    } else this.next[this.last[set]!] = e;
    this.last[set] = e;
  }

  // (`> 0`: a set made after the text was read lies past the end of `first`, and the text has none of its words)
  has(set: number): boolean {
    return this.first[set]! > 0;
  }
  /** A set's words one by one: `firstEntry(set)`, then `nextEntry(e)` until -1; each is the word `wordOf(e)`. */
  firstEntry(set: number): number {
    const first = this.first[set]!;
    return first > 0 ? first - 1 : -1;
  }
  nextEntry(e: number): number {
    return this.next[e]!;
  }
  wordOf(e: number): number {
    return this.words[e]!;
  }
  /** Whether the text has exactly one word of the set. */
  oneWord(set: number): boolean {
    const first = this.first[set]!;
    return first > 0 && this.next[first - 1] === -1;
  }
}

/**
 * Worked out once per submission, into the one TriggerHits of every check: a submission whose hits another has
 * taken since works them out again.
 */
const sharedHits = new TriggerHits();
function triggered(submission: Submission): TriggerHits {
  if (submission.memo.triggered === sharedHits && sharedHits.owner === submission) return sharedHits;
  sharedHits.reset(submission, nextTriggerSet);
  const { words } = submission;
  const ids = triggerSetsOf();
  const { table } = TRIGGERS;
  for (let k = 0; k < words.count; k++) {
    const at = TRIGGERS.find(words.text, words.starts[k]!, words.ends[k]!, words.keys[k]);
    if (at < 0) continue;
    for (let s = table[at + FLAT_FROM]!; s < table[at + FLAT_TO]!; s++) sharedHits.add(ids[s]!, k);
  }
  submission.memo.triggered = sharedHits;
  return sharedHits;
}

/**
 * Where to run a pattern: the whole text when it has no trigger words;
 * otherwise windows around each occurrence of its last (rarest) trigger set's
 * words — 80 characters before, 40 after, widened to whole words, which holds
 * every pattern here ("you are such a complete and utter moron", "I'm going to
 * find you and kill you"). An insult or a violent verb is rare in a comment, so
 * the regular expressions read a few dozen characters instead of a thousand.
 */
const BEFORE = 80;
const AFTER = 40;
let everywhere = false;
/** Scan whole texts instead of windows, and try every pattern of an index: for the test that compares the two. */
export function scanWholeTexts(on: boolean): void {
  everywhere = on;
}
let windowCounts: Map<WordPattern, number> | undefined;
/**
 * Count the windows each pattern scans (those that pass the trigger and word tests) into `counts`, or stop counting:
 * for bench/pattern-windows.ts. Unlike a pattern's time, the count does not move with the machine's load.
 */
export function countWindows(counts: Map<WordPattern, number> | undefined): void {
  windowCounts = counts;
}
export interface Window {
  from: number;
  to: number;
  /**
   * The window's text, with a dummy word at each edge cut from the middle of
   * the text, so that "^" and "$" in a pattern still mean its real start and
   * end; `head` is what was put before it.
   */
  slice: string;
  head: string;
}
/**
 * Windows per submission and anchor set: the patterns of one set share them,
 * and so do sets that the text touches with the same words (the insults'
 * several lists all meet "trash" in a tweet).
 */
function windowsFor(submission: Submission, pattern: WordPattern): Window[] {
  const text = submission.normalized.text;
  const anchorSet = everywhere || !pattern.triggers.length ? -1 : pattern.triggers[pattern.triggers.length - 1]!;
  const made = (submission.memo.windows ??= new Map());
  let windows = made.get(anchorSet);
  if (!windows) {
    const hits = anchorSet < 0 ? undefined : triggered(submission);
    const byWords = (submission.memo.windowsByWords ??= new Map());
    // (most anchor sets meet the text in one word: its index is the key, without a string made)
    const key = !hits
      ? -1
      : hits.oneWord(anchorSet)
        ? hits.wordOf(hits.firstEntry(anchorSet))
        : wordsKey(hits, anchorSet);
    windows = byWords.get(key);
    if (!windows) {
      const spans = hits ? anchorSpans(submission, hits, anchorSet) : [[0, text.length] as [number, number]];
      windows = spans.map(([from, to]) => {
        const head = from > 0 ? 'x ' : '';
        return { from, to, head, slice: `${head}${text.slice(from, to)}${to < text.length ? ' x' : ''}` };
      });
      byWords.set(key, windows);
    }
    made.set(anchorSet, windows);
  }
  return windows;
}
/** A key for the words a text has of a set of several: their indices, joined (none: ""). */
function wordsKey(hits: TriggerHits, set: number): string {
  let key = '';
  for (let e = hits.firstEntry(set); e >= 0; e = hits.nextEntry(e)) key += `${hits.wordOf(e)} `;
  return key;
}
/** Around every occurrence of the words a text has of a set, merged where they overlap. */
function anchorSpans(submission: Submission, hits: TriggerHits, set: number): [number, number][] {
  const text = submission.normalized.text;
  const { words } = submission;
  // The windows before merging, as (from, to) pairs in a buffer every call reuses: an array of pairs per call grew
  // some seventy times a check, each time into memory the cache had not seen (a seventh of a check's data misses).
  let count = 0;
  for (let e = hits.firstEntry(set); e >= 0; e = hits.nextEntry(e)) {
    const k = hits.wordOf(e);
    const length = words.ends[k]! - words.starts[k]!;
    for (let o = words.firstOccurrenceOf(k); o >= 0; o = words.nextOccurrenceOf(o)) {
      const at = words.occurrenceStart(o);
      let from = Math.max(0, at - BEFORE);
      while (from > 0 && isWordChar(text.charCodeAt(from - 1))) from--;
      let to = Math.min(text.length, at + length + AFTER);
      while (to < text.length && isWordChar(text.charCodeAt(to))) to++;
      unmerged = withRoomAt(unmerged, 2 * count + 1);
      unmerged[2 * count] = from;
      unmerged[2 * count + 1] = to;
      count++;
    }
  }
  // One word's occurrences come in order; only several words' need sorting.
  if (!hits.oneWord(set)) sortPairs(unmerged, count);
  const merged: [number, number][] = [];
  for (let w = 0; w < count; w++) {
    const from = unmerged[2 * w]!;
    const to = unmerged[2 * w + 1]!;
    const last = merged[merged.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
}
let unmerged = new Int32Array(256);

/** The first `count` (from, to) pairs of `pairs`, in order of `from`: by insertion when few, else as tuples sorted. */
function sortPairs(pairs: Int32Array, count: number): void {
  if (count > 64) {
    const tuples = Array.from({ length: count }, (_, w) => [pairs[2 * w]!, pairs[2 * w + 1]!] as const);
    tuples.sort((a, b) => a[0] - b[0]);
    tuples.forEach(([from, to], w) => {
      pairs[2 * w] = from;
      pairs[2 * w + 1] = to;
    });
    return;
  }
  for (let i = 1; i < count; i++) {
    const from = pairs[2 * i]!;
    const to = pairs[2 * i + 1]!;
    let j = i - 1;
    for (; j >= 0 && pairs[2 * j]! > from; j--) {
      pairs[2 * j + 2] = pairs[2 * j]!;
      pairs[2 * j + 3] = pairs[2 * j + 1]!;
    }
    pairs[2 * j + 2] = from;
    pairs[2 * j + 3] = to;
  }
}
/**
 * A letter or digit, by UTF-16 code unit: a letter outside the basic plane is
 * not one here, as the patterns (run without the "u" flag) do not see one.
 * TextWords reads code points instead, so such a letter is part of a word there.
 */
export const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const isWordChar = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 128 && isBasicPlaneWordCode(c));

/**
 * The words whose presence a lexicon entry needs: a word of each of its
 * spellings ("muslims?" gives "muslim" and "muslims"; "abkhaz(?:ians?)?"
 * "abkhaz", "abkhazian" and "abkhazians"), of a phrase its rarest
 * (`rarestWord`: "middle eastern(?:ers?)?" gives "eastern" and "easterners").
 * A hyphenated word is two words to TextWords, and its parts are a phrase's
 * words here ("brain-dead" gives "brain", "narrow-minded" "minded").
 */
export function triggerWords(entries: readonly string[]): string[] {
  return entries.flatMap((entry) => {
    const spellings = spelledOut(entry);
    if (spellings) return [...new Set(spellings.map(rarestWord))];
    // Other syntax: its optional groups left out.
    return [rarestWord(entry.replace(/\(\?:[^)]*\)\??/g, '').replace(/\?$/, ''))];
  });
}
/**
 * The word of a spelling a pattern should wait for: any would do, as a pattern needs all of them, and the rarest
 * makes it run least. Not an everyday word, and of the others the longest (the longer a word, the rarer, as a rule),
 * the last of equals: "big mouth" waits for "mouth", "brain dead" for "brain", "piece of trash" for "trash", "a piece
 * of work", all everyday, for "piece".
 */
function rarestWord(spelling: string): string {
  const parts = spelling.split(/[ -]/).filter(Boolean);
  const rare = parts.filter((w) => !EVERYDAY_WORDS.has(w));
  return (rare.length ? rare : parts).reduce((best, w) => (w.length >= best.length ? w : best));
}

const AFTER_PREPOSITION = new RegExp(`(?:^|[^a-z])(?:${PREPOSITIONS.join('|')})\\s+(?:the\\s+)?$`);
/** Whether the normalised text just before `at` is a preposition: a word there is its object, not a subject. */
export function afterPreposition(text: string, at: number): boolean {
  return AFTER_PREPOSITION.test(text.slice(Math.max(0, at - 24), at));
}

/** The end of every message of a held comment: what happens next. */
export const MODERATOR_READS = 'a moderator will read your comment before it appears.';

/** The original text of a reason's span, for messages that quote it. */
export function quote(submission: Submission, reason: Pick<Reason, 'start' | 'end'>): string {
  return submission.text.slice(reason.start, reason.end);
}

/** Whether a span of the original lies within one of its links (words in URLs are the spam rule's business). */
export function insideLink(submission: Submission, start: number, end: number): boolean {
  return submission.links.some((l) => start >= l.start && end <= l.end);
}

/** White space as a regular expression's \s knows it, by char code: for scanners written by hand. */
export const isSpaceCode = (c: number) =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;
