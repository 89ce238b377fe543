import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { readLabelledCsv } from '../../../src/cli/support.js';
import { featureHashes, featureIndex, featureSign, modelWords } from '../../../src/policy/classifier/features.js';
import { loadModel, score } from '../../../src/policy/classifier/model.js';
import { normalize } from '../../../src/policy/normalize.js';
import { SHARED_DIR } from '../../support/app.js';

describe('the classifier', () => {
  const model = loadModel();

  // Scoring adds up remembered per-word sums; training reads every feature. They must agree exactly.
  it('scores a text as the sum of its features, feature by feature', () => {
    const dev = readLabelledCsv(path.join(SHARED_DIR, 'data/policy-dev.csv')).filter((_, i) => i % 7 === 0);
    for (const { text } of dev) {
      const normalized = normalize(text).text;
      const hashes = featureHashes(normalized);
      let sum = 0;
      for (const h of hashes) sum += featureSign(h) * model.weights[featureIndex(h)]!;
      const z = model.bias + (hashes.length ? (sum * model.scale) / Math.sqrt(hashes.length) : 0);
      assert.equal(score(model, normalized), 1 / (1 + Math.exp(-z)), text);
    }
  });

  it('reads words, not mentions, links or tweet artefacts, and merges identity terms', () => {
    assert.deepEqual(modelWords("@ann rt you're wrong https://t.co/x1 about muslims, amp http"), [
      "you're",
      'wrong',
      'about',
      'identity',
    ]);
  });

  it('holds a plain insult and publishes calm disagreement', () => {
    const p = (text: string) => score(model, normalize(text).text);
    assert.ok(p('@USER you are a pathetic lying piece of trash') > p('I think the treaty is a mistake for Armenia'));
  });
});
