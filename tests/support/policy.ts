/** A policy context as a fresh install has it, with overrides for one test; and the rules' table-driven tests. */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { DEFAULT_POLICY_SETTINGS } from '../../src/settings/repository.js';
import { compileWordList } from '../../src/policy/rules/word-lists.js';
import type { Clause, PolicyContext, PolicySettings, AuthorRecord } from '../../src/policy/types.js';
import { evaluate } from '../../src/policy/engine.js';

export function context(
  overrides: {
    settings?: Partial<PolicySettings>;
    banned?: string[];
    suspect?: string[];
    author?: AuthorRecord;
    replyTo?: string;
    now?: Date;
  } = {},
): PolicyContext {
  return {
    now: overrides.now ?? new Date('2026-11-29T12:00:00Z'),
    settings: { ...DEFAULT_POLICY_SETTINGS, ...overrides.settings },
    banned: compileWordList(overrides.banned ?? ['stfu', 'gtfo']),
    suspect: compileWordList(overrides.suspect ?? ['omfg']),
    ...(overrides.author ? { author: overrides.author } : {}),
    ...(overrides.replyTo ? { replyTo: overrides.replyTo } : {}),
  };
}

/** The verdict and, for each reason, the rule and the original text it marks. */
export function check(text: string, ctx = context()) {
  const verdict = evaluate(text, ctx);
  return { ...verdict, marked: verdict.reasons.map((r) => `${r.rule}:${text.slice(r.start, r.end)}`) };
}

/** A rule's table: each text and the part of it that a reason must mark (its span in the original). */
export type MarkedRows = readonly (readonly [text: string, marked: string])[];

/**
 * One test per row of a table: the text gets `decision`, and a reason of
 * `rule` marks exactly the given part of it. `clause`: that reason's clause
 * of the policy; `only`: it is the one reason; `why`: said in each test's name.
 */
export function itDecides(
  decision: 'reject' | 'hold',
  rule: string,
  rows: MarkedRows,
  options: { clause?: Clause; only?: boolean; why?: string; ctx?: PolicyContext } = {},
): void {
  const verb = decision === 'reject' ? 'refuses' : 'holds';
  for (const [text, marked] of rows) {
    const name = `${verb} ${JSON.stringify(text)}, marking ${JSON.stringify(marked)}`;
    it(options.why ? `${name} (${options.why})` : name, () => {
      const v = check(text, options.ctx);
      const shown = v.marked.join(', ');
      assert.equal(v.decision, decision, shown);
      if (options.only) assert.deepEqual(v.marked, [`${rule}:${marked}`]);
      else assert.ok(v.marked.includes(`${rule}:${marked}`), shown);
      if (options.clause) assert.equal(v.reasons.find((r) => r.rule === rule)!.clause, options.clause);
    });
  }
}

/** One test per text: published (what marked it is shown when not). */
export function itPublishes(texts: readonly string[], ctx?: PolicyContext): void {
  for (const text of texts) {
    it(`publishes ${JSON.stringify(text)}`, () => {
      const v = check(text, ctx);
      assert.equal(v.decision, 'publish', v.marked.join(', '));
    });
  }
}
