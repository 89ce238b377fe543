/**
 * npm run bench:policy:worst
 *
 * The slowest checks a hostile reader can ask for. bench:policy times comments
 * like the ones readers write; this builds comments of the longest length a
 * reader may post, shaped to make the rules work hardest: one word the rules
 * read repeated a thousand times, after an opening word ("you" and then
 * "idiot idiot idiot …"), two words alternated with stops between them, a word
 * repeated without spaces, Russian insults in one sentence without a stop.
 * A pattern that backtracks, or a loop that reads the whole text for each word
 * it finds, shows here as a check of hundreds of milliseconds: the server
 * checks a comment on its one thread, and every other request waits for it.
 * It printed 300 ms for a run of Russian insults until russian.ts read each
 * word's sentence once, not once per word.
 *
 * Each comment is checked twice and the second check timed (the first compiles
 * the patterns it reaches). Bounded: some 10,000 comments, a minute or two.
 */
import { defaultPolicyContext } from '../src/cli/support.js';
import { MAX_COMMENT_LENGTH } from '../src/comments/text.js';
import { evaluate } from '../src/policy/engine.js';

// prettier-ignore
const WORDS = [
  'you', "you're", 'are', 'is', 'he', "he's", 'they', 'a', 'the', 'such', 'so', 'really', 'complete', 'stupid',
  'idiot', 'moron', 'clown', 'piece', 'trash', 'and', 'or', 'not', 'all', 'every', 'these', 'people', 'like', 'who',
  'author', 'of', 'to', 'go', 'back', 'should', 'be', 'kill', 'hate', 'muslims', 'immigrants', 'we', 'i', 'have',
  'must', 'nothing', 'but', 'fucking', 'little', '@reader', ',', '.', '?', '!', '—', '(((', 'http://example.com',
  'ты', 'вы', 'дебил', 'тупой', 'идиот', 'автор', 'надо', 'убить', 'всех', 'и', 'не', 'ty', 'debil',
];

/** Words joined until the comment is as long as a reader may make it. */
function fill(opening: string, repeated: string, separator = ' '): string {
  let text = opening;
  while (text.length < MAX_COMMENT_LENGTH) text += (text ? separator : '') + repeated;
  return text.slice(0, MAX_COMMENT_LENGTH);
}

function* hostileComments(): Generator<[shape: string, text: string]> {
  for (const opening of WORDS) for (const word of WORDS) yield ['an opening word, then one word', fill(opening, word)];
  const stops = ['.', '?', ','];
  for (const [i, a] of WORDS.entries())
    for (const [j, b] of WORDS.entries()) yield ['two words and a stop', fill('', `${a} ${stops[(i + j) % 3]} ${b}`)];
  for (const word of WORDS) yield ['one word without spaces', fill('', word, '')];
  // and the tricks normalisation undoes, over and over
  // prettier-ignore
  const tricks = ['f u c k', 'f.u.c.k', 'sh1t', '$h!t @$$', 'f\u200bu\u200bc\u200bk', 'YOU ARE AN IDIOT', 'idiоt', 'дeбил',
    'fuuuuuuck', 'http://example.com/a', '@reader', '🤡', '4455'];
  for (const trick of tricks) yield ['a trick, repeated', fill('', trick)];
  yield ['Russian insults in one sentence', fill('', 'ты дебил тупой идиот автор бездарь')];
}

const context = defaultPolicyContext();
const slowest: { ms: number; shape: string; text: string }[] = [];
const times: number[] = [];
const started = Date.now();
for (const [shape, text] of hostileComments()) {
  evaluate(text, context);
  const t0 = process.hrtime.bigint();
  evaluate(text, context);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  times.push(ms);
  slowest.push({ ms, shape, text });
  slowest.sort((a, b) => b.ms - a.ms).splice(10);
}
times.sort((a, b) => a - b);
const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(2);
console.log(
  `${times.length} hostile comments of ${MAX_COMMENT_LENGTH.toLocaleString('en-US')} characters in ${((Date.now() - started) / 1000).toFixed(0)} s: ` +
    `median ${at(0.5)} ms, p99 ${at(0.99)} ms, slowest ${at(1)} ms`,
);
console.log('the slowest:');
for (const { ms, shape, text } of slowest)
  console.log(`  ${ms.toFixed(2).padStart(7)} ms  ${shape.padEnd(31)} ${JSON.stringify(text.slice(0, 50))}…`);
