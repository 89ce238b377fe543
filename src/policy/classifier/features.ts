/**
 * Features for the classifier: hashed word unigrams and bigrams and character
 * 3- to 5-grams of the normalised text. Hashing (FNV-1a into 2^18 buckets, with
 * a sign bit to cancel collisions on average) keeps the model a fixed, small
 * array with no vocabulary to store; character n-grams see through misspellings
 * and word forms ("idiots", "idiotic") that word features would miss.
 *
 * Shared by training and by the running server, so both see the same features.
 * Hashes are computed from char codes as the words are read, without building
 * a string per n-gram: this runs on every comment the rules let through.
 */
import { GROUPS, INNOCENT, spelledOut } from '../lexicon.js';
import { isSpaceCode } from '../match.js';
import { FNV_OFFSET, fnvRange, fnvStep, rangeKey, WordMemory } from '../word-memory.js';

export const HASH_BITS = 18;
const MASK = (1 << HASH_BITS) - 1;
const step = fnvStep;
const stepString = (h: number, s: string) => fnvRange(h, s, 0, s.length);
const WORD_SEED = stepString(FNV_OFFSET, 'w:');
const BIGRAM_SEED = stepString(FNV_OFFSET, 'b:');
const CHAR_SEED = stepString(FNV_OFFSET, 'c:');
const SPACE = 32;

/**
 * Identity terms ("gay", "muslim", "black") all become one token before the
 * model sees them. In the training tweets these words appear far more often in
 * hateful rows than civil ones, and a model that learns that holds "Binh is a
 * kind gay" for the word alone. Hatred of groups is the hate rule's job, which
 * looks at what is said of the group, not at its name.
 *
 * The terms are the groups named in one word, in each of their spellings, and
 * the words of longer names that name an identity by themselves (listed here):
 * not "people" of "old people", "first" of "First Nations" or "with" of "people
 * with disabilities", which would make every "first" and "people" of every
 * comment one.
 */
// prettier-ignore
const IDENTITY_WORDS_OF_LONGER_NAMES = [
  'aged', 'australian', 'australians', 'easterner', 'easterners', 'hawaiian', 'hawaiians', 'indigenous', 'native',
  'orthodox', 'religious',
];
export const IDENTITY_TERMS: readonly string[] = [
  ...new Set([
    ...GROUPS.filter((g) => !g.includes(' ')).flatMap((g) => spelledOut(g) ?? [g]),
    ...IDENTITY_WORDS_OF_LONGER_NAMES,
  ]),
].sort();

/** Names and places that contain rude words ("Dick Van Dyke") are not evidence of anything: their words are skipped. */
const INNOCENT_PHRASES = INNOCENT.map((phrase) => phrase.split(' '));

/** Tweet and web artefacts that carry no meaning about civility: mentions, links, "RT", "URL". */
const NOISE_WORDS = ['rt', 'url', 'amp', 'http', 'https', 'www'];

export const IDENTITY_WORD = 'identity';

const IDENTITY_KEY = rangeKey(IDENTITY_WORD, 0, IDENTITY_WORD.length);

const NOISE = 1;
const IDENTITY_TERM = 2;
/**
 * The words a model treats specially (noise, identity terms, the first words
 * of innocent phrases), found by range like the classifier's words: per word,
 * flags and the index of its phrases in `phrases`.
 *
 * A model reads the identity terms it was trained with, which its file keeps:
 * the rules' list of groups grows between trainings, and each group's words
 * read as one token would change what the model sees without retraining it
 * (some ninety had, "first" of "First Nations" among them, before the terms
 * were kept with the weights).
 */
