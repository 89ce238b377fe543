import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { readLabelledCsv } from '../../../src/cli/support.js';
import { normalize } from '../../../src/policy/normalize.js';
import { TextWords } from '../../../src/policy/text-words.js';
import { SHARED_DIR } from '../../support/app.js';

/** The definition, slowly: runs of letters and numbers. */
const wordsByRegex = (text: string) => new Set(text.match(/[\p{L}\p{N}]+/gu) ?? []);

describe('the words of a text', () => {
  it('are its distinct runs of letters and digits, in order of first appearance', () => {
    const words = new TextWords('you are you, 2 fools… naïve бред x');
    assert.deepEqual([...words], ['you', 'are', '2', 'fools', 'naïve', 'бред', 'x']);
    assert.equal(words.count, 7);
    assert.ok(words.has('fools') && words.has('бред') && words.has('x'));
    assert.ok(!words.has('fool') && !words.has('yo') && !words.has('') && !words.has('you,'));
    assert.deepEqual(words.startsOf('you'), [0, 8]);
    assert.deepEqual(words.startsOf('x'), [33]);
    assert.deepEqual(words.startsOf('yo'), []);
  });

  it('know where a phrase comes three times or more in a row, whole', () => {
    const text = 'so: cheap flights to dubai cheap flights to dubai cheap flights to dubai! ok ok';
    const found = [...new TextWords(text).repeatedPhrases(2, 8, 3)];
    assert.deepEqual(found, [{ start: 4, lastStart: text.lastIndexOf('dubai') }]);
    // (twice is not three times; one word is a word flood's, not a phrase's; a phrase longer than asked is not one)
    assert.deepEqual([...new TextWords('go team go team').repeatedPhrases(2, 8, 3)], []);
    assert.deepEqual([...new TextWords('spam spam spam spam').repeatedPhrases(2, 8, 3)], []);
    assert.deepEqual([...new TextWords('a b c a b c a b c').repeatedPhrases(4, 8, 3)], []);
    assert.deepEqual([...new TextWords('x a b a b a b a b y').repeatedPhrases(2, 8, 3)], [{ start: 2, lastStart: 16 }]);
  });

  it('know where the word at a start ends, as they read words', () => {
    const text = 'naïve бред😂 x2, 𝐛ad';
    const words = new TextWords(text);
    assert.equal(text.slice(0, words.wordEndAt(0)), 'naïve');
    assert.equal(text.slice(6, words.wordEndAt(6)), 'бред');
    assert.equal(text.slice(13, words.wordEndAt(13)), 'x2');
    assert.equal(text.slice(17, words.wordEndAt(17)), '𝐛ad');
    assert.equal(words.wordEndAt(text.length), text.length);
  });

  it('are found in an empty text and a text without words', () => {
    assert.equal(new TextWords('').count, 0);
    assert.equal(new TextWords('… !!! 😂').count, 0);
  });

  it('match the regular expression on the dev set and the naughty strings', () => {
    const dev = readLabelledCsv(path.join(SHARED_DIR, 'data/policy-dev.csv')).map((r) => r.text);
    const blns = JSON.parse(fs.readFileSync(path.join(SHARED_DIR, 'data/blns.json'), 'utf8')) as string[];
    for (const original of [...dev.filter((_, i) => i % 7 === 0), ...blns]) {
      const text = normalize(original).text;
      const words = new TextWords(text);
      const expected = wordsByRegex(text);
      assert.deepEqual(new Set(words), expected, text);
      for (const word of expected) assert.ok(words.has(word), `${word} in ${text}`);
      // Every occurrence, in order: the windows around trigger words are cut from these.
      const starts = new Map<string, number[]>();
      for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) starts.set(m[0], [...(starts.get(m[0]) ?? []), m.index]);
      for (const [word, at] of starts) assert.deepEqual(words.startsOf(word), at, `${word} in ${text}`);
    }
  });
});
