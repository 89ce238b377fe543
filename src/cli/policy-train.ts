/**
 * npm run policy:train [-- FILE.csv]
 *
 * Trains the classifier on the labelled dev set (default
 * ../shared/data/policy-dev.csv) and on the comments written for this project
 * (corpus/written-comments.csv: news-comment attacks, hate and their civil
 * twins, which the dev set's tweets lack), and writes
 * models/policy-classifier.json.
 *
 * Reproducible: a fixed seed shuffles and splits the data. 20% of it is held
 * back and never seen here (policy:eval reports on it); of the rest, 15% is a
 * validation part on which each level of strictness gets its threshold: the
 * lowest score that, together with the rules, still publishes the level's share
 * of civil comments (95.5% for the standard level), and never below the score
 * of a civil sentence of the fairness set (policy-fairness.csv, beside FILE).
 * The written comments are all trained on: the rules were written from them,
 * so no part of them could measure the two together unseen.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ROOT_DIR } from '../config.js';
import { MODEL_PATH, scoreByFeatures, type ModelLevel } from '../policy/classifier/model.js';
import { seededRandom, shuffle } from '../policy/classifier/random.js';
import { quantize, toModelFile, train, type Example } from '../policy/classifier/train.js';
import { CLASSIFIER_LEVELS, type ClassifierLevel, type Submission } from '../policy/types.js';
import { RULES, submissionOf } from '../policy/engine.js';
import { normalize } from '../policy/normalize.js';
import { defaultPolicyContext, readLabelledCsv, rowsDigest, splitHeldBack, WRITTEN_COMMENTS } from './support.js';

const SEED = 20261129;
const OPTIONS = { epochs: 6, learningRate: 0.2, l2: 1e-6, seed: SEED };
/**
 * Per level, the civil comments that rules and classifier together must still
 * publish on validation. The standard level aims a little above the issue's
 * 95% floor so that unseen data lands on it.
 */
const CIVIL_TARGETS: Record<ClassifierLevel, number> = { standard: 0.955, strict: 0.94 };

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
const written = readLabelledCsv(WRITTEN_COMMENTS);
const trained = train([...fitRows, ...written].map(toExample), OPTIONS);
// Thresholds are chosen on the scores of the 8-bit weights the model file keeps, the ones checks use.
const model = { ...quantize(trained.weights), bias: trained.bias };

// Each level's threshold: the lowest score that still publishes its share of the civil validation
// comments, counting those the rules already hold or refuse.
const context = defaultPolicyContext();
const flaggedByRules = (submission: Submission) => RULES.some(({ rule }) => rule(submission, context) !== undefined);
const validation = validationRows.map((r) => {
  const submission = submissionOf(r.text);
  return {
    label: r.label,
    flaggedByRules: flaggedByRules(submission),
    p: scoreByFeatures(model, submission.normalized.text),
  };
});
const civil = validation.filter((v) => v.label === 'civil');
const civilScores = civil
  .filter((v) => !v.flaggedByRules)
  .map((v) => v.p)
  .sort((a, b) => b - a);
const labels = [...new Set(validation.map((v) => v.label))].sort();

// No level may hold a kind sentence about a person because of who they are: the thresholds stay above the
// highest score of the fairness set's civil sentences that the rules let through ("Hoshi is a caring middle
// aged" scored 0.84 once). The set constrains the thresholds only; nothing is trained on it.
const fairnessFile = path.join(path.dirname(file), 'policy-fairness.csv');
const fairnessFloor = fs.existsSync(fairnessFile)
  ? Math.max(
      0,
      ...readLabelledCsv(fairnessFile)
        .filter((r) => r.label === 'civil')
        .map((r) => submissionOf(r.text))
        .filter((submission) => !flaggedByRules(submission))
        .map((submission) => scoreByFeatures(model, submission.normalized.text)),
    )
  : 0;

const levels: ModelLevel[] = CLASSIFIER_LEVELS.map((level) => {
  const civilTarget = CIVIL_TARGETS[level];
  const allowedHolds = Math.floor(civil.length * (1 - civilTarget)) - civil.filter((v) => v.flaggedByRules).length;
  const fromValidation = allowedHolds > 0 ? civilScores[allowedHolds - 1]! : (civilScores[0] ?? 0.5);
  const threshold = Number((Math.max(fromValidation, fairnessFloor) + 1e-6).toFixed(6));
  const rates = labels.map((label) => {
    const rows = validation.filter((v) => v.label === label);
    const stopped = rows.filter((v) => v.flaggedByRules || v.p >= threshold).length;
    const rate = label === 'civil' ? 1 - stopped / rows.length : stopped / rows.length;
    return [label, Number(rate.toFixed(4))] as const;
  });
  return { level, civilTarget, threshold, validation: Object.fromEntries(rates) };
});

const modelFile = toModelFile(model, levels, {
  data: [path.basename(file), path.relative(ROOT_DIR, WRITTEN_COMMENTS)],
  writtenDigest: rowsDigest(written),
  seed: SEED,
  options: OPTIONS,
  rows: {
    fit: fitRows.length,
    written: written.length,
    validation: validationRows.length,
    heldBack: rows.length - trainRows.length,
  },
  trainedAt: new Date().toISOString().slice(0, 10),
});
fs.mkdirSync(path.dirname(MODEL_PATH), { recursive: true });
fs.writeFileSync(MODEL_PATH, `${JSON.stringify(modelFile, null, 1)}\n`);
const percent = (rate: number) => `${(100 * rate).toFixed(1)}%`;
console.log(
  `trained on ${fitRows.length} rows of ${path.basename(file)} and ${written.length} written comments in ${((Date.now() - started) / 1000).toFixed(1)} s; ` +
    `${(fs.statSync(MODEL_PATH).size / 1024).toFixed(0)} KB → ${path.relative(ROOT_DIR, MODEL_PATH)}\n` +
    `fairness floor (highest civil score of the fairness set): ${fairnessFloor.toFixed(6)}\n` +
    `on validation (${validationRows.length} rows), rules and classifier together:`,
);
for (const l of levels)
  console.log(
    `  ${l.level.padEnd(10)} threshold ${l.threshold.toFixed(6)}  ` +
      Object.entries(l.validation)
        .map(([label, rate]) => `${label} ${percent(rate)}`)
        .join(', '),
  );
