import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultPolicyContext } from '../../../src/cli/support.js';
import { check, context } from '../../support/policy.js';

describe('publisher word lists', () => {
  const ctx = context({ banned: ['kremlin bot', 'troll farm'], suspect: ['propaganda'] });

  it('refuses a banned phrase, in any case, spacing or disguise', () => {
    for (const text of ['You are a Kremlin bot', 'a KREMLIN   BOT', 'a kr3mlin b0t', 'a kremlin-bot']) {
      const v = check(text, ctx);
      assert.equal(v.decision, 'reject', text);
      assert.equal(v.reasons[0]!.rule, 'word-list');
    }
  });

  it('holds a suspect word and says which list it is on', () => {
    const v = check('This is propaganda.', ctx);
    assert.equal(v.decision, 'hold');
    assert.deepEqual(v.marked, ['word-list:propaganda']);
    assert.match(v.reasons[0]!.message, /watch list/);
  });

  it('matches whole words only', () => {
    assert.equal(check('propagandas and antipropaganda', ctx).decision, 'publish');
    assert.equal(check('the troll farmer', ctx).decision, 'publish');
  });

  it('uses the defaults the migrations seed on a fresh install', () => {
    const fresh = defaultPolicyContext();
    assert.equal(check('stfu', fresh).decision, 'reject');
    assert.equal(check('omfg, again', fresh).decision, 'hold');
    // Migration 006 took "wtf" off the suspect list: it held civil comments as often as abusive ones.
    assert.equal(check('wtf is this treaty for?', fresh).decision, 'publish');
  });
});

describe('user-state rule', () => {
  const NOW = new Date('2026-11-29T12:00:00Z');

  it('holds everything when the publisher holds all comments', () => {
    const v = check('A calm remark.', context({ settings: { holdAll: true } }));
    assert.equal(v.decision, 'hold');
    assert.equal(v.reasons[0]!.rule, 'user-state');
  });

  it("holds a new user's first comments, then not", () => {
    const settings = { holdFirstComments: 2 };
    assert.equal(check('Hello.', context({ settings, author: { publishedCount: 1, recent: [] } })).decision, 'hold');
    assert.equal(check('Hello.', context({ settings, author: { publishedCount: 2, recent: [] } })).decision, 'publish');
  });

  it('holds a user under escalation until it ends', () => {
    const author = (until: Date) => ({ publishedCount: 5, recent: [], heldUntil: until });
    assert.equal(check('Hello.', context({ now: NOW, author: author(new Date('2026-12-01')) })).decision, 'hold');
    assert.equal(check('Hello.', context({ now: NOW, author: author(new Date('2026-11-28')) })).decision, 'publish');
  });

  it('still refuses what breaks the policy while holding', () => {
    assert.equal(check('fuck', context({ settings: { holdAll: true } })).decision, 'reject');
  });
});
