import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../../support/policy.js';

describe('attacks rule', () => {
  const refused: [string, string][] = [
    ['You are an idiot.', 'idiot'],
    ["you're so stupid", 'stupid'],
    ['You’re a complete moron', 'moron'],
    ['ur a moron', 'moron'],
    ['your an idiot', 'idiot'],
    ['Shut it, you idiot', 'idiot'],
    ['you stupid clown', 'clown'],
    ['You people are morons', 'morons'],
    ['What an idiot you are', 'idiot'],
    ['Idiots like you ruin everything', 'Idiots'],
    ['@ann is an imbecile', 'imbecile'],
    ['He is a moron', 'moron'],
    ['The author is an idiot', 'idiot'],
    ['you are an 1d10t', '1d10t'],
    ['you are a i.d.i.o.t', 'i.d.i.o.t'],
    ['You are a stupid nurse', 'stupid'],
  ];
  for (const [text, marked] of refused) {
    it(`refuses ${JSON.stringify(text)}, marking ${JSON.stringify(marked)}`, () => {
      const v = check(text);
      assert.equal(v.decision, 'reject', v.marked.join(', '));
      assert.ok(v.marked.includes(`attacks:${marked}`), v.marked.join(', '));
      assert.equal(v.reasons.find((r) => r.rule === 'attacks')!.clause, 'personal_attack');
    });
  }

  const held: [string, string][] = [
    ['You are a liar', 'liar'],
    ['Rogozin is a hypocrite', 'hypocrite'],
    ['Ling is a stupid bisexual', 'stupid'],
    ['they are idiots', 'idiots'],
    ['Get lost, nobody wants you here', 'Get lost'],
    ['서윤 is a filthy trans', 'filthy'],
    ['He is a total phony.', 'phony'],
    ['She is the most incompetent person in the cabinet', 'incompetent'],
    ['you are a dangerous maniac', 'maniac'],
  ];
  for (const [text, marked] of held) {
    it(`holds ${JSON.stringify(text)} (an accusation, or a target we cannot be sure of)`, () => {
      const v = check(text);
      assert.equal(v.decision, 'hold', v.marked.join(', '));
      assert.ok(v.marked.includes(`attacks:${marked}`), v.marked.join(', '));
    });
  }

  const spared = [
    'This argument is idiotic.',
    'Your argument is stupid and the numbers do not add up.',
    'That is a stupid idea, and the treaty will fail.',
    'Gun control is such a horrible idea.',
    'NATO is a dumb organisation with no purpose.',
    "If you're reading this, you've been in a coma for almost 20 years now.",
    'You are right that the declaration changes little.',
    'Are you sure? The CSTO has never acted outside its members.',
    'Rogozin is wrong: cooperation with NATO is a fantasy, and the declaration is worthless propaganda.',
    'Medvedev’s plan was arrogant, reckless and doomed, and the Kremlin knew it.',
    'The UN chief acted beyond his powers and should resign.',
    'You are a fantastic machinist',
    'Chris is a lovely protestant',
    'The plan is corrupt from top to bottom, and the ministry knows it.',
    'That is a dangerous idea.',
  ];
  for (const text of spared) {
    it(`publishes ${JSON.stringify(text)}`, () => {
      const v = check(text);
      assert.equal(v.decision, 'publish', v.marked.join(', '));
    });
  }
});
