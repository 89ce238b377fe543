import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { readLabelledCsv, rowsDigest, WRITTEN_COMMENTS } from '../../../src/cli/support.js';
import { IDENTITY_TERMS, modelWords, Vocabulary } from '../../../src/policy/classifier/features.js';
import { loadModel, MODEL_PATH, score, scoreByFeatures } from '../../../src/policy/classifier/model.js';
import { normalize } from '../../../src/policy/normalize.js';
import { SHARED_DIR } from '../../support/app.js';

describe('the classifier', () => {
  const model = loadModel();

  // Scoring adds up remembered per-word sums; training reads every feature. They must agree exactly.
  it('scores a text as the sum of its features, feature by feature', () => {
    const dev = readLabelledCsv(path.join(SHARED_DIR, 'data/policy-dev.csv')).filter((_, i) => i % 7 === 0);
    for (const { text } of dev) {
      const normalized = normalize(text).text;
      assert.equal(score(model, normalized), scoreByFeatures(model, normalized), text);
    }
  });

  it('gives the same scores after its memory of words fills up and starts afresh', () => {
    const text = normalize('@USER you are a pathetic lying piece of trash, and the treaty is a mistake').text;
    const before = score(model, text);
    // 40,000 made-up words: more than the memory holds.
    const words = Array.from(
      { length: 40_000 },
      (_, i) => `w${i.toString(36).replace(/\d/g, (d) => 'abcdefghij'[+d]!)}`,
    );
    for (let i = 0; i < words.length; i += 100) score(model, words.slice(i, i + 100).join(' '));
    assert.equal(score(model, text), before);
    assert.equal(score(model, text), scoreByFeatures(model, text));
  });

  it('reads the identity terms it was trained with, which its file keeps, not the groups the rules learnt since', () => {
    // A model trained before "zoomers" joined the rules' groups reads it as the word it saw.
    const older = {
      ...model,
      vocabulary: new Vocabulary(model.vocabulary.identityTerms.filter((w) => w !== 'zoomers')),
    };
    assert.ok(IDENTITY_TERMS.includes('zoomers'));
    assert.deepEqual(modelWords('zoomers and muslims', older.vocabulary), ['zoomers', 'and', 'identity']);
    assert.deepEqual(modelWords('zoomers and muslims'), ['identity', 'and', 'identity']);
    const text = normalize('Zoomers are the first generation raised online').text;
    assert.equal(score(older, text), scoreByFeatures(older, text));
    assert.notEqual(score(older, text), score(model, text));
  });

  it("takes as identity terms the words that name a group, not the common words of a group's name", () => {
    assert.equal(
      modelWords('the first people of central asia, lgbt and lgbtq friends, gay men').join(' '),
      'the first people of central asia identity and identity friends identity identity',
    );
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

  describe('the comments written for this project, which it is trained on beside the dev set', () => {
    const written = readLabelledCsv(WRITTEN_COMMENTS);

    it('are labelled civil, personal_attack or hate, each text once, and none is a row of the shared sets', () => {
      assert.ok(written.length > 8000);
      const labels = new Set(written.map((r) => r.label));
      assert.deepEqual([...labels].sort(), ['civil', 'hate', 'personal_attack']);
      assert.equal(new Set(written.map((r) => r.text)).size, written.length, 'a text written twice');
      // The dev set's held-back rows measure the classifier, and the fairness set bounds its thresholds.
      const shared = new Set(
        ['policy-dev.csv', 'policy-fairness.csv'].flatMap((f) =>
          readLabelledCsv(path.join(SHARED_DIR, 'data', f)).map((r) => r.text),
        ),
      );
      assert.deepEqual(
        written.filter((r) => shared.has(r.text)).map((r) => r.text),
        [],
      );
    });

    it('are the ones the committed model was trained on (run npm run policy:train after changing them)', () => {
      const file = JSON.parse(fs.readFileSync(MODEL_PATH, 'utf8')) as { training: { writtenDigest?: string } };
      assert.equal(file.training.writtenDigest, rowsDigest(written));
    });

    it('are told apart by it: attacks and hate score above civil comments in the same words', () => {
      // The share of (attack, civil) pairs it orders rightly; a model of the tweets alone read them at 0.67.
      const scores = (civil: boolean) =>
        written.filter((r) => (r.label === 'civil') === civil).map((r) => score(model, normalize(r.text).text));
      const civil = scores(true).sort((a, b) => a - b);
      let below = 0;
      for (const p of scores(false)) below += civil.filter((c) => c < p).length;
      assert.ok(below / (civil.length * (written.length - civil.length)) > 0.95);
    });
  });
});
