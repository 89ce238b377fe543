/**
 * A memory of facts about words, for the policy's inner loops: each word
 * holds a few 32-bit integers (a classifier sum, a yes/no answer), in one
 * typed array of fixed-size slots (open addressing). A word is found by a hash
 * of its characters and confirmed by a second, independent hash, so it can be
 * looked up as a range of a text without cutting it out as a string; two
 * words would have to agree on 62 bits of hash to be confused.
 *
 * Why not a Map: a comment has a hundred-odd words and each check looks every
 * one up; a Map of strings to objects costs several cache misses and a string
 * per lookup, which measured as a tenth of a whole check. When full, the
 * memory starts afresh (its facts are all recomputable).
 */
export const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const CHECK_SEED = 0x9747b28c;
const CHECK_PRIME = 0x5bd1e995;

/** One step of FNV-1a: the hash `h` extended by one char code (32 bits, signed). */
export const fnvStep = (h: number, code: number) => Math.imul(h ^ code, FNV_PRIME);

/** FNV-1a from `h` over the char codes of `text` from `start` to `end`. */
export function fnvRange(h: number, text: string, start: number, end: number): number {
  for (let i = start; i < end; i++) h = fnvStep(h, text.charCodeAt(i));
  return h;
}

/** The first hash of a range of a text (FNV-1a), as a non-negative small integer. */
export function rangeKey(text: string, start: number, end: number): number {
  return fnvRange(FNV_OFFSET, text, start, end) & 0x3fffffff;
}

/** The second hash: another seed and multiplier, mixed with the length. */
function rangeCheck(text: string, start: number, end: number): number {
  let h = CHECK_SEED ^ (end - start);
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), CHECK_PRIME);
  return h | 0;
}

export class WordMemory {
  /** Per slot: key + 1 (0 is an empty slot), check, then the word's values. */
  readonly table: Int32Array;
  private readonly slotSize: number;
  private readonly slots: number;
  private size = 0;

  /**
   * `wordsHeld`: how many words before the memory starts afresh; with `fixed`,
   * a dictionary built once, adding more is an error instead.
   */
  constructor(
    readonly values: number,
    private readonly wordsHeld: number,
    private readonly options: { fixed?: boolean } = {},
  ) {
    this.slotSize = 2 + values;
    let slots = 16;
    while (slots < wordsHeld * 2) slots *= 2;
    this.slots = slots;
    this.table = new Int32Array(slots * this.slotSize);
  }

  /**
   * Where the values of the word `text[start, end)` begin in `table`, or -1
   * when it is not held. `key` is rangeKey of the word, if already known.
   */
  find(text: string, start: number, end: number, key = rangeKey(text, start, end)): number {
    const { table, slotSize } = this;
    // The second hash only once a slot's key agrees: most words a rule asks about are not held.
    let check: number | undefined;
    for (let slot = key & (this.slots - 1); ; slot = (slot + 1) & (this.slots - 1)) {
      const at = slot * slotSize;
      if (table[at] === 0) return -1;
      if (table[at] === key + 1 && table[at + 1] === (check ??= rangeCheck(text, start, end))) return at + 2;
    }
  }

  /** Holds the word with the given values; returns where they begin in `table`. */
  add(word: string, values: ArrayLike<number>): number {
    if (this.size >= this.wordsHeld) {
      if (this.options.fixed) throw new Error(`WordMemory: more than ${this.wordsHeld} words in a fixed dictionary`);
      this.table.fill(0);
      this.size = 0;
    }
    const key = rangeKey(word, 0, word.length);
    const check = rangeCheck(word, 0, word.length);
    const { table, slotSize } = this;
    let slot = key & (this.slots - 1);
    while (
      table[slot * slotSize] !== 0 &&
      !(table[slot * slotSize] === key + 1 && table[slot * slotSize + 1] === check)
    )
      slot = (slot + 1) & (this.slots - 1);
    const at = slot * slotSize;
    if (table[at] === 0) this.size++;
    table[at] = key + 1;
    table[at + 1] = check;
    for (let v = 0; v < this.values; v++) table[at + 2 + v] = values[v]!;
    return at + 2;
  }
}
