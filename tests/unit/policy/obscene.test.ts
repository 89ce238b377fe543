import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { readLabelledCsv } from '../../../src/cli/support.js';
import { submissionOf } from '../../../src/policy/engine.js';
import { obsceneMatches, obsceneMatchesFullScan, SLURS } from '../../../src/policy/obscene.js';
import { SHARED_DIR } from '../../support/app.js';

describe('the windowed obscenity scan', () => {
  // The same words, that is (spans may differ by a character of punctuation: the word-by-word scan
  // marks "cunt" where a full scan marks "(cunt"). obscenity's word boundaries next to punctuation
  // differ from a word-by-word reading in a handful of texts in ten thousand ("trash-ass"); the test
  // holds that to at most 1 in 1,000.
  it('finds the words a full scan finds, on the dev set and the naughty strings', () => {
    const dev = readLabelledCsv(path.join(SHARED_DIR, 'data/policy-dev.csv')).map((r) => r.text);
    const blns = JSON.parse(fs.readFileSync(path.join(SHARED_DIR, 'data/blns.json'), 'utf8')) as string[];
    // Every 5th dev row keeps the test quick; long texts glued from several rows test the windows' edges.
    const texts = [...dev.filter((_, i) => i % 5 === 0), ...blns];
    for (let i = 0; i + 6 < dev.length; i += 997) texts.push(dev.slice(i, i + 6).join(' '));
    let differences = 0;
    for (const text of texts) {
      const words = (found: { word: string }[]) => JSON.stringify(found.map((f) => f.word).sort());
      const windowed = words(obsceneMatches(submissionOf(text)));
      const full = words(obsceneMatchesFullScan(submissionOf(text)));
      if (windowed !== full && differences++ < 5)
        console.log(`differs: ${text.slice(0, 120)}\n  windowed ${windowed}\n  full     ${full}`);
    }
    assert.ok(differences <= texts.length / 1000, `${differences} of ${texts.length} texts differ`);
  });

  it('marks a word made of hundreds of swear words once, whole; and each word of a run of them', () => {
    const glued = 'fucking'.repeat(700);
    assert.deepEqual(
      obsceneMatches(submissionOf(glued)).map((f) => [f.word, f.start, f.end]),
      [['fuck', 0, glued.length]],
    );
    // (the word after a glued one is its own: "shitshit bullshit")
    const text = `${'shit'.repeat(50)} bullshit and fucking`;
    assert.deepEqual(
      obsceneMatches(submissionOf(text)).map((f) => text.slice(f.start, f.end)),
      ['shit'.repeat(50), 'bullshit', 'fucking'],
    );
  });
});

describe('the listed slurs', () => {
  // A pattern with a doubled letter that obscenity makes single ("muzzie" read as "muzie") is never found: each listed
  // slur must be found in its own spelling, and in the plural where it has one.
  it('finds every listed slur, spelled as listed', () => {
    const missed = [...SLURS].filter(
      (slur) => !obsceneMatches(submissionOf(`they said ${slur} again`)).some((m) => m.slur && m.word === slur),
    );
    assert.deepEqual(missed, []);
  });
  it('finds the other spellings listed under them', () => {
    const spellings = ['muzzie', 'muzzies', 'towelhead', 'porch monkey', 'jiggaboo', 'faggot', 'peckerwood', 'libtard'];
    const missed = spellings.filter((w) => !obsceneMatches(submissionOf(`they said ${w} again`)).some((m) => m.slur));
    assert.deepEqual(missed, []);
  });
});
