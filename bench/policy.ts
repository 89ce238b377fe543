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
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultPolicyContext, readLabelledCsv } from '../src/cli/support.js';
import { ROOT_DIR } from '../src/config.js';
import { seededRandom } from '../src/policy/classifier/random.js';
import { evaluate } from '../src/policy/engine.js';

const LENGTH = 1000;
const COMMENTS = 2000;
const ROUNDS = 5;

const article = fs
  .readFileSync(path.join(ROOT_DIR, 'content/csto-set-to-become-alternative-to-nato.md'), 'utf8')
  .split(/(?<=[.!?])\s+/);
const devFile = path.join(ROOT_DIR, '../shared/data/policy-dev.csv');
const dev = fs.existsSync(devFile) ? readLabelledCsv(devFile) : [];
const context = defaultPolicyContext();

/** Sentences of a Russian reader's comment on the article, one of them sworn, one rude: the words russian.ts reads. */
const RUSSIAN = [
  'Организация Договора о коллективной безопасности снова оказалась в центре внимания после событий в Казахстане.',
  'Эксперты спорят, может ли она стать альтернативой НАТО, и многие сомневаются в этом.',
  'Армения давно ждёт от союзников помощи, но Москва занята другим.',
  'Корабли, рубли и газ: экономика здесь важнее любых деклараций.',
  'Автор прав в одном: без Казахстана этот союз ничего не стоит.',
  'Ребята, прочитайте устав 2002 года, там всё написано.',
  'Пиздец, а не союз.',
  'Ты идиот, если веришь в эти обещания.',
  'Съезд в Минске ничего не решит, как и прошлый.',
  'Хорошая статья, спасибо редакции.',
];

const flat = (text: string): string => JSON.parse(JSON.stringify(text)) as string;

/** 1,000-character comments glued from sentences of a pool, deterministically. */
function comments(pool: string[], seed: number): string[] {
  const random = seededRandom(seed);
  return Array.from({ length: COMMENTS }, () => {
    let text = '';
    while (text.length < LENGTH) text += `${pool[Math.floor(random() * pool.length)]} `;
    // A flat copy, as the server gets it from a parsed form: a slice of a glued string is a
    // rope that V8 walks on every character read, which is not what a comment costs.
    return flat(text.slice(0, LENGTH));
  });
}

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
measure('prose: the seed article, sentence by sentence', comments(article, 6));
measure('russian: a reader writing in Russian', comments(RUSSIAN, 10));
measure(
  'typical: article sentences and civil posts',
  comments([...article, ...dev.filter((r) => r.label === 'civil').map((r) => r.text)], 7),
);
measure('mixed: every labelled post, 2 in 3 abusive', comments([...article, ...dev.map((r) => r.text)], 8));
measure(
  'abusive: offensive, attack and hate posts only',
  comments(
    dev.filter((r) => r.label !== 'civil').map((r) => r.text),
    9,
  ),
);
