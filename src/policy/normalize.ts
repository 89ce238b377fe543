/**
 * Normalisation: the text a rule matches against, with a map back to the
 * original so that every reason can point at the span the commenter wrote.
 *
 * Each step defeats one way of hiding a word from a matcher:
 * - compatibility forms (NFKD): full-width "ｆｕｃｋ", ligatures, circled letters;
 * - diacritics dropped: "fück";
 * - zero-width and direction characters removed: "fu\u200Bck", RLO tricks;
 * - look-alike letters from other scripts mapped to Latin: Cyrillic "аss";
 * - lower case;
 * - leetspeak inside words: "sh1t", "a$$", "$hit" ("2024", "idiot!" and "@ann" stay), and a star for the vowel of
 *   an insult ("st*pid");
 * - single letters spread out by separators joined: "f.u.c.k", "f u c k";
 * - runs of three or more of one letter collapsed to one: "fuuuuck", "stuuupid".
 *
 * The result is lower-case Latin where the input was letters; other characters
 * (digits, punctuation, emoji) pass through, so word boundaries survive.
 */
import { INSULT_ADJECTIVES, INSULT_NOUNS } from './lexicon.js';

export interface Normalized {
  /** The normalised text. */
  text: string;
  /**
   * For each UTF-16 index of `text`, the index in the original where the
   * character it came from starts; one extra entry maps `text.length` to the
   * original's length, so half-open spans map directly. `null` when every
   * index maps to itself (plain text, where only case changed).
   */
  map: Int32Array | null;
  /** The original, for the spans' ends and for case (proper names). */
  original: string;
}

/** Zero-width characters, direction marks and overrides, soft hyphen, BOM, variation selectors, tags. */
const INVISIBLE_RANGES: [number, number][] = [
  [0x00ad, 0x00ad],
  [0x034f, 0x034f],
  [0x061c, 0x061c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180b, 0x180f],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x206f],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
  [0xe0000, 0xe01ef],
];
const isInvisible = (ch: string) => {
  const cp = ch.codePointAt(0)!;
  return INVISIBLE_RANGES.some(([from, to]) => cp >= from && cp <= to);
};
const MARK = /\p{M}/u;

/**
 * Letters of other scripts that look like Latin ones (Unicode's confusables,
 * the part that matters for English words). NFKD already folds full-width and
 * mathematical alphabets.
 */
const CONFUSABLES: Record<string, string> = {
  // Cyrillic
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  ѕ: 's',
  і: 'i',
  ї: 'i',
  ј: 'j',
  ԁ: 'd',
  һ: 'h',
  ԛ: 'q',
  ԝ: 'w',
  ү: 'y',
  ӏ: 'l',
  ɡ: 'g',
  А: 'a',
  В: 'b',
  Е: 'e',
  К: 'k',
  М: 'm',
  Н: 'h',
  О: 'o',
  Р: 'p',
  С: 'c',
  Т: 't',
  У: 'y',
  Х: 'x',
  Ѕ: 's',
  І: 'i',
  Ј: 'j',
  // Greek
  α: 'a',
  β: 'b',
  ε: 'e',
  η: 'n',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ω: 'w',
  Α: 'a',
  Β: 'b',
  Ε: 'e',
  Η: 'h',
  Ι: 'i',
  Κ: 'k',
  Μ: 'm',
  Ν: 'n',
  Ο: 'o',
  Ρ: 'p',
  Τ: 't',
  Υ: 'y',
  Χ: 'x',
  Ζ: 'z',
  // Latin extensions and symbols used as letters
  ı: 'i',
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ħ: 'h',
  ŧ: 't',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
  ƒ: 'f',
  ℓ: 'l',
  '€': 'e',
  '©': 'c',
  '£': 'l',
};

