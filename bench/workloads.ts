/**
 * The workloads of the policy benchmarks: 1,000-character comments glued
 * from the seed article's sentences and the labelled dev set, built the same
 * way (fixed seeds) by bench/policy.ts, which times them, and by
 * bench/policy-instructions.ts, which counts what they cost under callgrind.
 */
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { readLabelledCsv } from '../src/cli/support.js';
import { ROOT_DIR } from '../src/config.js';
import { seededRandom } from '../src/policy/classifier/random.js';

export const LENGTH = 1000;
export const COMMENTS = 2000;

// The article's text, not its front matter (a "slug: …" line is no reader's sentence).
const article = matter(
  fs.readFileSync(path.join(ROOT_DIR, 'content/csto-set-to-become-alternative-to-nato.md'), 'utf8'),
  { excerpt: false },
)
  .content.trim()
  .split(/(?<=[.!?])\s+/);
const devFile = path.join(ROOT_DIR, '../shared/data/policy-dev.csv');
const dev = fs.existsSync(devFile) ? readLabelledCsv(devFile) : [];

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

export const WORKLOADS: { name: string; comments: () => string[] }[] = [
  { name: 'prose: the seed article, sentence by sentence', comments: () => comments(article, 6) },
  { name: 'russian: a reader writing in Russian', comments: () => comments(RUSSIAN, 10) },
  {
    name: 'typical: article sentences and civil posts',
    comments: () => comments([...article, ...dev.filter((r) => r.label === 'civil').map((r) => r.text)], 7),
  },
  {
    name: 'mixed: every labelled post, 2 in 3 abusive',
    comments: () => comments([...article, ...dev.map((r) => r.text)], 8),
  },
  {
    name: 'abusive: offensive, attack and hate posts only',
    comments: () =>
      comments(
        dev.filter((r) => r.label !== 'civil').map((r) => r.text),
        9,
      ),
  },
];