export class Vocabulary {
  readonly special = new WordMemory(2, 512);
  readonly phrases: string[][][] = [];
  constructor(readonly identityTerms: readonly string[]) {
    const flags = new Map<string, number>();
    const phrases = new Map<string, string[][]>();
    for (const w of NOISE_WORDS) flags.set(w, NOISE);
    for (const w of identityTerms) flags.set(w, (flags.get(w) ?? 0) | IDENTITY_TERM);
    for (const phrase of INNOCENT_PHRASES) phrases.set(phrase[0]!, [...(phrases.get(phrase[0]!) ?? []), phrase]);
    for (const w of new Set([...flags.keys(), ...phrases.keys()])) {
      this.phrases.push(phrases.get(w) ?? []);
      this.special.add(w, [flags.get(w) ?? 0, this.phrases.length - 1]);
    }
  }
}
/** What training reads: the identity terms of the groups the rules know now. */
export const CURRENT_VOCABULARY = new Vocabulary(IDENTITY_TERMS);

/**
 * The words the model reads, in order, as ranges of the text, with
 * `IDENTITY_WORD` standing for an identity term: a-z runs with apostrophes,
 * mentions, links and tweet artefacts dropped, innocent phrases skipped.
 * Ranges rather than strings: the scorer looks words up without cutting them
 * out (the strings are the inner loop's main cost).
 *
 * The buffers are reused by the next call.
 */
let starts = new Int32Array(1024);
let ends = new Int32Array(1024);
let keys = new Int32Array(1024);
export function modelTokens(
  text: string,
  vocabulary = CURRENT_VOCABULARY,
): { count: number; starts: Int32Array; ends: Int32Array; keys: Int32Array } {
  const { special: SPECIAL, phrases: SPECIAL_PHRASES } = vocabulary;
  if (starts.length < text.length) {
    starts = new Int32Array(text.length);
    ends = new Int32Array(text.length);
    keys = new Int32Array(text.length);
  }
  let count = 0;
  // The tokens that open an innocent phrase, by index: looked at again once all are read.
  let phraseOpeners: number[] | undefined;
  for (let i = 0; i < text.length;) {
    const skipped = skipMentionOrLink(text, i);
    if (skipped > i) {
      i = skipped;
      continue;
    }
    if (!isLower(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < text.length && (isLower(text.charCodeAt(j)) || text.charCodeAt(j) === APOSTROPHE)) j++;
    const key = rangeKey(text, i, j);
    const at = SPECIAL.find(text, i, j, key);
    const flags = at < 0 ? 0 : SPECIAL.table[at]!;
    if (!(flags & NOISE)) {
      if (at >= 0 && SPECIAL_PHRASES[SPECIAL.table[at + 1]!]!.length && !(flags & IDENTITY_TERM))
        (phraseOpeners ??= []).push(count);
      // An identity term is marked by a negative start.
      starts[count] = flags & IDENTITY_TERM ? -1 : i;
      ends[count] = j;
      keys[count++] = flags & IDENTITY_TERM ? IDENTITY_KEY : key;
    }
    i = j;
  }
  // Innocent phrases, word for word. (When a phrase is cut, the next word moves into this place and is
  // compared only with the phrases of the word that was there: the model was trained so.)
  const wordIs = (k: number, word: string) =>
    k < count &&
    (starts[k]! < 0
      ? word === IDENTITY_WORD
      : ends[k]! - starts[k]! === word.length && text.startsWith(word, starts[k]!));
  if (!phraseOpeners) return { count, starts, ends, keys };
  for (let i = phraseOpeners[0]!; i < count; i++) {
    const at = starts[i]! < 0 ? -1 : SPECIAL.find(text, starts[i]!, ends[i]!, keys[i]);
    for (const phrase of at < 0 ? [] : SPECIAL_PHRASES[SPECIAL.table[at + 1]!]!) {
      if (phrase.every((p, k) => wordIs(i + k, p))) {
        starts.copyWithin(i, i + phrase.length, count);
        ends.copyWithin(i, i + phrase.length, count);
        keys.copyWithin(i, i + phrase.length, count);
        count -= phrase.length;
      }
    }
  }
  return { count, starts, ends, keys };
}

/** The model's words as strings (for training and tests; the scorer reads the ranges). */
export function modelWords(text: string, vocabulary = CURRENT_VOCABULARY): string[] {
  const { count, starts, ends } = modelTokens(text, vocabulary);
  const out: string[] = [];
  for (let k = 0; k < count; k++) out.push(starts[k]! < 0 ? IDENTITY_WORD : text.slice(starts[k]!, ends[k]!));
  return out;
}

const APOSTROPHE = 39;
const isLower = (c: number) => c >= 97 && c <= 122;
const isWordCode = (c: number) => isLower(c) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 95;

/**
 * Where a mention ("@name") or a link ("http://…", "https://…") starting at
 * `i` ends; `i` when none starts there. Read by hand rather than by a regular
 * expression: this is the inner loop of the classifier.
 */
function skipMentionOrLink(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 64 /* @ */) {
    let j = i + 1;
    while (j < text.length && isWordCode(text.charCodeAt(j))) j++;
    return j > i + 1 ? j : i;
  }
  if (c === 104 /* h */ && text.startsWith('http', i)) {
    let j = i + 4;
    if (text.charCodeAt(j) === 115 /* s */) j++;
    if (!text.startsWith('://', j)) return i;
    j += 3;
    const from = j;
    while (j < text.length && !isSpaceCode(text.charCodeAt(j))) j++;
    return j > from ? j : i;
  }
  return i;
}