/** Digits and symbols that stand for letters inside a word, by char code. */
const LEET = new Uint16Array(128);
for (const [from, to] of Object.entries({
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '6': 'g',
  '7': 't',
  '8': 'b',
  '9': 'g',
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'l',
  '+': 't',
})) {
  LEET[from.charCodeAt(0)] = to.charCodeAt(0);
}
/** What may separate the letters of a spread-out word. */
const SEPARATOR = new Uint8Array(128);
for (const c of ' \t\n\r.-_*,+~|/\\:;\'"`^=') SEPARATOR[c.charCodeAt(0)] = 1;
const isSeparator = (code: number) => (code < 128 ? SEPARATOR[code] === 1 : code === 0x2022 || code === 0x00b7);

const A = 97;
const Z = 122;
const isLetterCode = (code: number | undefined) => code !== undefined && code >= A && code <= Z;

/**
 * What one non-ASCII character becomes: its compatibility decomposition with
 * marks and invisible characters dropped, look-alikes mapped to Latin, lower
 * case; '' when nothing is left. Remembered per character (Unicode
 * normalisation is the slowest step, and a comment repeats its characters).
 */
const folded = new Map<number, string>();
function foldCharacter(cp: number): string {
  let out = folded.get(cp);
  if (out === undefined) {
    out = '';
    const ch = String.fromCodePoint(cp);
    if (!isInvisible(ch)) {
      for (const part of ch.normalize('NFKD')) {
        if (MARK.test(part) || isInvisible(part)) continue;
        out += CONFUSABLES[part] ?? part.toLowerCase();
      }
    }
    if (folded.size > 20_000) folded.clear();
    folded.set(cp, out);
  }
  return out;
}

/**
 * Whether a character folds to itself, by code point: what the shortcut asks
 * of every character outside ASCII. A table for the basic plane (0 unknown, 1
 * yes, 2 no) and a map beyond it, so that the question costs no string: tweets
 * are full of curly quotes and emoji, and cutting each out to compare it with
 * its folded form was a tenth of normalising them.
 */
const FOLDS_TO_ITSELF = new Uint8Array(0x10000);
const astralFoldsToItself = new Map<number, boolean>();
function foldsToItself(cp: number): boolean {
  if (cp < 0x10000) {
    let known = FOLDS_TO_ITSELF[cp]!;
    if (!known) FOLDS_TO_ITSELF[cp] = known = foldCharacter(cp) === String.fromCharCode(cp) ? 1 : 2;
    return known === 1;
  }
  let known = astralFoldsToItself.get(cp);
  if (known === undefined) {
    known = foldCharacter(cp) === String.fromCodePoint(cp);
    if (astralFoldsToItself.size > 20_000) astralFoldsToItself.clear();
    astralFoldsToItself.set(cp, known);
  }
  return known;
}

/**
 * Works on UTF-16 code units in typed arrays, not on a string or an object per
 * character: this runs for every comment and every check while a reader types.
 * Scratch buffers, reused by every call and grown when a text needs more: no
 * allocation per comment.
 */
let codes = new Uint16Array(8192);
let ats = new Int32Array(8192);
let flags = new Uint8Array(8192);
let outCodes = new Uint16Array(8192);
let outAts = new Int32Array(8192);
function ensureCapacity(size: number): void {
  if (codes.length >= size) return;
  const next = Math.max(size, codes.length * 2);
  const grownCodes = new Uint16Array(next);
  grownCodes.set(codes);
  codes = grownCodes;
  const grownAts = new Int32Array(next);
  grownAts.set(ats);
  ats = grownAts;
  flags = new Uint8Array(next);
  outCodes = new Uint16Array(next);
  outAts = new Int32Array(next);
}

const LEET_FLAG = 1;
const DROP_FLAG = 2;

/** The lower-case letter at `i`, or -1 (also outside [from, to)): the fast path's view of the original. */
function letterAt(text: string, i: number, from = 0, to = text.length): number {
  // Bounds checked here: reading past an end gives NaN, and one NaN makes every read of the loop slower.
  if (i < from || i >= to) return -1;
  const c = text.charCodeAt(i) | 32;
  return c >= A && c <= Z ? c : -1;
}
const isLeetCode = (code: number) => code < 128 && LEET[code] !== 0;
/**
 * Whether one or two letters, and no more, follow the "@" at `i`: "Y0u 4re @n 1d10t". A username here has three
 * characters at least (accounts/service.ts), so "@n" mentions no one: it is "an".
 */
