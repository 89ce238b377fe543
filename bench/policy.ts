/**
 * npm run bench:policy
 *
 * Times the whole discussion policy (normalisation, every rule, the classifier)
 * on 1,000-character comments: the target is a median of at most
 * 0.2 ms and a 99th percentile of at most 2 ms. The workloads, glued from the
 * seed article's sentences and the labelled dev set: calm prose, Russian, typical
 * comments (civil posts, whose crowd labels let some swearing through), a mix
 * in the dev set's proportions, and abusive text only — the last two are worst
 * cases, where most rules find something and do their full work.
 *
 * It runs compiled (tsconfig.bench.json), as the server does: a TypeScript
 * loader would add its own overhead to what is measured.
 */
import os from 'node:os';
import { defaultPolicyContext } from '../src/cli/support.js';
import { evaluate } from '../src/policy/engine.js';
import { COMMENTS, LENGTH, WORKLOADS } from './workloads.js';

const ROUNDS = 5;
const context = defaultPolicyContext();

function measure(name: string, texts: string[]): void {
  for (const c of texts.slice(0, 200)) evaluate(c, context); // warm up: JIT, the model's first load
  const micros: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const c of texts) {
      const t0 = process.hrtime.bigint();
      evaluate(c, context);
      micros.push(Number(process.hrtime.bigint() - t0) / 1000);
    }
  }
  micros.sort((a, b) => a - b);
  const at = (q: number) => micros[Math.min(micros.length - 1, Math.floor(q * micros.length))]!;
  const ms = (us: number) => `${(us / 1000).toFixed(3)} ms`;
  console.log(`${name.padEnd(44)} median ${ms(at(0.5))}  p90 ${ms(at(0.9))}  p99 ${ms(at(0.99))}  max ${ms(at(1))}`);
}

console.log(
  `policy check of a ${LENGTH}-character comment, ${COMMENTS * ROUNDS} checks each, on ${os.cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`,
);
console.log('targets: median ≤ 0.2 ms, p99 ≤ 2 ms\n');
for (const { name, comments } of WORKLOADS) measure(name, comments());
