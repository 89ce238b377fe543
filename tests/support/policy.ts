/** A policy context as a fresh install has it, with overrides for one test. */
import { DEFAULT_POLICY_SETTINGS } from '../../src/settings/repository.js';
import { compileWordList } from '../../src/policy/rules/word-lists.js';
import type { PolicyContext, PolicySettings, AuthorRecord } from '../../src/policy/types.js';
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