function shortWordAfter(text: string, i: number, from: number, to: number): boolean {
  if (letterAt(text, i + 1, from, to) < 0) return false;
  const end = letterAt(text, i + 2, from, to) < 0 ? i + 2 : i + 3;
  return end >= to || !isHandleCode(text.charCodeAt(end) | 32);
}
/** The same, in the full path's array of codes (lower case already). */
function shortCodesAfter(codes: Uint16Array, n: number, i: number): boolean {
  if (!isLetterCode(codes[i + 1])) return false;
  const end = isLetterCode(codes[i + 2]) ? i + 3 : i + 2;
  return end >= n || !isHandleCode(codes[end]!);
}
/** A character a handle may hold: a letter, a digit, "_". */
const isHandleCode = (code: number) => isLetterCode(code) || (code >= 48 && code <= 57) || code === 95;
/** Whether the char at `i` is a leetspeak symbol (false outside [from, to)). */
const isLeetAt = (text: string, i: number, from: number, to: number) =>
  i >= from && i < to && isLeetCode(text.charCodeAt(i));

/**
 * Whether normalising `original[from, to)`, as a text of its own, would
 * change nothing but the case of ASCII letters, index for index. Most
 * comments are like that, and one read of the text proves it: then the result
 * is the lower-cased text and no map, instead of the buffered passes below.
 * Each test answers "maybe" whenever one of the steps could act (a test in
 * tests/unit/policy keeps the two paths equal on every row of the dev set);
 * when in doubt the full path runs. The range is read in place: cutting a
 * long text's pieces out as strings cost more than reading them.
 */
export function onlyCaseChanges(original: string, from = 0, to = original.length): 'no' | 'identity' | 'pairs' {
  let previous = -1;
  let run = 0;
  let pairs = false;
  // The full path's buffer as the shortcut sees it: ASCII capitals lowered, nothing outside the range.
  const lowerCodeAt = (k: number) => {
    if (k < from) return -1;
    const c = original.charCodeAt(k);
    return c >= 65 && c <= 90 ? c + 32 : c;
  };
  for (let i = from; i < to; i++) {
    const code = original.charCodeAt(i);
    if (code >= 128) {
      previous = -1;
      // Other scripts' characters must fold to themselves; so must a surrogate pair (an emoji).
      if (code >= 0xd800 && code <= 0xdbff) {
        const low = i + 1 < to ? original.charCodeAt(i + 1) : -1;
        if (!(low >= 0xdc00 && low <= 0xdfff) || !foldsToItself(original.codePointAt(i)!)) return 'no';
        pairs = true;
        i++;
        continue;
      }
      if ((code >= 0xdc00 && code <= 0xdfff) || !foldsToItself(code)) return 'no';
      continue;
    }
    const letter = code | 32;
    if (letter >= A && letter <= Z) {
      const afterLetter = previous >= 0; // `previous` is the letter at i - 1, or -1
      run = letter === previous ? run + 1 : 1;
      if (run >= 3) return 'no'; // step 4: "fuuuck"
      previous = letter;
      // Step 3: lone letters spread out by separators ("f.u.c.k"); the same test as the full path's.
      if (!afterLetter && letterAt(original, i + 1, from, to) < 0 && spreadLetters(lowerCodeAt, to, i)) return 'no';
      continue;
    }
    previous = -1;
    // Step 2b, over-approximated: a star between letters ("st*pid") may stand for a vowel.
    if (code === STAR && letterAt(original, i - 1, from, to) >= 0 && letterAt(original, i + 1, from, to) >= 0)
      return 'no';
    if (!isLeetCode(code)) continue;
    // Step 2, over-approximated: a symbol before a letter (directly or after one more symbol) may be
    // replaced, bar a mention's "@" that no letter precedes; after a letter, "$" and "5" may be ("a$$").
    const nextWordy =
      letterAt(original, i + 1, from, to) >= 0 ||
      (isLeetAt(original, i + 1, from, to) && letterAt(original, i + 2, from, to) >= 0);
    const prevWordy =
      letterAt(original, i - 1, from, to) >= 0 ||
      (isLeetAt(original, i - 1, from, to) &&
        (letterAt(original, i - 2, from, to) >= 0 || isLeetAt(original, i - 2, from, to)));
    const at = code === 64;
    if (at && !prevWordy && shortWordAfter(original, i, from, to)) return 'no';
    if (at ? prevWordy && nextWordy : nextWordy || (prevWordy && (code === 36 || code === 53))) return 'no';
  }
  return pairs ? 'pairs' : 'identity';
}

