/**
 * The trained classifier: logistic regression over hashed features (see
 * features.ts), trained by `npm run policy:train` and stored as 8-bit weights
 * in `models/policy-classifier.json` so that start-up trains nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bigramHash, featureIndex, featureSign, HASH_BITS, modelWords, wordFeatures } from './features.js';

export interface ModelFile {
  version: 1;
  hashBits: number;
  /** Weight i is `weights[i] * scale` (int8, base64). */
  scale: number;
  weights: string;
  bias: number;
  /** The score at or above which the rule holds a comment, chosen on the validation split. */
  threshold: number;
  /** How it was trained and how it did, for the README and for whoever retrains it. */
  training: Record<string, unknown>;
}

export interface Model {
  /** Weight i is `weights[i] * scale`. Kept as 8 bits: a quarter of the memory, and more of it stays in cache. */
  weights: Int8Array | Float32Array;
  scale: number;
  bias: number;
  threshold: number;
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
  if (data.version !== 1 || data.hashBits !== HASH_BITS)
    throw new Error(`${file}: not a model for this version of the features`);
  const bytes = Buffer.from(data.weights, 'base64');
  const weights = new Int8Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  return { weights, scale: data.scale, bias: data.bias, threshold: data.threshold };
}

/**
 * A word's features and their weights are the same wherever it stands, and a
 * comment's words are mostly common ones: each word's weighted sum is worked
 * out once per model and remembered, so a comment costs a lookup per word
 * plus its bigrams. The weights are integers, so the sums are exact and the
 * score is the one the features would give one by one.
 */
const wordSums = new WeakMap<object, Map<string, { sum: number; count: number }>>();
function wordSum(model: Pick<Model, 'weights'>, word: string): { sum: number; count: number } {
  let sums = wordSums.get(model.weights);
  if (!sums) wordSums.set(model.weights, (sums = new Map()));
  let entry = sums.get(word);
  if (!entry) {
    const e = { sum: 0, count: 0 };
    wordFeatures(word, (h) => {
      e.sum += featureSign(h) * model.weights[featureIndex(h)]!;
      e.count++;
    });
    if (sums.size > 50_000) sums.clear();
    sums.set(word, (entry = e));
  }
  return entry;
}

/** The probability that a text breaks the policy, from 0 to 1. */
export function score(model: Pick<Model, 'weights' | 'scale' | 'bias'>, normalizedText: string): number {
  const words = modelWords(normalizedText);
  let sum = 0;
  let count = 0;
  for (let i = 0; i < words.length; i++) {
    const w = wordSum(model, words[i]!);
    sum += w.sum;
    count += w.count;
    if (i > 0) {
      const h = bigramHash(words[i - 1]!, words[i]!);
      sum += featureSign(h) * model.weights[featureIndex(h)]!;
      count++;
    }
  }
  const z = model.bias + (count ? (sum * model.scale) / Math.sqrt(count) : 0);
  return 1 / (1 + Math.exp(-z));
}
