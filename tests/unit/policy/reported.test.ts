import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mentionCondemned, reported } from '../../../src/policy/reported.js';
import { check, itPublishes } from '../../support/policy.js';

/** Whether the first occurrence of `words` in `text` is reported speech. */
const isReported = (text: string, words: string) => {
  const start = text.indexOf(words);
  assert.ok(start >= 0, `${words} not in ${text}`);
  return reported(text, start, start + words.length);
};

describe('reported speech', () => {
  const reportedRows: [string, string][] = [
    ['He said ‘you idiot’ to the driver on camera.', 'idiot'],
    ['Stop crying like a baby, the coach told the player.', 'Stop crying like a baby'],
    ['You are a traitor, Lukashenko told the opposition leader.', 'traitor'],
    ['Get lost, moron, the drunk shouted at the policeman, according to the court file.', 'moron'],
    ["'You idiot!' she shouted at the driver.", 'idiot'],
    ['He is a pseudo-intellectual, the satirist joked about himself.', 'pseudo-intellectual'],
    // The verb first, and a plural speaker
    ['You are an idiot, said the coach to the player.', 'idiot'],
    ['The minister is a fool, critics say.', 'fool'],
  ];
  for (const [text, words] of reportedRows)
    it(`reads ${JSON.stringify(words)} in ${JSON.stringify(text)} as someone else's`, () =>
      assert.equal(isReported(text, words), true));

  const ownRows: [string, string][] = [
    // An apostrophe inside a word is no closing quotation mark, and "you" contracted is still the commenter's reader
    ["Shut up already, you've posted the same nonsense ten times.", 'Shut up'],
    ["Shut up already, you've said so yourself.", 'Shut up'],
    // A quoted word with no one saying it
    ['You’re an ‘expert’, you idiot.', 'idiot'],
    // The commenter, their circle, everyone
    ['You are an idiot, I said.', 'idiot'],
    ["You're an idiot, my friend said, and he was right.", 'idiot'],
    ['You are an idiot, everyone says.', 'idiot'],
    ['You are an idiot, the whole thread says.', 'idiot'],
    ['You are a moron, many say.', 'moron'],
    ['You are an idiot, says everyone.', 'idiot'],
    ['You are an idiot, said nothing.', 'idiot'],
    // A tag that is an act: a modal before the verb
    ["You're a disgrace, imma tell you.", 'disgrace'],
    // What, not who: "nothing he says"
    ['Lavrov is a liar, nothing he says can be trusted.', 'liar'],
    // The commenter's own clause after the comma
    ['You are a moron, as the author said.', 'moron'],
    ['The author is an idiot, and the editor said nothing.', 'idiot'],
    ['The author is an idiot, the editor said nothing about it.', 'idiot'],
    ["You're an idiot, the man who said the war would end in a week.", 'idiot'],
    ["I'd smash the anchor, no questions asked.", "I'd smash the anchor"],
    // A tag in the next sentence does not report this one
    ['You are an idiot. The editor said so too.', 'idiot'],
  ];
  for (const [text, words] of ownRows)
    it(`reads ${JSON.stringify(words)} in ${JSON.stringify(text)} as the commenter's own`, () =>
      assert.equal(isReported(text, words), false));

  describe('in the rules', () => {
    itPublishes([
      'Stop crying like a baby, the coach told the player.',
      'Stop pretending you understand the treaty, he told himself.',
      "You're a disgrace, the judge told the defendant.",
      'You are a fraud, the editor said.',
    ]);
    it('refuses an insult the commenter attributes to themselves or to everyone', () => {
      assert.equal(check('You are an idiot, I said.').decision, 'reject');
      assert.equal(check('You are an idiot, everyone says.').decision, 'reject');
    });
    it('holds a threat reported in quotation marks, instead of refusing it', () => {
      const v = check("The attackers shouted 'I will kill you' at him, witnesses said.");
      assert.equal(v.decision, 'hold');
      assert.deepEqual(v.marked, ['hate:I will kill you']);
      assert.match(v.reasons[0]!.message, /“I will kill you” reports a threat or a slur; a moderator will read/);
    });
    it('holds a threat reported with a tag, and refuses one the commenter voices', () => {
      assert.equal(check('I will kill you, the stalker wrote.').decision, 'hold');
      assert.equal(check('I will kill you.').decision, 'reject');
      assert.equal(check('Kill them all, my neighbour said.').decision, 'reject');
    });
    it('holds hate that a third person is said to have said, before it or "according to" after it', () => {
      for (const text of [
        'The councillor said disabled people are a burden.',
        'Yesterday a Tatar MP claimed that Chechens are animals.',
        'The preacher said gays should be locked up, and the police did nothing.',
        'Wheelchair users are a burden, according to this disgraceful councillor, and he must resign.',
        'Gays should be locked up, according to the leaflet.',
      ]) {
        const v = check(text);
        assert.equal(v.decision, 'hold', text);
        assert.match(v.reasons[0]!.message, /reports a threat or a slur/, text);
      }
      // (the commenter, their circle, a vague crowd)
      for (const text of [
        'I said Muslims are animals.',
        'My neighbour said Muslims are animals.',
        'People say Muslims are animals.',
        'Muslims are animals, according to me.',
        'Muslims are animals, according to everyone I know.',
      ])
        assert.equal(check(text).decision, 'reject', text);
      // (an attack on someone here is the commenter's own, whoever is said to say it)
      assert.notEqual(check('The coach said you are an idiot.').decision, 'publish');
    });
    it('holds a slur quoted after a verb of saying', () => {
      const v = check('He called the waiter a "nigger", the court heard.');
      assert.equal(v.decision, 'hold');
    });
    it('still refuses profanity, whoever is reported saying it', () => {
      assert.equal(check('Fuck you, he told the reporter.').decision, 'reject');
    });
  });
});

describe('a word mentioned to condemn its use', () => {
  /** Whether the last occurrence of `word` in `text` is mentioned in a sentence that condemns its use. */
  const condemned = (text: string, word: string) => {
    const start = text.lastIndexOf(word);
    assert.ok(start >= 0, `${word} not in ${text}`);
    return mentionCondemned(text, start, start + word.length);
  };
  const rows: [string, string, boolean][] = [
    ['It is highly offensive to use the word retarded.', 'retarded', true],
    ['Please stop saying the term "retard" about people.', 'retard', true],
    ['The word retarded is hurtful to families like mine.', 'retarded', true],
    ["Don't use the word retarded.", 'retarded', true],
    // the word not mentioned, or its sentence not condemning it
    ['It is offensive, you retard.', 'retard', false],
    ['I love the word retarded.', 'retarded', false],
    ['That was offensive. The word retarded is what I meant.', 'retarded', false],
  ];
  for (const [text, word, expected] of rows)
    it(`${expected ? 'reads' : 'does not read'} ${JSON.stringify(word)} in ${JSON.stringify(text)} as condemned`, () =>
      assert.equal(condemned(text, word), expected));
});
