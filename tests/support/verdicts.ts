/**
 * Prints the policy's verdict (decision, and each reason's rule and span) on every dev row and every naughty
 * string, one JSON line each: run by tests/unit/policy/regexp-engines.test.ts under V8's two regular expression
 * engines, whose answers must agree.
 */
import fs from 'node:fs';
import path from 'node:path';
import { defaultPolicyContext, readLabelledCsv } from '../../src/cli/support.js';
import { evaluate } from '../../src/policy/engine.js';
import { SHARED_DIR } from './app.js';

const dev = readLabelledCsv(path.join(SHARED_DIR, 'data/policy-dev.csv')).map((r) => r.text);
const blns = JSON.parse(fs.readFileSync(path.join(SHARED_DIR, 'data/blns.json'), 'utf8')) as string[];
const context = defaultPolicyContext();
const lines = [...dev, ...blns].map((text) => {
  const { decision, reasons } = evaluate(text, context);
  return JSON.stringify([decision, reasons.map((r) => [r.rule, r.start, r.end])]);
});
process.stdout.write(`${lines.join('\n')}\n`);
