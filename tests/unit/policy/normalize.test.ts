import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalize, originalSpan } from '../../../src/policy/normalize.js';

describe('normalize', () => {
  const table: [string, string, string][] = [
    ['case', 'FUCK Off', 'fuck off'],
    ['separators with dots', 'f.u.c.k you', 'fuck you'],
    ['separators with spaces', 'F U C K', 'fuck'],
    ['separators with dashes', 's-h-i-t', 'shit'],
    ['leetspeak digits', 'sh1t', 'shit'],
    ['leetspeak symbols', '$hit and a$$hole', 'shit and asshole'],
    ['a mention is not leetspeak', '@ann is here', '@ann is here'],
    ['leetspeak in a word of digits', 'you are an 1d10t', 'you are an idiot'],
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
});
