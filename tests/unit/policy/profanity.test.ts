import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { SHARED_DIR } from '../../support/app.js';
import { check, itDecides, itPublishes } from '../../support/policy.js';

describe('profanity rule', () => {
  const caught: [string, string][] = [
    ['What the fuck is this', 'fuck'],
    ['What the FUCK', 'FUCK'],
    ['What the f.u.c.k', 'f.u.c.k'],
    ['what the f u c k', 'f u c k'],
    ['this is sh1t', 'sh1t'],
    ['kiss my @ss', '@ss'],
    ['what an @sshole.', '@sshole'],
    ['@sswipe, go home', '@sswipe'],
    ['follow @AssholeOfTheYear now', '@AssholeOfTheYear'],
    ['total $hit', '$hit'],
    ['fuuuuuck this', 'fuuuuuck'],
    ['ｆｕｃｋ this', 'ｆｕｃｋ'],
    ['fück this', 'fück'],
    ['fu\u200Bck this', 'fu\u200Bck'],
    ['what bullshit', 'bullshit'],
    // (the data set's "shit" starts or ends a word; these are neither)
    ['He is bullshitting us.', 'bullshitting'],
    ['The union boss is a professional bullshitter.', 'bullshitter'],
    ['you motherfucker', 'motherfucker'],
    ['shut it, bitch', 'bitch'],
    // Spellings seen in comment sections
    ['FvKK YOU', 'FvKK'],
    ['phuck this treaty', 'phuck'],
    ['fcuk off', 'fcuk'],
    ['fuq off', 'fuq'],
    ['what a cvnt', 'cvnt'],
    ['What a MILF', 'MILF'],
    ['you azzhole', 'azzhole'],
    ['shut up, dumbazz', 'dumbazz'],
    ['fvkking hell', 'fvkking'],
    // "©" is a "c"
    ['fu©k this', 'fu©k'],
    // "!" is leetspeak for "i" inside a word, not at its end
    ['Bullshit!!!', 'Bullshit'],
    ['what the fuck!?', 'fuck'],
    // "$" at a word's end, after a letter
    ['kiss my a$$', 'a$$'],
    ['you are an a$$.', 'a$$'],
    // The innocent senses are phrases: the words alone still count
    ['what a pussy', 'pussy'],
    ['get lost, hoe', 'hoe'],
    // (a set spelt to slip past a filter, the thirty-fifth session's)
    ['You ignorant b1tch, read a book.', 'b1tch'],
    ['What a fkn joke of a journalist.', 'fkn'],
    ["You're a tw@t and everyone knows it.", 'tw@t'],
  ];
  itDecides('reject', 'profanity', caught, { clause: 'profanity' });

  for (const masked of [
    'f*ck',
    'sh*t',
    'sh*te',
    's**t',
    'b#tch',
    'b**ch',
    'f**k',
    'a**hole',
    'di*k',
    'sl*t',
    'f🤬ck',
    'fu(k',
  ]) {
    it(`refuses self-censored ${masked}, marked once`, () => {
      const v = check(`what the ${masked} is NATO doing`);
      assert.equal(v.decision, 'reject');
      assert.deepEqual(v.marked, [`profanity:${masked}`]);
    });
  }

  // Three stars hide any word: "s***" only in a swear's phrase.
  itDecides(
    'reject',
    'profanity',
    [
      ['You are a piece of s***.', 's***'],
      ["You're full of s***.", 's***'],
      ['This is bulls***.', 'bulls***'],
    ],
    { clause: 'profanity' },
  );

  const innocent = [
    'He said s*** about me, I will not repeat it.',
    'The s*** list was leaked.',
    // English words obscenity's patterns catch by accident (found by a run over a 275,000-word list).
    'drug trafficking and human traffickers',
    'feckless leadership in Brussels',
    'an assortment of assorted proposals',
    'cumin and cummerbunds',
    'dickering over the terms',
    'a cocksure minister',
    'the Fukushima disaster',
    'retarding the growth of the economy',
    'he mishit the ball',
    'a Klondyke gold rush',
    'Scunthorpe United won',
    'the assassin was caught',
    'a cocktail party in Moscow',
    'Penistone is in Yorkshire',
    'She graduated magna cum laude',
    'a classic move',
    'Dick Cheney said so',
    'shiitake risotto',
    'Essex and Sussex',
    'the analysis of the treaty',
    'a therapist and a grape farmer',
    'Arsenal lost again',
    'hello',
    'a document',
    'cumulative effects',
    'Hancock and Peacock',
    'the cockpit voice recorder',
    'passing the bass',
    'fire retardant',
    'Instead: pussy hats, marches and lawsuits.',
    'the pussycat on the balcony',
    'Mother said no pussy cats inside the house.',
    'Stop pussyfooting around the question.',
    'He ran a rotary hoe over the corn after the frost.',
    'Phuket is lovely in March',
    // Dutch: "hoe" is "how"
    'Och hoe wonderbaarlijk dat Jan het alweer met een minister aan de stok heeft.',
    // … with Dutch words beyond the first short list
    'Van dat soort vragen waar je denkt: hoe leg ik die weer uit.',
    'Dreigdwergen en de Roze Khmer: hoe Twitter een slagveld werd.',
    'a Fuqua School of Business study',
    // A mention's "@" is an "a" only when the whole name is the rude word.
    '@ssmith thanks for the link',
    'RT @SSNAlerts: Rick Scott takes 49% of the vote',
    '@5SOS not again',
    // Numbers are not leetspeak ("455" is not "ass")
    'The 455 bus was late again.',
    'Order #4455 arrived on time.',
    'The code was TW055.',
    // Neither a mask nor "azz"
    'all that jazz, and the pizzazz of a razzmatazz summit',
    'f(x) = 2 for every x',
    'I ❤️ this city',
    'Slut shaming is wrong, whoever does it.',
    'The milfoil in the lake is spreading fast.',
  ];
  itPublishes(innocent);

  it('publishes the Scunthorpe section of the Big List of Naughty Strings', () => {
    const blns = JSON.parse(fs.readFileSync(path.join(SHARED_DIR, 'data/blns.json'), 'utf8')) as string[];
    const from = blns.indexOf('Scunthorpe General Hospital');
    const to = blns.indexOf('basement');
    assert.ok(from > 0 && to > from);
    for (const text of blns.slice(from, to + 1)) {
      const v = check(text);
      assert.equal(v.decision, 'publish', `${text}: ${v.marked.join(', ')}`);
    }
  });
});