/**
 * Long texts are normalised piece by piece, cut where no step can see across
 * the cut, so that one leetspeak word or one "…" sends its own piece down
 * the full path, not the whole comment: in a thousand characters of tweets,
 * three texts in four have such a spot somewhere, and the full path costs three
 * times the shortcut. Runs of pieces that take the shortcut are lower-cased
 * as one string; only the others are cut out.
 */
const PIECE = 64;

export function normalize(original: string): Normalized {
  if (original.length < 2 * PIECE) return normalizeWhole(original);
  const full: { from: number; to: number; piece: Normalized }[] = [];
  let pairs = false;
  for (let start = 0; start < original.length;) {
    const end = safeCutAfter(original, start + PIECE);
    const fast = onlyCaseChanges(original, start, end);
    if (fast === 'no') full.push({ from: start, to: end, piece: normalizeFully(original.slice(start, end)) });
    else if (fast === 'pairs') pairs = true;
    start = end;
  }
  if (!full.length && !pairs) return { text: original.toLowerCase(), map: null, original };
  return joined(full, pairs, original);
}

/**
 * The first index at or after `from` where a text may be cut: a white-space
 * character after two letters. Every step reads at most two characters
 * around the one it changes, and white space is neither letter nor symbol to
 * any of them; a spread-out word ("f u c k") is made of lone letters, so none
 * runs through a word of two letters. The text's length when there is none.
 */
function safeCutAfter(text: string, from: number): number {
  for (let i = Math.max(from, 2); i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c === 32 || c === 10 || c === 9) && letterAt(text, i - 1) >= 0 && letterAt(text, i - 2) >= 0) return i;
  }
  return text.length;
}

/**
 * The normalised text of `original` whose pieces in `full` took the full path,
 * in order, and every other stretch the shortcut: lower case, index for index
 * (an emoji's second half maps to where it starts, as in the full path;
 * `pairs`: the shortcut's stretches have one).
 */
function joined(full: { from: number; to: number; piece: Normalized }[], pairs: boolean, original: string): Normalized {
  const parts: string[] = [];
  let at = 0;
  for (const { from, to, piece } of full) {
    if (from > at) parts.push(original.slice(at, from).toLowerCase());
    parts.push(piece.text);
    at = to;
  }
  if (at < original.length) parts.push(original.slice(at).toLowerCase());
  const text = parts.join('');
  if (!pairs && full.every(({ piece }) => !piece.map && piece.text.length === piece.original.length))
    return { text, map: null, original };
  return new MappedLater(text, original, () => joinedMap(full, original, text.length));
}

/**
 * A normalised text whose map is worked out when first read: only a reason's
 * span reads it, and most comments have none (building it was a tenth of
 * normalising a long text).
 */