/** Feature hashes of the last call, reused between calls: no allocation per comment. */
let buffer = new Uint32Array(4096);
let count = 0;
function add(h: number): void {
  if (count === buffer.length) {
    const bigger = new Uint32Array(buffer.length * 2);
    bigger.set(buffer);
    buffer = bigger;
  }
  buffer[count++] = h >>> 0;
}

/** The space-padded word's char code at `k`. */
function paddedAt(w: string, length: number, k: number): number {
  return k === 0 || k === length - 1 ? SPACE : w.charCodeAt(k - 1);
}

/**
 * The features one word gives wherever it stands: the word itself and the
 * character n-grams of " word ", sizes 3 to 5, each hash extended from the
 * shorter one. Passed to `emit` one by one.
 */
export function wordFeatures(w: string, emit: (hash: number) => void): void {
  emit(stepString(WORD_SEED, w) >>> 0);
  const length = w.length + 2;
  for (let start = 0; start + 3 <= length; start++) {
    let h = step(
      step(step(CHAR_SEED, paddedAt(w, length, start)), paddedAt(w, length, start + 1)),
      paddedAt(w, length, start + 2),
    );
    emit(h >>> 0);
    for (let size = 4; size <= 5 && start + size <= length; size++) {
      h = step(h, paddedAt(w, length, start + size - 1));
      emit(h >>> 0);
    }
  }
}

/** The feature of two words in a row: the first word's part (`bigramPrefix`), extended by the second. */
export const bigramPrefix = (previous: string) => step(stepString(BIGRAM_SEED, previous), SPACE);
export const bigramHashOfRange = (prefix: number, text: string, start: number, end: number) =>
  fnvRange(prefix, text, start, end) >>> 0;
export const bigramHash = (previous: string, w: string) => bigramHashOfRange(bigramPrefix(previous), w, 0, w.length);

/**
 * The hashes of every feature occurrence of a text, in a buffer that the next
 * call overwrites: bucket `hash & MASK`, sign from the top bit (see featureIndex).
 * Training reads these; scoring adds up the same features word by word (model.ts).
 */
export function featureHashes(normalizedText: string, vocabulary = CURRENT_VOCABULARY): Uint32Array {
  const words = modelWords(normalizedText, vocabulary);
  count = 0;
  for (let i = 0; i < words.length; i++) {
    wordFeatures(words[i]!, add);
    if (i > 0) add(bigramHash(words[i - 1]!, words[i]!));
  }
  return buffer.subarray(0, count);
}

export const featureIndex = (hash: number) => hash & MASK;
export const featureSign = (hash: number) => (hash & 0x80000000 ? -1 : 1);
