/**
 * npm run policy:eval -- FILE.csv [--held-back] [--show RULE]
 *
 * Runs the whole discussion policy, with a fresh install's settings and word
 * lists, over a CSV with `text,label` columns. `civil` rows must be published;
 * any other label must not be. Prints per-label rates, a confusion table, which
 * rules decided, and microseconds per check.
 *
 * --held-back   only the 20% of the dev set that training never saw
 * --level NAME  the classifier's strictness (standard or strict; default standard)
 * --show RULE   print civil rows that RULE stopped, to study false alarms
 */
import path from 'node:path';
import { classifierModel } from '../policy/rules/classifier.js';
import { score } from '../policy/classifier/model.js';
import { evaluate, submissionOf } from '../policy/engine.js';
import { CLASSIFIER_LEVELS, type ClassifierLevel, type Decision } from '../policy/types.js';
import { defaultPolicyContext, readLabelledCsv, splitHeldBack } from './support.js';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const file = args.find((a, i) => !a.startsWith('--') && !['--show', '--level'].includes(args[i - 1]!));
const level = option('--level') ?? 'standard';
if (!file || !(CLASSIFIER_LEVELS as readonly string[]).includes(level)) {
  console.error(
    `usage: npm run policy:eval -- FILE.csv [--held-back] [--level ${CLASSIFIER_LEVELS.join('|')}] [--show RULE]`,
  );
  process.exit(1);
}
const show = option('--show');
let rows = readLabelledCsv(file);
if (args.includes('--held-back')) rows = splitHeldBack(rows).heldBack;

const defaults = defaultPolicyContext();
const context = { ...defaults, settings: { ...defaults.settings, classifierLevel: level as ClassifierLevel } };
const DECISIONS: Decision[] = ['publish', 'hold', 'reject'];
const table = new Map<string, Record<Decision, number>>();
const rulesByLabel = new Map<string, Map<string, number>>();
const micros: number[] = [];
const model = classifierModel();
const classifierAlone = { tp: 0, fp: 0, fn: 0 };
for (const row of rows) {
  const flagged =
    score(model, submissionOf(row.text).normalized.text) >= model.thresholds[context.settings.classifierLevel];
  const abusive = row.label !== 'civil';
  if (flagged && abusive) classifierAlone.tp++;
  else if (flagged) classifierAlone.fp++;
  else if (abusive) classifierAlone.fn++;
  const t0 = process.hrtime.bigint();
  const verdict = evaluate(row.text, context);
  micros.push(Number(process.hrtime.bigint() - t0) / 1000);
  const counts = table.get(row.label) ?? { publish: 0, hold: 0, reject: 0 };
  counts[verdict.decision]++;
  table.set(row.label, counts);
  const rules = rulesByLabel.get(row.label) ?? new Map<string, number>();
  for (const rule of new Set(verdict.reasons.map((r) => r.rule))) rules.set(rule, (rules.get(rule) ?? 0) + 1);
  rulesByLabel.set(row.label, rules);
  if (show && row.label === 'civil' && verdict.reasons.some((r) => r.rule === show)) {
    console.log(
      `[${verdict.decision}] ${row.text.replace(/\s+/g, ' ').slice(0, 160)}  ⟶ ${verdict.reasons
        .filter((r) => r.rule === show)
        .map((r) => row.text.slice(r.start, r.end))
        .join(' | ')}`,
    );
  }
}

process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0); // output piped into `head`
  throw err;
});
const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '-');
console.log(
  `${path.basename(file)}${args.includes('--held-back') ? ' (held-back 20%)' : ''}: ${rows.length} rows; classifier level ${level}\n`,
);
console.log('label             rows   publish     hold   reject   goal');
let civilOk = 0;
let civilAll = 0;
let othersOk = 0;
let othersAll = 0;
for (const [label, c] of [...table].sort()) {
  const n = c.publish + c.hold + c.reject;
  const goal = label === 'civil' ? `published ${pct(c.publish, n)}` : `not published ${pct(c.hold + c.reject, n)}`;
  if (label === 'civil') {
    civilOk += c.publish;
    civilAll += n;
  } else {
    othersOk += c.hold + c.reject;
    othersAll += n;
  }
  console.log(
    `${label.padEnd(16)} ${String(n).padStart(5)}  ${DECISIONS.map((d) => String(c[d]).padStart(7)).join('  ')}   ${goal}`,
  );
}
console.log(`\ncivil published: ${pct(civilOk, civilAll)}; others not published: ${pct(othersOk, othersAll)}`);
console.log('\nrules that gave a reason, by label:');
for (const [label, rules] of [...rulesByLabel].sort()) {
  console.log(
    `  ${label.padEnd(16)} ${[...rules]
      .sort((a, b) => b[1] - a[1])
      .map(([r, n]) => `${r} ${n}`)
      .join(', ')}`,
  );
}
const { tp, fp, fn } = classifierAlone;
console.log(
  `\nclassifier alone (score ≥ ${model.thresholds[context.settings.classifierLevel]}, any non-civil label as positive): precision ${pct(tp, tp + fp)}, recall ${pct(tp, tp + fn)}`,
);
micros.sort((a, b) => a - b);
const at = (q: number) => micros[Math.min(micros.length - 1, Math.floor(q * micros.length))]!.toFixed(0);
console.log(`\nµs per check: median ${at(0.5)}, p99 ${at(0.99)}, max ${at(1)}`);
