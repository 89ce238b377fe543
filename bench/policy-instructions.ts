/**
 * What a policy check costs in instructions and cache misses, which do not
 * move with the load of a shared host as its time does: run by
 * bench/compare-instructions.sh under valgrind's callgrind, for builds made
 * with `npx tsc -p tsconfig.bench.json --outDir .build/NAME` (inside the project, where
 * node_modules is found).
 *
 * On this project's shared machine the same build's median moves by a
 * quarter from hour to hour, so bench:policy cannot tell two builds apart by
 * less than a tenth; these counts move by about 1% from run to run (a
 * collection inside the counted checks makes the odd run a tenth higher:
 * run twice). The workload is bench:policy's typical one: warmed up with
 * callgrind's instrumentation off, then counted over CHECKS checks.
 */
import { execFileSync } from 'node:child_process';
import { defaultPolicyContext } from '../src/cli/support.js';
import { evaluate } from '../src/policy/engine.js';
import { WORKLOADS } from './workloads.js';

const CHECKS = Number(process.env.CHECKS ?? 500);
const workload = WORKLOADS.find((w) => w.name.startsWith(process.env.WORKLOAD ?? 'typical'))!;
const texts = workload.comments();
const context = defaultPolicyContext();
for (let round = 0; round < 2; round++) for (const text of texts) evaluate(text, context);
const callgrind = (on: boolean) =>
  execFileSync('callgrind_control', ['-i', on ? 'on' : 'off', String(process.pid)], { stdio: 'ignore' });
callgrind(true);
for (let i = 0; i < CHECKS; i++) evaluate(texts[i % texts.length]!, context);
callgrind(false);
console.log(`${CHECKS} checks of the ${workload.name.split(':')[0]} workload counted`);
