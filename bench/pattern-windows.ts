/**
 * npx tsx bench/pattern-windows.ts [WORKLOAD] [CHECKS]
 *
 * How many windows each pattern of the rules scans a check, on one of bench:policy's workloads (typical by default):
 * the windows that pass a pattern's trigger and word tests, where its regular expression runs. Unlike a pattern's
 * time, the count does not move with the machine's load, so two builds compare by it exactly: a word added to a list
 * that makes an everyday word a trigger ("has-been" made "been" one) shows as windows in every other comment.
 * Prints the total a check, then one line a pattern, most windows first: windows a check, then the start of its
 * source. Diff two builds' outputs to see which patterns a change made run more.
 */
import { defaultPolicyContext } from '../src/cli/support.js';
import { evaluate } from '../src/policy/engine.js';
import { countWindows, type WordPattern } from '../src/policy/match.js';
import { WORKLOADS } from './workloads.js';

const name = process.argv[2] ?? 'typical';
const checks = Number(process.argv[3] ?? 2000);
const workload = WORKLOADS.find((w) => w.name.startsWith(name));
if (!workload || !(checks > 0)) {
  console.error(
    `usage: npx tsx bench/pattern-windows.ts [${WORKLOADS.map((w) => w.name.split(':')[0]).join('|')}] [CHECKS]`,
  );
  process.exit(1);
}
const texts = workload.comments();
const context = defaultPolicyContext();
const counts = new Map<WordPattern, number>();
countWindows(counts);
for (let i = 0; i < checks; i++) evaluate(texts[i % texts.length]!, context);
countWindows(undefined);

process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0); // output piped into `head`
  throw err;
});
const rows = [...counts].map(([pattern, n]) => ({ perCheck: n / checks, source: pattern.regex.source }));
rows.sort((a, b) => b.perCheck - a.perCheck || a.source.localeCompare(b.source));
const total = rows.reduce((sum, row) => sum + row.perCheck, 0);
console.log(`${total.toFixed(2)} windows a check, ${checks} checks of the ${name} workload`);
for (const row of rows) console.log(`${row.perCheck.toFixed(3)}\t${row.source.slice(0, 120)}`);
