import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../../support/policy.js';

describe('hate rule', () => {
  const refused: [string, string][] = [
    ['you are a f@ggot', 'f@ggot'],
    ['typical k1ke behaviour', 'k1ke'],
    ['go back, you wetback', 'wetback'],
    ['a bunch of towel heads', 'towel heads'],
    ['I hate Jews.', 'I hate Jews'],
    ['i hate african', 'i hate african'],
    ['kill homosexual', 'kill homosexual'],
    ['We should deport all Muslims', 'deport all Muslims'],
    ['Immigrants are vermin', 'Immigrants are vermin'],
    ['Refugees are a disease', 'Refugees are a disease'],
    ['Being taoist is dumb.', 'Being taoist is dumb'],
    ['I will hurt you', 'I will hurt you'],
    ["I'm going to find you and kill you", "I'm going to find you and kill you"],
    ['someone should shoot him', 'someone should shoot him'],
    ['Rogozin should be shot', 'should be shot'],
    ['go kill yourself', 'kill yourself'],
    ['I hope you die', 'I hope you die'],
  ];
  for (const [text, marked] of refused) {
    it(`refuses ${JSON.stringify(text)}, marking ${JSON.stringify(marked)}`, () => {
      const v = check(text);
      assert.equal(v.decision, 'reject');
      assert.ok(
        v.marked.some((m) => m === `hate:${marked}`),
        v.marked.join(', '),
      );
      assert.equal(v.reasons.find((r) => r.rule === 'hate')!.clause, 'inappropriate');
    });
  }

  it('holds a word that is a slur only sometimes', () => {
    assert.equal(check('there is a chink in the alliance').decision, 'hold');
  });

  const spared = [
    'I hate this declaration and everything it stands for.',
    'Muslims in Russia have long served in the army.',
    'Gay and lesbian soldiers serve in NATO armies.',
    'The Black Sea fleet is based in Sevastopol.',
    'Russian policy in Afghanistan failed; the Americans fared no better.',
    'Parliament should kill the bill before it passes.',
    'Armenians, Belarusians and Kazakhs all joined the CSTO.',
    'The army will shoot down drones near the border.',
    'Jewish and Christian leaders met in Moscow.',
    'Being deaf is no obstacle to serving as a diplomat.',
    'The plan should be executed before winter.',
  ];
  for (const text of spared) {
    it(`publishes ${JSON.stringify(text)}`, () => {
      const v = check(text);
      assert.equal(v.decision, 'publish', v.marked.join(', '));
    });
  }
});
