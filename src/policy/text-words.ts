/**
 * The distinct words of a normalised text, as ranges of it: what the rules
 * ask of a comment before running a pattern ("does it say `you`?", "which of
 * its words might be profane?").
 *
 * A word is a run of letters and digits. Why not a Set of strings: a comment
 * has a couple of hundred words, and cutting each out and hashing it into a
 * Set was a seventh of a whole check. Here each word is hashed once as it is
 * read (the same FNV key the WordMemory tables use, so a rule can look a word
 * up in its own memory without a string), and only the words a rule cares
 * about are ever cut out.
 */
import { FNV_OFFSET, fnvStep } from './word-memory.js';

const LETTER_OR_NUMBER = /^[\p{L}\p{N}]/u;
const isAsciiWordCode = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/**
 * Whether a character of the basic plane is a letter or number, by code: a
 * table filled as characters are met (1 yes, 2 no), as tweets are full of
 * curly quotes and emoji halves, and a regular expression per character cost
 * a sixth of reading the words. Surrogates are never letters by themselves.
 */
const BASIC_PLANE_WORD = new Uint8Array(0x10000);
export function isBasicPlaneWordCode(c: number): boolean {
  let known = BASIC_PLANE_WORD[c]!;
  if (!known) BASIC_PLANE_WORD[c] = known = LETTER_OR_NUMBER.test(String.fromCharCode(c)) ? 1 : 2;
  return known === 1;
}

/** How many code units of a letter or number outside ASCII start at `i`: 0 (none), 1, or 2 (outside the BMP). */
function wideWordCharWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return isBasicPlaneWordCode(c) ? 1 : 0;
  return LETTER_OR_NUMBER.test(text.slice(i, i + 2)) ? 2 : 0;
}

export class TextWords {
  /** How many distinct words. */
  readonly count: number;
  /** How many words, counting each occurrence. */
  readonly occurrences: number;
  /** Where each distinct word first occurs (index k: start, end, rangeKey). */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly keys: Int32Array;
  /** Open addressing over the words: index + 1, 0 for an empty slot. */
  private readonly slots: Int32Array;
  /**
   * Every occurrence, in order: where it starts, and the next occurrence of the
   * same word (-1 after the last); per word, its first and last occurrence.
   * The rules' windows are cut around a trigger word's occurrences, which a
   * search of the whole text for each word found at many times the cost.
   */
  private readonly occurrenceStarts: Int32Array;
  private readonly nextOccurrence: Int32Array;
  private readonly firstOccurrence: Int32Array;
  private readonly lastOccurrence: Int32Array;

  /** The words cut out so far (see `word`), by index. */
  private cut: string[] | undefined = undefined;

  /** The store the arrays above are cut from: a caller that is done with these words may lend it to the next. */
  readonly buffer: Int32Array;

  /**
   * `scratch`: a store to cut the arrays from instead of a new one, when it is large enough; it must not be in use
   * by another TextWords that is still read. evaluate() lends one: a new store for every check was a kilobyte
   * of zeroes per 60 characters, written to memory the cache had not seen (a twentieth of a check's misses of a
   * 1 MB cache).
   */
  constructor(
    readonly text: string,
    scratch?: Int32Array,
  ) {
    // At most one word per two characters, plus one.
    const most = (text.length >> 1) + 1;
    let size = 16;
    while (size < most * 2) size *= 2;
    // One buffer cut into the arrays: each typed array of this size has its own store outside the heap,
    // and allocating eight of them per comment cost half of reading its words. Of a lent one, only the
    // slots are cleared: every other entry is written before it is read.
    const buffer =
      scratch && scratch.length >= size + 7 * most ? scratch.fill(0, 0, size) : new Int32Array(size + 7 * most);
    this.buffer = buffer;
    const part = (k: number) => buffer.subarray(size + k * most, size + (k + 1) * most);
    this.slots = buffer.subarray(0, size);
    const starts = (this.starts = part(0));
    const ends = (this.ends = part(1));
    const keys = (this.keys = part(2));
    const occurrenceStarts = (this.occurrenceStarts = part(3));
    const nextOccurrence = (this.nextOccurrence = part(4));
    const firstOccurrence = (this.firstOccurrence = part(5));
    const lastOccurrence = (this.lastOccurrence = part(6));
    let count = 0;
    let occurrences = 0;
    for (let i = 0; i < text.length;) {
      const first = text.charCodeAt(i);
      if (!isAsciiWordCode(first) && (first < 128 || !wideWordCharWidth(text, i))) {
        i++;
        continue;
      }
      // The word's end and hash, in one read; letters outside ASCII are rare and take the slow test.
      let h = FNV_OFFSET;
      let j = i;
      while (j < text.length) {
        const c = text.charCodeAt(j);
        if (isAsciiWordCode(c)) {
          h = fnvStep(h, c);
          j++;
          continue;
        }
        const width = c < 128 ? 0 : wideWordCharWidth(text, j);
        if (!width) break;
        for (const end = j + width; j < end; j++) h = fnvStep(h, text.charCodeAt(j));
      }
      const key = h & 0x3fffffff;
      const slot = this.slotOf(text, i, j, key);
      const occurrence = occurrences++;
      occurrenceStarts[occurrence] = i;
      nextOccurrence[occurrence] = -1;
      if (slot < 0) {
        starts[count] = i;
        ends[count] = j;
        keys[count] = key;
        firstOccurrence[count] = lastOccurrence[count] = occurrence;
        this.slots[~slot] = ++count;
      } else {
        const k = this.slots[slot]! - 1;
        nextOccurrence[lastOccurrence[k]!] = occurrence;
        lastOccurrence[k] = occurrence;
      }
      i = j;
    }
    this.count = count;
    this.occurrences = occurrences;
  }

