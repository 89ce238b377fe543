/**
 * npm run policy:train [-- FILE.csv]
 *
 * Trains the classifier on the labelled dev set (default
 * ../shared/data/policy-dev.csv) and writes models/policy-classifier.json.
 *
 * Reproducible: a fixed seed shuffles and splits the data. 20% of it is held
 * back and never seen here (policy:eval reports on it); of the rest, 15% is a
 * validation part on which the threshold is chosen so that, together with the
 * rules, at least 95.5% of civil comments are still published.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ROOT_DIR } from '../config.js';
import { MODEL_PATH } from '../policy/classifier/model.js';
import { scoreByFeatures } from '../policy/classifier/model.js';
import { seededRandom, shuffle } from '../policy/classifier/random.js';
import { toModelFile, train, type Example } from '../policy/classifier/train.js';
import { RULES, submissionOf } from '../policy/engine.js';
import { normalize } from '../policy/normalize.js';
import { defaultPolicyContext, readLabelledCsv, splitHeldBack } from './support.js';

const SEED = 20261129;
const OPTIONS = { epochs: 6, learningRate: 0.2, l2: 1e-6, seed: SEED };
/** Civil comments that must still be published by rules and classifier together, on validation. */
const CIVIL_TARGET = 0.955;

const file = process.argv[2] ?? path.join(ROOT_DIR, '../shared/data/policy-dev.csv');
const started = Date.now();
const rows = readLabelledCsv(file);
const { train: trainRows } = splitHeldBack(rows, SEED);
const shuffled = shuffle(trainRows, seededRandom(SEED + 1));
const cut = Math.round(shuffled.length * 0.85);
const fitRows = shuffled.slice(0, cut);
const validationRows = shuffled.slice(cut);

const toExample = (r: { text: string; label: string }): Example => ({
  normalizedText: normalize(r.text).text,
  y: r.label === 'civil' ? 0 : 1,
});
const { weights, bias } = train(fitRows.map(toExample), OPTIONS);

// Threshold: the lowest score that still publishes CIVIL_TARGET of the civil validation comments,
// counting those the rules already hold or refuse.
const context = defaultPolicyContext();
const validation = validationRows.map((r) => {
  const submission = submissionOf(r.text);
  const flaggedByRules = RULES.some(({ rule }) => rule(submission, context) !== undefined);
  return {
    civil: r.label === 'civil',
    flaggedByRules,
    p: scoreByFeatures({ weights, scale: 1, bias }, submission.normalized.text),
  };
});
const civil = validation.filter((v) => v.civil);
const allowedHolds = Math.floor(civil.length * (1 - CIVIL_TARGET)) - civil.filter((v) => v.flaggedByRules).length;
const civilScores = civil
  .filter((v) => !v.flaggedByRules)
  .map((v) => v.p)
  .sort((a, b) => b - a);
const threshold = allowedHolds > 0 ? civilScores[allowedHolds - 1]! + 1e-6 : (civilScores[0] ?? 0.5) + 1e-6;

const caught = validation.filter((v) => !v.civil && (v.flaggedByRules || v.p >= threshold)).length;
const civilPublished = civil.filter((v) => !v.flaggedByRules && v.p < threshold).length;
const model = toModelFile(weights, bias, Number(threshold.toFixed(6)), {
  data: path.basename(file),
  seed: SEED,
  options: OPTIONS,
  rows: { fit: fitRows.length, validation: validationRows.length, heldBack: rows.length - trainRows.length },
  validation: {
    civilPublished: Number((civilPublished / civil.length).toFixed(4)),
    othersNotPublished: Number((caught / (validation.length - civil.length)).toFixed(4)),
  },
  trainedAt: new Date().toISOString().slice(0, 10),
});
fs.mkdirSync(path.dirname(MODEL_PATH), { recursive: true });
fs.writeFileSync(MODEL_PATH, `${JSON.stringify(model, null, 1)}\n`);
console.log(
  `trained on ${fitRows.length} rows in ${((Date.now() - started) / 1000).toFixed(1)} s; threshold ${model.threshold}; ` +
    `validation: ${(100 * (civilPublished / civil.length)).toFixed(1)}% civil published, ` +
    `${(100 * (caught / (validation.length - civil.length))).toFixed(1)}% others not published; ` +
    `${(fs.statSync(MODEL_PATH).size / 1024).toFixed(0)} KB → ${path.relative(ROOT_DIR, MODEL_PATH)}`,
);