class MappedLater implements Normalized {
  #map: Int32Array | undefined;
  constructor(
    readonly text: string,
    readonly original: string,
    private readonly build: () => Int32Array,
  ) {}
  get map(): Int32Array {
    return (this.#map ??= this.build());
  }
}

/** The map of `joined`'s text, `length` long. */
function joinedMap(
  full: { from: number; to: number; piece: Normalized }[],
  original: string,
  length: number,
): Int32Array {
  const map = new Int32Array(length + 1);
  let out = 0;
  const shortcut = (from: number, to: number) => {
    for (let k = from; k < to; k++) {
      const c = original.charCodeAt(k);
      map[out++] = c >= 0xdc00 && c <= 0xdfff ? k - 1 : k;
    }
  };
  let at = 0;
  for (const { from, to, piece } of full) {
    shortcut(at, from);
    const length = piece.text.length;
    if (piece.map) for (let k = 0; k < length; k++) map[out++] = from + piece.map[k]!;
    else for (let k = 0; k < length; k++) map[out++] = from + k;
    at = to;
  }
  shortcut(at, original.length);
  map[length] = original.length;
  return map;
}

/** One text, or one piece: the shortcut when only case changes, else every step. */
function normalizeWhole(original: string): Normalized {
  const fast = onlyCaseChanges(original);
  if (fast === 'no') return normalizeFully(original);
  const text = original.toLowerCase();
  if (fast === 'identity') return { text, map: null, original };
  // An emoji's second half maps to where the emoji starts, as in the full path.
  const map = new Int32Array(original.length + 1);
  for (let i = 0; i <= original.length; i++) {
    const c = original.charCodeAt(i);
    map[i] = c >= 0xdc00 && c <= 0xdfff ? i - 1 : i;
  }
  return { text, map, original };
}

/** Every step, on every text: what the shortcut above must agree with (exported for that test). */
export function normalizeFully(original: string): Normalized {
  ensureCapacity(original.length * 2 + 16);
  let n = 0;

  // 1. Per source character: case folded; outside ASCII, compatibility decomposition with marks and
  //    invisibles dropped and look-alikes mapped (foldCharacter, remembered per character).
  for (let i = 0; i < original.length;) {
    const code = original.charCodeAt(i);
    if (code < 0x80) {
      codes[n] = code >= 65 && code <= 90 ? code + 32 : code;
      ats[n++] = i++;
      continue;
    }
    const cp = original.codePointAt(i)!;
    const at = i;
    i += cp > 0xffff ? 2 : 1;
    const mapped = foldCharacter(cp);
    ensureCapacity(n + mapped.length + original.length - i + 16);
    for (let u = 0; u < mapped.length; u++) {
      codes[n] = mapped.charCodeAt(u);
      ats[n++] = at;
    }
  }

  // 2. Leetspeak, only where the symbol sits inside a word of letters: "sh1t", "a$$"; but "idiot!",
  //    "top10" keep their symbols, and "@" opening a word is a mention ("@ann"), not an "a"
  //    (the profanity matcher reads "@ss" itself).
  let anyLeet = false;
  for (let i = 0; i < n; i++) {
    const c = codes[i]!;
    flags[i] = c < 128 && LEET[c] ? LEET_FLAG : 0;
    if (flags[i]) anyLeet = true;
  }
  if (anyLeet) {
    for (let i = 0; i < n; i++) {
      if (!(flags[i]! & LEET_FLAG)) continue;
      const c = codes[i]!;
      // "10k", "$40k", "the 3rd time", "a 5km run": a number with its unit, not a word in leetspeak
      const numberEnd = isLetterCode(codes[i - 1]) ? -1 : numberWithUnitEnd(codes, n, i);
      if (numberEnd > 0) {
        i = numberEnd - 1;
        continue;
      }
      const prevWordy =
        (i >= 1 && isLetterCode(codes[i - 1])) || (i >= 2 && flags[i - 1]! & LEET_FLAG && isLetterCode(codes[i - 2]));
      const nextLetter = i + 1 < n && isLetterCode(codes[i + 1]);
      const nextLeet = i + 1 < n && (flags[i + 1]! & LEET_FLAG) !== 0;
      const nextWordy = nextLetter || (nextLeet && i + 2 < n && isLetterCode(codes[i + 2]));
      const opensWord = !prevWordy && nextWordy && (c !== 64 /* @ */ || shortCodesAfter(codes, n, i));
      // "a$$": a run of "$" and "5" straight after a letter, ending the word ("TW055" stays).
      const endsWord = (c === 36 || c === 53) && sRunEndsWord(codes, flags, n, i);
      if ((prevWordy && nextWordy) || opensWord || endsWord) codes[i] = LEET[c]!;
    }
  }

  // 2b. A star for a vowel inside an insult ("st*pid", "id*ot"): the vowel that spells one (a swear's star, "f*ck",
  //     is the profanity matcher's own to read); a star that spells none stays.
  for (let i = 1; i + 1 < n; i++) {
    if (codes[i] === STAR && isLetterCode(codes[i - 1]) && isLetterCode(codes[i + 1])) {
      const vowel = insultVowel(codes, n, i);
      if (vowel) codes[i] = vowel;
    }
  }

  // 3. Spread-out single letters ("f.u.c.k", "f u c k"): three or more joined, separators dropped.
  for (let i = 0; i < n; i++) {
    if (!isLetterCode(codes[i]) || (i > 0 && isLetterCode(codes[i - 1])) || i + 1 >= n || isLetterCode(codes[i + 1]))
      continue;
    const end = spreadRun(codes, n, i, flags);
    if (end > i) i = end;
  }

  // 4. Runs of three or more of one letter collapse to one ("fuuuuck"); doubles stay ("cool").
  let m = 0;
  let identity = true;
  for (let i = 0; i < n;) {
    if (flags[i]! & DROP_FLAG) {
      i++;
      continue;
    }
    let j = i + 1;
    let run = 1;
    while (j < n && ((flags[j]! & DROP_FLAG) !== 0 || codes[j] === codes[i])) {
      if (!(flags[j]! & DROP_FLAG)) run++;
      j++;
    }
    const keepAll = !(isLetterCode(codes[i]) && run >= 3);
    for (let k = i; k < j; k++) {
      if (flags[k]! & DROP_FLAG) continue;
      outCodes[m] = codes[k]!;
      outAts[m] = ats[k]!;
      if (ats[k] !== m) identity = false;
      m++;
      if (!keepAll) break;
    }
    i = j;
  }
  const text = decoder.decode(outCodes.subarray(0, m));
  if (identity && m === original.length) return { text, map: null, original };
  const map = new Int32Array(m + 1);
  map.set(outAts.subarray(0, m));
  map[m] = original.length;
  return { text, map, original };
}

const decoder = new TextDecoder('utf-16le');

/** Units and ordinals after a number ("10k", "3rd", "5km", "1m views"), not the rest of a word in leetspeak. */
// prettier-ignore
const NUMBER_UNITS = new Set([
  'k', 'm', 'bn', 'x', 'st', 'nd', 'rd', 'th', 'km', 'kg', 'mph', 'am', 'pm', 'h', 'hr', 'hrs', 'min', 'mins', 'gb', 'mb',
  'tb', 'ml', 'mm', 'cm', 'yo', 'yrs', 'kw', 'mw', 'gw', 'kwh', 'mg', 'lbs', 'ft',
]);
/**
 * Where the digits from `i` and the unit after them end, when they are a number with a unit that ends a word
 * ("10k troops"); -1 otherwise ("1d10t" goes on after its "d").
 */
function numberWithUnitEnd(codes: Uint16Array, n: number, i: number): number {
  let digits = i;
  while (digits < n && codes[digits]! >= 48 && codes[digits]! <= 57) digits++;
  if (digits === i) return -1;
  let end = digits;
  while (end < n && isLetterCode(codes[end])) end++;
  if (end === digits || end - digits > 3) return -1;
  if (end < n && codes[end]! < 128 && LEET[codes[end]!] !== 0) return -1;
  return NUMBER_UNITS.has(String.fromCharCode(...codes.subarray(digits, end))) ? end : -1;
}

/** Whether the "$"/"5" at `i` is in a run of them that follows a letter and ends a word ("a$$"). */
function sRunEndsWord(codes: Uint16Array, flags: Uint8Array, n: number, i: number): boolean {
  let start = i;
  while (start > 0 && (codes[start - 1] === 36 || codes[start - 1] === 53)) start--;
  if (!isLetterCode(codes[start - 1])) return false;
  let end = i + 1;
  while (end < n && flags[end]! & LEET_FLAG) end++;
  return end >= n || !isLetterCode(codes[end]);
}

/**
 * If a spread-out word starts at `i` (a lone letter, then separators and lone
 * letters, at least three letters in all, one kind of separator throughout:
 * "f.u.c.k" yes, "a. b c" no), marks its separators in `drop` and returns the
 * index of its last letter; otherwise returns -1.
 */
function spreadRun(codes: Uint16Array, n: number, i: number, marks: Uint8Array): number {
  const letters = spreadLetters((k) => codes[k]!, n, i);
  if (!letters) return -1;
  for (let k = letters[0]! + 1; k < letters[letters.length - 1]!; k++) if (!letters.includes(k)) marks[k]! |= DROP_FLAG;
  return letters[letters.length - 1]!;
}

/** The positions of a spread-out word's letters starting at `i` (see spreadRun), read through `codeAt`. */
function spreadLetters(codeAt: (k: number) => number, n: number, i: number): number[] | undefined {
  // Fast refusals first: most positions are inside ordinary words.
  if (
    !isLetterCode(codeAt(i)) ||
    (i > 0 && isLetterCode(codeAt(i - 1))) ||
    i + 1 >= n ||
    isLetterCode(codeAt(i + 1)) ||
    !isSeparator(codeAt(i + 1))
  )
    return undefined;
  const letters = [i];
  let j = i + 1;
  let separator = '';
  for (;;) {
    let k = j;
    while (k < n && isSeparator(codeAt(k)) && k - j < 3) k++;
    if (k === j || k >= n || !isLetterCode(codeAt(k)) || (k + 1 < n && isLetterCode(codeAt(k + 1)))) break;
    let sep = '';
    for (let s = j; s < k; s++) sep += String.fromCharCode(codeAt(s));
    if (letters.length > 1 && sep !== separator) break;
    separator = sep;
    letters.push(k);
    j = k + 1;
  }
  const spelled = (from: number) =>
    letters
      .slice(from)
      .map((k) => String.fromCharCode(codeAt(k) | 32))
      .join('');
  // "u r a fool": text-speak's "you are" is two words before the run, not letters of it
  let first = separator === ' ' && spelled(0).startsWith('ur') ? 2 : 0;
  // "is a c l o w n": the article is no letter of the word when the rest spells an insult and the whole does not ("a
  // s s h o l e" stays whole)
  if (
    letters.length - first >= 4 &&
    separator === ' ' &&
    (codeAt(letters[first]!) | 32) === 97 &&
    INSULT_WORDS.has(spelled(first + 1)) &&
    !INSULT_WORDS.has(spelled(first))
  )
    first++;
  // Runs of real one-letter words ("I a m") are rare; three letters is the shortest profanity.
  return letters.length - first >= 3 ? letters.slice(first) : undefined;
}
const STAR = 42;
const VOWELS = [97, 101, 105, 111, 117]; // a e i o u
/** The vowel that, put for the star at `i`, makes its word of letters an insult of INSULT_WORDS; 0 when none does. */
function insultVowel(codes: Uint16Array, n: number, i: number): number {
  let from = i;
  while (from > 0 && isLetterCode(codes[from - 1])) from--;
  let to = i + 1;
  while (to < n && isLetterCode(codes[to])) to++;
  const before = String.fromCharCode(...codes.subarray(from, i));
  const after = String.fromCharCode(...codes.subarray(i + 1, to));
  return VOWELS.find((v) => INSULT_WORDS.has(before + String.fromCharCode(v) + after)) ?? 0;
}
/** The insults of one word, which a spread-out run after the article "a" may spell. */
const INSULT_WORDS = new Set([...INSULT_NOUNS, ...INSULT_ADJECTIVES].filter((w) => /^[a-z]+$/.test(w)));

/** Where the character at `index` of the normalised text came from in the original. */
export function originalIndex(n: Normalized, index: number): number {
  if (!n.map) return Math.min(index, n.original.length);
  return n.map[index] ?? n.original.length;
}

/** Maps a half-open span of the normalised text back to the original. */
export function originalSpan(n: Normalized, start: number, end: number): { start: number; end: number } {
  const s = originalIndex(n, start);
  if (end <= start) return { start: s, end: s };
  const last = originalIndex(n, end - 1);
  // The end is just past the original character that produced the span's last one.
  const lastChar = String.fromCodePoint(n.original.codePointAt(last) ?? 32);
  return { start: s, end: Math.min(n.original.length, last + lastChar.length) };
}
