/**
 * Logistic regression by stochastic gradient descent with AdaGrad step sizes
 * and L2 regularisation, over the hashed features of features.ts. Written here
 * because it is forty lines and the alternatives (a Python toolchain, or a
 * JavaScript ML library far larger than the model) would cost more than they
 * give; it is deterministic for a given seed.
 */
import { seededRandom, shuffle } from './random.js';
import { featureHashes, featureIndex, featureSign, HASH_BITS, IDENTITY_TERMS } from './features.js';
import type { ModelFile, ModelLevel } from './model.js';

export interface Example {
  normalizedText: string;
  /** 1 = breaks the policy, 0 = civil. */
  y: 0 | 1;
  /** How much this example counts (default 1). */
  weight?: number;
}

export interface TrainOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
}

interface Vector {
  index: Int32Array;
  value: Float32Array;
}

function vectorOf(text: string): Vector {
  const hashes = featureHashes(text);
  const scale = hashes.length ? 1 / Math.sqrt(hashes.length) : 0;
  return {
    index: Int32Array.from(hashes, featureIndex),
    value: Float32Array.from(hashes, (h) => featureSign(h) * scale),
  };
}

export function train(examples: Example[], options: TrainOptions): { weights: Float32Array; bias: number } {
  const size = 1 << HASH_BITS;
  const weights = new Float32Array(size);
  const squares = new Float32Array(size).fill(1e-8);
  let bias = 0;
  let biasSquares = 1e-8;
  const vectors = examples.map((e) => ({ v: vectorOf(e.normalizedText), y: e.y, weight: e.weight ?? 1 }));
  const random = seededRandom(options.seed);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const { v, y, weight } of shuffle(vectors, random)) {
      let z = bias;
      for (let k = 0; k < v.index.length; k++) z += weights[v.index[k]!]! * v.value[k]!;
      const g = (1 / (1 + Math.exp(-z)) - y) * weight;
      for (let k = 0; k < v.index.length; k++) {
        const i = v.index[k]!;
        const grad = g * v.value[k]! + options.l2 * weights[i]!;
        squares[i]! += grad * grad;
        weights[i]! -= (options.learningRate * grad) / Math.sqrt(squares[i]!);
      }
      biasSquares += g * g;
      bias -= (options.learningRate * g) / Math.sqrt(biasSquares);
    }
  }
  return { weights, bias };
}

/** 8-bit weights, as the model file keeps them: a quarter of the size. Weight i is `weights[i] * scale`. */
export function quantize(weights: Float32Array): { weights: Int8Array; scale: number } {
  let max = 0;
  for (const w of weights) max = Math.max(max, Math.abs(w));
  const scale = max / 127 || 1;
  return { weights: Int8Array.from(weights, (w) => Math.round(w / scale)), scale };
}

export function toModelFile(
  quantized: { weights: Int8Array; scale: number; bias: number },
  levels: ModelLevel[],
  training: Record<string, unknown>,
): ModelFile {
  return {
    version: 2,
    hashBits: HASH_BITS,
    scale: quantized.scale,
    weights: Buffer.from(quantized.weights.buffer).toString('base64'),
    bias: quantized.bias,
    // (training reads featureHashes' default, the current vocabulary)
    identityTerms: [...IDENTITY_TERMS],
    levels,
    training,
  };
}
