import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { readLabelledCsv } from '../../../src/cli/support.js';
import { SHARED_DIR } from '../../support/app.js';
import { normalize, normalizeFully, onlyCaseChanges, originalSpan } from '../../../src/policy/normalize.js';

describe('normalize', () => {
  const table: [string, string, string][] = [
    ['case', 'FUCK Off', 'fuck off'],
    ['separators with dots', 'f.u.c.k you', 'fuck you'],
    ['separators with spaces', 'F U C K', 'fuck'],
    ['separators with dashes', 's-h-i-t', 'shit'],
    // (the article before a spread-out insult is no letter of it; a word spelt from its "a" keeps it)
    ['spread letters after the article', 'you are a c l o w n', 'you are a clown'],
    // (text-speak's "u r" before a run is two words, not its letters)
    [
      'text-speak before spread letters',
      'u r a brainless sheep, u r a c l o w n',
      'u r a brainless sheep, u r a clown',
    ],
    // (a star for the vowel of an insult; a swear's star is the profanity matcher's, and other stars stay)
    ['a star for the vowel of an insult', 'what a St*pid man, you id*ot', 'what a stupid man, you idiot'],
    ['a star that spells no insult', 'f*ck, 5*3 and *bold* and the c*t', 'f*ck, 5*3 and *bold* and the c*t'],
    ['a spread word that begins with "a"', 'you are a s s h o l e', 'you are asshole'],
    ['leetspeak digits', 'sh1t', 'shit'],
    ['leetspeak symbols', '$hit and a$$hole', 'shit and asshole'],
    ['a mention is not leetspeak', '@ann is here', '@ann is here'],
    // (a username has three characters at least, so "@n" mentions no one)
    ['an "@" before one or two letters is an "a"', 'Y0u 4re @n 1d10t', 'you are an idiot'],
    ['a handle of two letters and a digit is a mention', '@ab1 is here', '@ab1 is here'],
    ['leetspeak in a word of digits', 'you are an 1d10t', 'you are an idiot'],
    [
      'a number with its unit is not leetspeak',
      '10k troops, $40k, the 3rd time, a 5km run',
      '10k troops, $40k, the 3rd time, a 5km run',
    ],
    ['leetspeak that only starts like a number', '1d10t and 4ss', 'idiot and ass'],
    ['repeated letters', 'fuuuuck stuuupid', 'fuck stupid'],
    ['double letters stay', 'cool book', 'cool book'],
    ['full-width letters', 'ｆｕｃｋ', 'fuck'],
    ['diacritics', 'fück', 'fuck'],
    ['zero-width space', 'fu\u200Bck', 'fuck'],
    ['direction override', 'fu\u202Eck', 'fuck'],
    ['Cyrillic look-alikes', 'аss', 'ass'],
    ['Greek look-alikes', 'ιdιοt', 'idiot'],
    ['numbers are not letters', '2024 top10 $100', '2024 top10 $100'],
    ['punctuation after a word stays', 'idiot!', 'idiot!'],
    ['abbreviations join harmlessly', 'U.S.A. is big', 'usa. is big'],
  ];
  for (const [what, input, expected] of table) {
    it(what, () => assert.equal(normalize(input).text, expected));
  }

  it('maps every normalised span back to the original text', () => {
    const input = 'Well, f.u.c.k that — ｆｕｃｋ 😂 fu\u200Bck!';
    const n = normalize(input);
    const spans = [...n.text.matchAll(/fuck/g)]
      .map((m) => originalSpan(n, m.index, m.index + 4))
      .map((s) => input.slice(s.start, s.end));
    assert.deepEqual(spans, ['f.u.c.k', 'ｆｕｃｋ', 'fu\u200Bck']);
  });

  it('keeps offsets right after characters outside the basic plane', () => {
    const input = '😂😭 like a dyke';
    const n = normalize(input);
    const at = n.text.indexOf('dyke');
    assert.equal(input.slice(...(Object.values(originalSpan(n, at, at + 4)) as [number, number])), 'dyke');
  });

  // The shortcut for texts in which only case changes, and the piece-by-piece reading of long texts,
  // must give what every step gives: the same text and the same map back to the original, on every
  // dev row, naughty string and trick, and on long texts glued from them.
  it('takes its shortcut only where the full path would change nothing else', () => {
    const dev = readLabelledCsv(path.join(SHARED_DIR, 'data/policy-dev.csv')).map((r) => r.text);
    const blns = JSON.parse(fs.readFileSync(path.join(SHARED_DIR, 'data/blns.json'), 'utf8')) as string[];
    const tricks = [
      'f.u.c.k',
      'a$$',
      '@ss',
      'e@mail',
      'sh1t',
      'fuuuck',
      "I'm a b c",
      'x5',
      'at 350',
      '😂 ok',
      '\ud83d',
    ];
    // Long texts glued from rows are normalised in pieces: the pieces must join up to the whole.
    const glued: string[] = [];
    for (let i = 0; i + 12 < dev.length; i += 7) glued.push(dev.slice(i, i + 12).join(i % 2 ? ' ' : '\n'));
    for (let i = 0; i + 20 < blns.length; i += 5) glued.push(blns.slice(i, i + 20).join(' '));
    let shortcuts = 0;
    for (const text of [...dev, ...blns, ...tricks, ...glued]) {
      const quick = normalize(text);
      const full = normalizeFully(text);
      if (onlyCaseChanges(text) !== 'no') shortcuts++;
      assert.equal(quick.text, full.text, text);
      assert.deepEqual(quick.map && [...quick.map], full.map && [...full.map], text);
    }
    // Most texts take it, or it buys nothing.
    assert.ok(shortcuts > dev.length / 2, `${shortcuts} shortcuts`);
  });
});
