/**
 * The trained classifier: logistic regression over hashed features (see
 * features.ts), trained by `npm run policy:train` and stored as 8-bit weights
 * in `models/policy-classifier.json` so that start-up trains nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  bigramHashOfRange,
  bigramPrefix,
  featureHashes,
  featureIndex,
  featureSign,
  HASH_BITS,
  IDENTITY_WORD,
  modelTokens,
  Vocabulary,
  wordFeatures,
} from './features.js';
import { WordMemory } from '../word-memory.js';
import { CLASSIFIER_LEVELS, type ClassifierLevel } from '../types.js';

/** A level of strictness as training chose it, and what it did on the validation split. */
export interface ModelLevel {
  level: ClassifierLevel;
  /** The share of civil validation comments that rules and classifier together still publish. */
  civilTarget: number;
  /** The score at or above which the rule holds a comment. */
  threshold: number;
  /** Per label: the share published (civil) or not published (the others), rules and classifier together. */
  validation: Record<string, number>;
}

export interface ModelFile {
  version: 2;
  hashBits: number;
  /** Weight i is `weights[i] * scale` (int8, base64). */
  scale: number;
  weights: string;
  bias: number;
  /** The words it was trained to read as one identity token (see Vocabulary in features.ts). */
  identityTerms: string[];
  /** One per CLASSIFIER_LEVELS entry, in that order. */
  levels: ModelLevel[];
  /** How it was trained, for the README and for whoever retrains it. */
  training: Record<string, unknown>;
}

export interface Model {
  /** Weight i is `weights[i] * scale`. Kept as 8 bits: a quarter of the memory, and more of it stays in cache. */
  weights: Int8Array;
  scale: number;
  bias: number;
  /** What it reads as it was trained to: its identity terms. */
  vocabulary: Vocabulary;
  levels: ModelLevel[];
  thresholds: Record<ClassifierLevel, number>;
}

/** models/ at the project root: the nearest folder above this file that has one. */
export const MODEL_PATH = (() => {
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'models', 'policy-classifier.json');
    if (fs.existsSync(candidate) || path.dirname(dir) === dir) return candidate;
  }
})();

export function loadModel(file = MODEL_PATH): Model {
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as ModelFile;
  if (data.version !== 2 || data.hashBits !== HASH_BITS)
    throw new Error(`${file}: not a model for this version of the features; run npm run policy:train`);
  const thresholds = Object.fromEntries(data.levels.map((l) => [l.level, l.threshold]));
  const missing = CLASSIFIER_LEVELS.filter((level) => typeof thresholds[level] !== 'number');
  if (missing.length) throw new Error(`${file}: no threshold for ${missing.join(', ')}; run npm run policy:train`);
  if (!Array.isArray(data.identityTerms)) throw new Error(`${file}: no identity terms; run npm run policy:train`);
  const bytes = Buffer.from(data.weights, 'base64');
  const weights = new Int8Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  return {
    weights,
    scale: data.scale,
    bias: data.bias,
    vocabulary: new Vocabulary(data.identityTerms),
    levels: data.levels,
    thresholds: thresholds as Record<ClassifierLevel, number>,
  };
}

/**
 * A word's features and their weights are the same wherever it stands, and a
 * comment's words are mostly common ones: each word's weighted sum, feature
 * count and the first half of its bigram hash are worked out once per model
 * and remembered (word-memory.ts), so a comment costs a probe per word plus
 * its bigrams, with no string cut out of the text. The weights are integers,
 * so the sums are exact and the score is the one the features would give one
 * by one (a test holds them equal on the dev set).
 */
const SUM = 0;
const COUNT = 1;
const PREFIX = 2;
const remembered = new WeakMap<object, WordMemory>();
function memoryOf(model: Pick<Model, 'weights'>): WordMemory {
  let memory = remembered.get(model.weights);
  // As many words as obscene.ts remembers, and for the same reason (2.6 MB).
  if (!memory) remembered.set(model.weights, (memory = new WordMemory(3, 65_536)));
  return memory;
}

/** Where a word's values begin in the memory's table, worked out if the word is new. */
function wordValues(
  memory: WordMemory,
  model: Pick<Model, 'weights'>,
  text: string,
  start: number,
  end: number,
  key: number,
): number {
  const at = memory.find(text, start, end, key);
  return at >= 0 ? at : rememberWord(memory, model, text.slice(start, end));
}

/**
 * A new word's values, worked out and held. A function of its own: the callback's variables live in a context that
 * V8 allocates when the function holding them is entered, and in wordValues that was on every word of every check
 * (8 KB of garbage a check), not only on the new ones.
 */
function rememberWord(memory: WordMemory, model: Pick<Model, 'weights'>, word: string): number {
  let sum = 0;
  let count = 0;
  wordFeatures(word, (h) => {
    sum += featureSign(h) * model.weights[featureIndex(h)]!;
    count++;
  });
  return memory.add(word, [sum, count, bigramPrefix(word)]);
}

/**
 * The probability that a text breaks the policy, feature by feature: for
 * weights being trained (floats, which the per-word memory above cannot hold)
 * and for the test that `score` agrees with it.
 */
export function scoreByFeatures(
  model: { weights: Int8Array | Float32Array; scale: number; bias: number; vocabulary?: Vocabulary },
  normalizedText: string,
): number {
  const hashes = featureHashes(normalizedText, model.vocabulary);
  let sum = 0;
  for (let k = 0; k < hashes.length; k++) sum += featureSign(hashes[k]!) * model.weights[featureIndex(hashes[k]!)]!;
  const z = model.bias + (hashes.length ? (sum * model.scale) / Math.sqrt(hashes.length) : 0);
  return 1 / (1 + Math.exp(-z));
}

/** The probability that a text breaks the policy, from 0 to 1. */
export function score(model: Pick<Model, 'weights' | 'scale' | 'bias' | 'vocabulary'>, normalizedText: string): number {
  const { count: words, starts, ends, keys } = modelTokens(normalizedText, model.vocabulary);
  const memory = memoryOf(model);
  const t = memory.table;
  let sum = 0;
  let count = 0;
  let previousPrefix = 0;
  for (let k = 0; k < words; k++) {
    // An identity term (negative start) reads as the word IDENTITY_WORD (see features.ts).
    const identity = starts[k]! < 0;
    const text = identity ? IDENTITY_WORD : normalizedText;
    const start = identity ? 0 : starts[k]!;
    const end = identity ? IDENTITY_WORD.length : ends[k]!;
    const at = wordValues(memory, model, text, start, end, keys[k]!);
    sum += t[at + SUM]!;
    count += t[at + COUNT]!;
    if (k > 0) {
      const h = bigramHashOfRange(previousPrefix, text, start, end);
      sum += featureSign(h) * model.weights[featureIndex(h)]!;
      count++;
    }
    previousPrefix = t[at + PREFIX]!;
  }
  const z = model.bias + (count ? (sum * model.scale) / Math.sqrt(count) : 0);
  return 1 / (1 + Math.exp(-z));
}
