import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { loadModel, MODEL_PATH, score } from '../../../src/policy/classifier/model.js';
import { readLabelledCsv } from '../../../src/cli/support.js';
import { ROOT_DIR } from '../../../src/config.js';
import {
  evaluateName,
  findLinks,
  LAST_RULE,
  linksByFullScan,
  RULES,
  submissionOf,
} from '../../../src/policy/engine.js';
import { alternation, GROUPS, spelledOut } from '../../../src/policy/lexicon.js';
import { listFirst, mandatoryWords, openingList, reasonsFor, triggerWords, words } from '../../../src/policy/match.js';
import { normalize } from '../../../src/policy/normalize.js';
import { CLASSIFIER_LEVELS } from '../../../src/policy/types.js';
import { SHARED_DIR } from '../../support/app.js';
import { check, context } from '../../support/policy.js';

describe('the policy engine', () => {
  it('runs the rules in the documented order, the classifier last', () => {
    assert.deepEqual(
      RULES.map((r) => r.name),
      ['user-state', 'word-list', 'profanity', 'hate', 'attacks', 'spam'],
    );
    assert.equal(LAST_RULE.name, 'classifier');
  });

  // findLinks reads only the space-delimited runs around each "://", and takes a plain link whole
  // without linkify; linkify over the whole text must find the same links (less those whose host
  // has no dot, which are not links by design).
  it('finds the links a whole-text scan finds, on the dev set and the naughty strings', () => {
    const dev = readLabelledCsv(path.join(SHARED_DIR, 'data/policy-dev.csv')).map((r) => r.text);
    const blns = JSON.parse(fs.readFileSync(path.join(SHARED_DIR, 'data/blns.json'), 'utf8')) as string[];
    let withLinks = 0;
    const edges = [
      'a http://x.org/a,http://y.org/b (see https://z.org/c).',
      'x http://x.com. y',
      'HTTP://EXAMPLE.COM/A',
      'http://a-b.co.uk:8080/x_y~z%20 and http://example.com/a.',
      'http://ex.com/(a) http://t.co/abc… http://1.2.3.4/x http://example.com/a/b/c/',
    ];
    for (const text of [...dev, ...blns, ...edges]) {
      const dotted = linksByFullScan(text).filter((l) => {
        const host = /^[a-z]+:\/\/([^/:?#]*)/i.exec(l.url)?.[1]?.replace(/\.$/, '') ?? '';
        return !host || host.includes('.') || host.startsWith('[');
      });
      const found = findLinks(text).map(({ url, start, end }) => ({ url, start, end }));
      assert.deepEqual(found, dotted, text);
      if (found.length) withLinks++;
    }
    assert.ok(withLinks > 1000, `${withLinks} texts with links`);
  });

  it('judges a username by the word rules only, its underscores read as spaces', () => {
    const name = (n: string) => {
      const v = evaluateName(n, context());
      return [v.decision, ...v.reasons.map((r) => `${r.rule}:${n.slice(r.start, r.end)}`)];
    };
    assert.deepEqual(name('shithead99'), ['reject', 'profanity:shithead99']);
    assert.deepEqual(name('you_idiot'), ['reject', 'attacks:idiot']);
    assert.deepEqual(name('kill_all_jews')[0], 'reject');
    assert.deepEqual(name('stfu_now'), ['reject', 'word-list:stfu']);
    // No link, repeat or classifier judgement: a name is not a comment.
    for (const n of [
      'reader1',
      'scunthorpe_utd',
      'cockburn_fan',
      'aaaaaaaaaaaaaaaaaaaaaaaaa',
      'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
    ])
      assert.deepEqual(name(n), ['publish'], n);
  });

  it('publishes the seed article itself, paragraph by paragraph and whole', () => {
    const article = fs.readFileSync(path.join(ROOT_DIR, 'content/csto-set-to-become-alternative-to-nato.md'), 'utf8');
    for (const paragraph of [...article.split(/\n\s*\n/), article])
      assert.equal(check(paragraph).decision, 'publish', paragraph.slice(0, 80));
  });

  it('publishes a civil comment with no reasons', () => {
    assert.deepEqual(check('The declaration may matter less than what happens in Afghanistan.'), {
      decision: 'publish',
      reasons: [],
      marked: [],
    });
  });

  it('takes the most severe decision and gives every reason, in rule order', () => {
    const v = check('you idiot, what bullshit: https://a.example https://b.example');
    assert.equal(v.decision, 'reject');
    assert.deepEqual(
      v.reasons.map((r) => r.rule),
      ['profanity', 'attacks', 'spam'],
    );
    assert.deepEqual(v.marked, ['profanity:bullshit', 'attacks:idiot', 'spam:https://b.example']);
  });

  it('gives every reason the fields of the contract', () => {
    for (const r of check('you are an idiot').reasons) {
      assert.deepEqual(Object.keys(r).sort(), ['clause', 'end', 'message', 'rule', 'start']);
      assert.ok(['profanity', 'personal_attack', 'inappropriate', 'spam'].includes(r.clause));
      assert.ok(r.message.length > 20);
    }
  });

  it('publishes heated political disagreement that attacks no one', () => {
    for (const text of [
      'This is a disastrous, dishonest declaration and Moscow should be ashamed of it.',
      'NATO expansion was reckless. The West lied about it for twenty years and everyone knows it.',
      'Utter nonsense. The CSTO is a paper alliance and always has been.',
      "Lavrov's proposal is cynical propaganda dressed up as cooperation; I do not believe a word of it.",
      'I strongly disagree with every line of this article.',
    ]) {
      assert.equal(check(text).decision, 'publish', text);
    }
  });
});

describe('the classifier', () => {
  it('is committed, small, and loads', () => {
    assert.ok(fs.statSync(MODEL_PATH).size < 5 * 1024 * 1024);
    const model = loadModel();
    assert.deepEqual(
      model.levels.map((l) => l.level),
      [...CLASSIFIER_LEVELS],
    );
    // Each level holds more than the one before it: its threshold is lower.
    const thresholds = CLASSIFIER_LEVELS.map((level) => model.thresholds[level]);
    assert.ok(
      thresholds.every((t, i) => t > 0 && t < 1 && (i === 0 || t < thresholds[i - 1]!)),
      `${thresholds}`,
    );
  });

  it('scores rude text above civil text, deterministically', () => {
    const model = loadModel();
    const civil = score(model, normalize('Thank you for the thoughtful article about the treaty.').text);
    const rude = score(model, normalize('shut up you dumb ugly hoe nobody likes you').text);
    assert.ok(rude > civil, `${rude} > ${civil}`);
    assert.equal(score(model, normalize('Thank you for the thoughtful article about the treaty.').text), civil);
  });

  it('holds (never refuses) what only it objects to, at the level of strictness the publisher chose', () => {
    // No rule objects to this; the classifier scores it between the standard and the strict threshold.
    const text = 'He sucks at his job';
    assert.equal(check(text).decision, 'publish');
    const v = check(text, context({ settings: { classifierLevel: 'strict' } }));
    assert.equal(v.decision, 'hold');
    assert.deepEqual(
      v.reasons.map((r) => r.rule),
      ['classifier'],
    );
  });

  it('is not consulted when a rule already objected', () => {
    const v = check('fuck', context({ settings: { classifierLevel: 'strict' } }));
    assert.deepEqual(
      v.reasons.map((r) => r.rule),
      ['profanity'],
    );
  });
});

describe('pattern boundaries', () => {
  // The patterns test ASCII boundaries as they scan; a letter of another script next to a match is
  // checked afterwards, and makes it part of a longer word.
  it('treat letters of any script as part of a word', () => {
    assert.equal(check('you are an idiot').decision, 'reject');
    assert.equal(check('you are an idiotщ').decision, 'publish');
    assert.equal(check('you are an щidiot').decision, 'publish');
    assert.equal(check('you are an idiot… really').decision, 'reject');
    assert.equal(check('you are an idiot😂').decision, 'reject');
  });
});

describe('windowed pattern scans', () => {
  it('give the same verdicts and reasons as whole-text scans of every pattern on the dev set', async () => {
    const { scanWholeTexts } = await import('../../../src/policy/match.js');
    const { readLabelledCsv } = await import('../../../src/cli/support.js');
    const path = await import('node:path');
    const { SHARED_DIR } = await import('../../support/app.js');
    const dev = readLabelledCsv(path.join(SHARED_DIR, 'data/policy-dev.csv')).map((r) => r.text);
    // Every 4th row, and long texts glued from several, where windows matter.
    const texts = dev.filter((_, i) => i % 4 === 0);
    for (let i = 0; i + 8 < dev.length; i += 401) texts.push(dev.slice(i, i + 8).join(' '));
    // Attacks at a sentence's start or end, deep inside long texts: where a window's edge cuts the text.
    const filler = 'The declaration may matter less than what happens in Afghanistan next spring, analysts said. ';
    for (const attack of ['Hey idiot, read it.', 'Imbecile.', 'Get lost, moron.', 'Clown. ', 'x Moron, no.'])
      texts.push(`${filler.repeat(3)}${attack} ${filler.repeat(2)}`, `${filler.repeat(2)}${attack}`);
    const ctx = context();
    const windowed = texts.map((t) => JSON.stringify(check(t, ctx)));
    scanWholeTexts(true);
    try {
      const differing = texts.filter((t, i) => JSON.stringify(check(t, ctx)) !== windowed[i]);
      assert.deepEqual(differing.slice(0, 3), []);
    } finally {
      scanWholeTexts(false);
    }
  });
});

describe('patterns that open with a word list', () => {
  const FRUIT = ['apples?', 'pears?', 'blood oranges?'];
  const list = openingList(alternation(FRUIT), FRUIT);
  const source = `(${alternation(FRUIT)})\\s+(?:are|is)\\s+(rotten|sweet)`;
  const spans = (pattern: ReturnType<typeof words>, text: string) =>
    reasonsFor(submissionOf(text), pattern, (m) => ({ rule: 'test', clause: 'inappropriate' as const, word: m[2] }), 1);

  it('know the first word of each spelling of the list', () => {
    assert.deepEqual([...list.firstWords].sort(), ['apple', 'apples', 'blood', 'pear', 'pears']);
  });

  it('find what the same pattern finds scanning every character: at a listed word anywhere, never inside a word', () => {
    const plain = words(source, ['rotten', 'sweet']);
    const sticky = listFirst([list], source, ['rotten', 'sweet']);
    const filler = 'The harvest was late this year in the valley, the growers said. ';
    for (const text of [
      'Apples are rotten.',
      `${filler.repeat(4)}The blood oranges are sweet, and the pears are rotten.`,
      'Pineapples are sweet; crabapples are rotten; бapples are rotten.',
      'apples apples are sweet',
    ]) {
      const found = spans(sticky, text);
      assert.deepEqual(found, spans(plain, text), text);
    }
    assert.deepEqual(
      spans(sticky, `${filler.repeat(4)}The blood oranges are sweet, and the pears are rotten.`).map((r) => r.word),
      ['sweet', 'rotten'],
    );
    assert.deepEqual(spans(sticky, 'Pineapples are sweet; crabapples are rotten; бapples are rotten.'), []);
  });

  it('refuse a pattern with an alternative that does not open with the list', () => {
    assert.throws(() => listFirst([list], `${source}|ripe\\s+(?:apples|pears)`, ['rotten']), /does not open/);
    assert.doesNotThrow(() => listFirst([list], `${source}|(?:${alternation(FRUIT)})\\s+rot`, ['rotten']));
  });
});

describe('pattern indexes', () => {
  it('find the items of an index made after the first check, anchored on sets made after the rules’ own', async () => {
    const { candidates, plainIndex, words } = await import('../../../src/policy/match.js');
    const { submissionOf } = await import('../../../src/policy/engine.js');
    assert.equal(check('a first check builds the table of anchors').decision, 'publish');
    const patterns = [words('aqxjvw', ['aqxjvw']), words('bqxjvw zqxjvw', ['zqxjvw'], ['bqxjvw'])];
    const index = plainIndex(patterns);
    assert.ok(patterns[1]!.triggers.at(-1)! > 1000, 'the test needs set ids past the rules’ own');
    assert.deepEqual(candidates(submissionOf('bqxjvw zqxjvw'), index), [index.items[1]]);
    assert.deepEqual(candidates(submissionOf('aqxjvw bqxjvw'), index), [index.items[0]]);
    assert.deepEqual(candidates(submissionOf('zqxjvw'), index), []);
  });

  it('give the same verdict whichever comment the word index’s store served before', () => {
    const short = 'Read the article, you idiot.';
    const first = check(short);
    const longer = 'The alliance met in Minsk to discuss the treaty and its members, '.repeat(20);
    assert.equal(check(longer).decision, 'publish');
    assert.deepEqual(check(short), first);
    assert.equal(check('idiot').decision, first.decision);
    assert.equal(check('The article is fine.').decision, 'publish');
  });

  it('keep each submission’s trigger words its own when checks interleave (the table is shared)', async () => {
    const { reasonsFor, words } = await import('../../../src/policy/match.js');
    const { submissionOf } = await import('../../../src/policy/engine.js');
    const pattern = words('cqxjvw', ['cqxjvw']);
    const found = (s: ReturnType<typeof submissionOf>) =>
      reasonsFor(s, pattern, () => ({ rule: 'test', clause: 'inappropriate' as const })).length;
    const first = submissionOf('cqxjvw here');
    assert.equal(found(first), 1);
    const second = submissionOf('nothing here');
    assert.equal(found(second), 0);
    assert.equal(found(first), 1);
  });
});

describe('the matching layer’s small parts', () => {
  it('sort numbers ascending in place, short arrays and long', async () => {
    const { sortAscending } = await import('../../../src/policy/match.js');
    for (const length of [0, 1, 2, 5, 64, 65, 300]) {
      const numbers = Array.from({ length }, (_, i) => (i * 7919) % 257);
      const expected = [...numbers].sort((a, b) => a - b);
      sortAscending(numbers);
      assert.deepEqual(numbers, expected, `length ${length}`);
    }
  });

  it('keep a text’s trigger sets as chains of its words, in order, ready for the next text', async () => {
    const { TriggerHits } = await import('../../../src/policy/match.js');
    const { submissionOf } = await import('../../../src/policy/engine.js');
    const hits = new TriggerHits();
    const present = () => [...hits.present.subarray(0, hits.presentCount)];
    const chain = (set: number) => {
      const out: number[] = [];
      for (let e = hits.firstEntry(set); e >= 0; e = hits.nextEntry(e)) out.push(hits.wordOf(e));
      return out;
    };
    hits.reset(submissionOf('one'), 4);
    hits.add(2, 0);
    hits.add(0, 1);
    hits.add(2, 3);
    hits.add(2, 5);
    assert.deepEqual(present(), [2, 0]);
    assert.deepEqual([chain(0), chain(1), chain(2)], [[1], [], [0, 3, 5]]);
    assert.deepEqual([hits.oneWord(0), hits.oneWord(1), hits.oneWord(2)], [true, false, false]);
    // a set made after the table was sized: past its end, and absent
    assert.ok(!hits.has(9) && hits.firstEntry(9) === -1 && !hits.oneWord(9));
    hits.reset(submissionOf('two'), 4);
    hits.add(1, 7);
    assert.deepEqual(present(), [1]);
    assert.deepEqual([chain(0), chain(1), chain(2)], [[], [7], []]);
    for (let k = 0; k < 600; k++) hits.add(3, k); // past the entries' first size
    assert.equal(chain(3).length, 600);
    assert.equal(chain(3)[599], 599);
    // more sets than the store of present ones first holds, and a text after them that forgets them all
    hits.reset(submissionOf('three'), 200);
    for (let set = 0; set < 150; set++) hits.add(set, set);
    assert.deepEqual(
      present(),
      Array.from({ length: 150 }, (_, set) => set),
    );
    hits.reset(submissionOf('four'), 200);
    assert.deepEqual(present(), []);
    assert.ok(!hits.has(149) && chain(0).length === 0);
  });

  it('cut the same windows for a pattern anchored on one word and on several', async () => {
    const { reasonsFor, words } = await import('../../../src/policy/match.js');
    const { submissionOf } = await import('../../../src/policy/engine.js');
    const text = `dqxjvw ${'filler words here '.repeat(12)}eqxjvw dqxjvw fqxjvw`;
    // (made before the submission: a check knows the trigger sets that exist when it first looks its words up)
    const one = words('dqxjvw', ['dqxjvw']);
    const several = words('eqxjvw dqxjvw', ['dqxjvw', 'eqxjvw']);
    const another = words('fqxjvw', ['dqxjvw', 'fqxjvw']);
    const submission = submissionOf(text);
    const spans = (pattern: ReturnType<typeof words>) =>
      reasonsFor(submission, pattern, () => ({ rule: 'test', clause: 'spam' as const })).map((r) => [r.start, r.end]);
    const last = text.lastIndexOf('dqxjvw');
    assert.deepEqual(spans(one), [
      [0, 6],
      [last, last + 6],
    ]);
    // (two words of one set: the windows of both, merged in order)
    assert.deepEqual(spans(several), [[last - 7, last + 6]]);
    assert.deepEqual(spans(another), [[text.length - 6, text.length]]);
  });

  it('count the windows a pattern scans while counting is on, and only then (bench/pattern-windows.ts)', async () => {
    const { countWindows, reasonsFor, words } = await import('../../../src/policy/match.js');
    const { submissionOf } = await import('../../../src/policy/engine.js');
    // (two occurrences far apart: two windows; a window without the other set's word is not scanned)
    const pattern = words('gqxjvw', ['hqxjvw'], ['gqxjvw']);
    const text = `gqxjvw hqxjvw ${'filler words here '.repeat(12)}gqxjvw hqxjvw ${'filler words here '.repeat(12)}gqxjvw`;
    const scan = () => reasonsFor(submissionOf(text), pattern, () => ({ rule: 'test', clause: 'spam' as const }));
    const counts = new Map<ReturnType<typeof words>, number>();
    countWindows(counts);
    try {
      assert.equal(scan().length, 2);
      assert.equal(counts.get(pattern), 2);
    } finally {
      countWindows(undefined);
    }
    scan();
    assert.equal(counts.get(pattern), 2);
  });

  it('cut windows around many occurrences of several anchor words, in order, merged where they overlap', async () => {
    const { reasonsFor, words } = await import('../../../src/policy/match.js');
    const { submissionOf } = await import('../../../src/policy/engine.js');
    const pattern = words('kqxjvw', ['kqxjvw', 'jqxjvw']);
    // Seventy occurrences of each word, interleaved: more windows than the insertion sort takes. Taken word by word,
    // unsorted, the second word's windows would be lost in the first's last.
    const filler = 'far away from it all '.repeat(4);
    const text = Array.from({ length: 70 }, () => `jqxjvw ${filler}kqxjvw ${filler}`).join('');
    const submission = submissionOf(text);
    const found = reasonsFor(submission, pattern, () => ({ rule: 'test', clause: 'spam' as const }));
    const expected = [...text.matchAll(/kqxjvw/g)].map((m) => m.index);
    assert.equal(expected.length, 70);
    assert.deepEqual(
      found.map((r) => r.start),
      expected,
    );
    const { words: index } = submission;
    const k = [...index].indexOf('kqxjvw');
    const starts: number[] = [];
    for (let o = index.firstOccurrenceOf(k); o >= 0; o = index.nextOccurrenceOf(o))
      starts.push(index.occurrenceStart(o));
    assert.deepEqual(starts, expected);
  });

  it('read the words every match needs from a pattern that opens with a word list too', () => {
    const pattern = listFirst(
      [openingList('(?:gqxjvw|hqxjvw)', ['gqxjvw', 'hqxjvw'])],
      '(?:gqxjvw|hqxjvw) belongs here',
    );
    assert.deepEqual(pattern.mandatory, ['belongs', 'here']);
  });
});

describe('word lists as patterns', () => {
  it('spell out optional endings, and refuse other syntax', () => {
    assert.deepEqual(spelledOut('abkhaz(?:ians?)?')?.sort(), ['abkhaz', 'abkhazian', 'abkhazians']);
    assert.deepEqual(spelledOut('middle eastern(?:ers?)?')?.sort(), [
      'middle eastern',
      'middle easterner',
      'middle easterners',
    ]);
    assert.deepEqual(spelledOut('lgbtq?')?.sort(), ['lgbt', 'lgbtq']);
    assert.equal(spelledOut('a(?:b|c)?'), undefined);
    assert.equal(spelledOut('a+'), undefined);
  });

  // The groups are a trie since their optional endings are spelled out: it must find what the
  // flat list, longest entry first, finds, at the same places and of the same length.
  it('match what the flat list matches', () => {
    const flat = new RegExp(
      `(?<![a-z])(?:${[...GROUPS]
        .sort((a, b) => b.length - a.length)
        .map((g) => g.replaceAll(' ', '\\s+'))
        .join('|')})(?![a-z])`,
      'g',
    );
    const trie = new RegExp(`(?<![a-z])(?:${alternation(GROUPS)})(?![a-z])`, 'g');
    assert.ok(!trie.source.includes('muslims?|'), 'the groups are a trie');
    const dev = readLabelledCsv(path.join(SHARED_DIR, 'data/policy-dev.csv')).map((r) => normalize(r.text).text);
    const spellings = GROUPS.flatMap((g) => spelledOut(g)!).join(', ');
    let found = 0;
    for (const text of [spellings, 'old people and older men, young people, middle easterners', ...dev]) {
      const a = [...text.matchAll(flat)].map((m) => `${m.index}:${m[0]}`);
      assert.deepEqual(
        [...text.matchAll(trie)].map((m) => `${m.index}:${m[0]}`),
        a,
        text,
      );
      found += a.length;
    }
    assert.ok(found > 4000, `${found} groups found`);
  });

  it('know the words every match of a pattern contains, and never one it may lack', () => {
    assert.deepEqual(mandatoryWords(String.raw`belong\s+in\s+(?:mass\s+graves|a\s+camp)`), ['belong']);
    assert.deepEqual(mandatoryWords(String.raw`(?:you|u)\s+won't\s+(?:leave|go)\s+in\s+one\s+piece`), [
      "won't",
      'one',
      'piece',
    ]);
    // Optional parts, quantified letters, classes, escapes and lookarounds give nothing; alternatives share theirs.
    assert.deepEqual(mandatoryWords(String.raw`idiots?\s+(?:like\s+)?you(?=\s+said)`), ['idiot', 'you']);
    assert.deepEqual(mandatoryWords(String.raw`(?<=after\s+)(?:so\s+stupid|so\s+dumb)|dumb[a-z]+\u2019s`), []);
    assert.deepEqual(mandatoryWords(String.raw`(?<name>stupid)\s+(?:is|was)\s+(?:as\s+stupid\s+does){1,2}`), [
      'stupid',
      'does',
    ]);
    assert.deepEqual(mandatoryWords(String.raw`a{0,3}bcd\p{L}efg[xyz]*hij`), ['bcd', 'efg', 'hij']);
  });

  it('wait for a phrase’s rarest word, not its first', () => {
    assert.deepEqual(triggerWords(['big mouth', 'brain-dead', 'piece of trash', 'a piece of work', 'idiots?']), [
      'mouth',
      'brain',
      'trash',
      'piece',
      'idiots',
      'idiot',
    ]);
    assert.deepEqual(triggerWords(['middle eastern(?:ers?)?']).sort(), ['eastern', 'easterner', 'easterners']);
  });
});
