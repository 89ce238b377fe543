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
import { GROUPS, INNOCENT } from '../lexicon.js';

export const HASH_BITS = 18;
const MASK = (1 << HASH_BITS) - 1;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

const step = (h: number, code: number) => Math.imul(h ^ code, FNV_PRIME);
const stepString = (h: number, s: string) => {
  for (let i = 0; i < s.length; i++) h = step(h, s.charCodeAt(i));
  return h;
};
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
 */
const IDENTITY = new Set(
  GROUPS.flatMap((g) => g.replace(/\(\?:[^)]*\)\??/g, '').split(' ')).flatMap((w) =>
    w.endsWith('s?') ? [w.slice(0, -2), `${w.slice(0, -2)}s`] : [w],
  ),
);

/** Names and places that contain rude words ("Dick Van Dyke") are not evidence of anything: their words are skipped. */
const INNOCENT_BY_FIRST_WORD = new Map<string, string[][]>();
for (const phrase of INNOCENT) {
  const words = phrase.split(' ');
  INNOCENT_BY_FIRST_WORD.set(words[0]!, [...(INNOCENT_BY_FIRST_WORD.get(words[0]!) ?? []), words]);
}

/** Tweet and web artefacts that carry no meaning about civility: mentions, links, "RT", "URL". */
const NOISE_WORDS = new Set(['rt', 'url', 'amp', 'http', 'https', 'www']);

/** The words the model reads: a-z runs with apostrophes, mentions and links dropped, identities merged. */
function wordsOf(text: string): string[] {
  const out: string[] = [];
  const re = /(@\w+|https?:\/\/\S+)|[a-z][a-z']*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[1] !== undefined) continue;
    const w = m[0];
    if (NOISE_WORDS.has(w)) continue;
    out.push(IDENTITY.has(w) ? 'identity' : w);
  }
  for (let i = 0; i < out.length; i++) {
    for (const phrase of INNOCENT_BY_FIRST_WORD.get(out[i]!) ?? []) {
      if (phrase.every((p, k) => out[i + k] === p)) out.splice(i, phrase.length);
    }
  }
  return out;
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
 * The hashes of every feature occurrence of a text, in a buffer that the next
 * call overwrites: bucket `hash & MASK`, sign from the top bit (see featureIndex).
 */
export function featureHashes(normalizedText: string): Uint32Array {
  const words = wordsOf(normalizedText);
  count = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    add(stepString(WORD_SEED, w));
    if (i > 0) add(stepString(step(stepString(BIGRAM_SEED, words[i - 1]!), SPACE), w));
    // Character n-grams of " word ", sizes 3 to 5, each hash extended from the shorter one.
    const length = w.length + 2;
    for (let start = 0; start + 3 <= length; start++) {
      let h = step(
        step(step(CHAR_SEED, paddedAt(w, length, start)), paddedAt(w, length, start + 1)),
        paddedAt(w, length, start + 2),
      );
      add(h);
      for (let size = 4; size <= 5 && start + size <= length; size++) {
        h = step(h, paddedAt(w, length, start + size - 1));
        add(h);
      }
    }
  }
  return buffer.subarray(0, count);
}

export const featureIndex = (hash: number) => hash & MASK;
export const featureSign = (hash: number) => (hash & 0x80000000 ? -1 : 1);