  /**
   * Each stretch, whole, in which a phrase of `minWords` to `maxWords` words comes `times` times or more in a row
   * ("cheap flights to dubai cheap flights to dubai …"): there, each word but those of the last time is followed,
   * the phrase's length later, by its next occurrence (so a phrase with a word in it twice is not found). Where it
   * starts, and where the word that ends it starts.
   */
  *repeatedPhrases(minWords: number, maxWords: number, times: number): Generator<{ start: number; lastStart: number }> {
    let length = 0;
    let run = 0;
    for (let o = 0; o <= this.occurrences; o++) {
      const next = o < this.occurrences ? this.nextOccurrence[o]! : -1;
      const distance = next < 0 ? 0 : next - o;
      if (distance === length) {
        run++;
        continue;
      }
      // (a stretch ends where the distance changes: the last word of its last time is the one after its last word)
      if (length >= minWords && length <= maxWords && run >= length * (times - 1))
        yield { start: this.occurrenceStarts[o - run]!, lastStart: this.occurrenceStarts[o - 1 + length]! };
      run = 1;
      length = distance;
    }
  }

  /** Where the word that starts at `start` ends. */
  wordEndAt(start: number): number {
    const { text } = this;
    let end = start;
    while (end < text.length) {
      const c = text.charCodeAt(end);
      const width = isAsciiWordCode(c) ? 1 : c < 128 ? 0 : wideWordCharWidth(text, end);
      if (!width) break;
      end += width;
    }
    return end;
  }

  /** Whether the text has `word` as a whole word. */
  has(word: string): boolean {
    return this.indexOf(word) >= 0;
  }

  /** The index of `word` among the distinct words, or -1. */
  indexOf(word: string): number {
    let h = FNV_OFFSET;
    for (let i = 0; i < word.length; i++) h = fnvStep(h, word.charCodeAt(i));
    const slot = this.slotOf(word, 0, word.length, h & 0x3fffffff);
    return slot < 0 ? -1 : this.slots[slot]! - 1;
  }

  /** Where each occurrence of `word` starts, in order (none when the text lacks it). */
  startsOf(word: string): number[] {
    const k = this.indexOf(word);
    return k < 0 ? [] : this.startsOfIndex(k);
  }

  /** The same for the k-th distinct word. */
  startsOfIndex(k: number): number[] {
    const out: number[] = [];
    for (let o = this.firstOccurrenceOf(k); o >= 0; o = this.nextOccurrenceOf(o)) out.push(this.occurrenceStart(o));
    return out;
  }

  /**
   * The k-th distinct word's occurrences one by one, without an array: `firstOccurrenceOf(k)`, then
   * `nextOccurrenceOf(o)` until -1; each starts at `occurrenceStart(o)`.
   */
  firstOccurrenceOf(k: number): number {
    return this.firstOccurrence[k]!;
  }
  nextOccurrenceOf(o: number): number {
    return this.nextOccurrence[o]!;
  }
  occurrenceStart(o: number): number {
    return this.occurrenceStarts[o]!;
  }

  /** The k-th distinct word, cut out (once: the patterns' window tests ask for the same few words again and again). */
  word(k: number): string {
    const cut = (this.cut ??= []);
    return (cut[k] ??= this.text.slice(this.starts[k], this.ends[k]));
  }

  /** Every distinct word, cut out: for tests and the rare caller that wants them all. */
  *[Symbol.iterator](): Iterator<string> {
    for (let k = 0; k < this.count; k++) yield this.word(k);
  }

  /**
   * The slot holding the word `source[start, end)`; when none does, the empty slot where it would go, as `~slot` (a
   * negative number): a new word is placed without probing the table a second time.
   */
  private slotOf(source: string, start: number, end: number, key: number): number {
    const mask = this.slots.length - 1;
    for (let slot = key & mask; ; slot = (slot + 1) & mask) {
      const k = this.slots[slot]! - 1;
      if (k < 0) return ~slot;
      if (this.keys[k] === key && this.ends[k]! - this.starts[k]! === end - start && this.sameAs(k, source, start))
        return slot;
    }
  }

  private sameAs(k: number, source: string, start: number): boolean {
    const from = this.starts[k]!;
    const length = this.ends[k]! - from;
    for (let i = 0; i < length; i++) if (this.text.charCodeAt(from + i) !== source.charCodeAt(start + i)) return false;
    return true;
  }
}
