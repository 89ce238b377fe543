/**
 * The trained classifier: logistic regression over hashed features (see
 * features.ts), trained by `npm run policy:train` and stored as 8-bit weights
 * in `models/policy-classifier.json` so that start-up trains nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { featureHashes, featureIndex, featureSign, HASH_BITS } from './features.js';

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

/** The probability that a text breaks the policy, from 0 to 1. */
export function score(model: Pick<Model, 'weights' | 'scale' | 'bias'>, normalizedText: string): number {
  const hashes = featureHashes(normalizedText);
  let sum = 0;
  for (let k = 0; k < hashes.length; k++) sum += featureSign(hashes[k]!) * model.weights[featureIndex(hashes[k]!)]!;
  const z = model.bias + (hashes.length ? (sum * model.scale) / Math.sqrt(hashes.length) : 0);
  return 1 / (1 + Math.exp(-z));
}
