/**
 * The discussion policy as the server applies it: the pure engine of
 * src/policy/ given the publisher's current settings and word lists and the
 * author's record. Compiled word lists are kept until `invalidate()` (called
 * when an admin changes them).
 */
import { evaluate, evaluateName } from '../policy/engine.js';
import { compileWordList } from '../policy/rules/word-lists.js';
import type { AuthorRecord, CompiledWordList, PolicyContext, Verdict } from '../policy/types.js';
import type { SettingsRepository } from '../settings/repository.js';
import type { WordListRepository } from '../settings/word-lists.js';

export class CommentPolicy {
  private lists?: { banned: CompiledWordList; suspect: CompiledWordList };

  constructor(
    private readonly wordLists: WordListRepository,
    private readonly settings: SettingsRepository,
    private readonly clock: () => Date,
  ) {}

  invalidate(): void {
    this.lists = undefined;
  }

  context(author?: AuthorRecord, replyTo?: string): PolicyContext {
    this.lists ??= {
      banned: compileWordList(this.wordLists.words('banned')),
      suspect: compileWordList(this.wordLists.words('suspect')),
    };
    return {
      now: this.clock(),
      settings: this.settings.policySettings(),
      ...this.lists,
      ...(author ? { author } : {}),
      ...(replyTo ? { replyTo } : {}),
    };
  }

  /** The verdict on a comment by an author with this record; `replyTo`: whom it answers, if it is a reply. */
  check(text: string, author?: AuthorRecord, replyTo?: string): Verdict {
    return evaluate(text, this.context(author, replyTo));
  }

  /**
   * Why a username may not be registered, or undefined: a name is shown on
   * every comment and in every @mention, so it answers to the same words
   * policy, and held is as good as refused (nobody reviews a sign-up).
   */
  nameProblem(name: string): string | undefined {
    const reason = evaluateName(name, this.context()).reasons[0];
    if (!reason) return undefined;
    const what = { profanity: 'profanity', personal_attack: 'an insult', inappropriate: 'not allowed', spam: 'spam' };
    return `“${name.slice(reason.start, reason.end)}” is ${what[reason.clause]} under the discussion policy; choose another username.`;
  }

  /** A checker under proposed word lists and settings: what an admin's change would do (the dry run). */
  checkerWith(proposed: {
    banned: string[];
    suspect: string[];
    settings: PolicyContext['settings'];
  }): (text: string) => Verdict {
    const context = {
      ...this.context(),
      settings: proposed.settings,
      banned: compileWordList(proposed.banned),
      suspect: compileWordList(proposed.suspect),
    };
    return (text) => evaluate(text, context);
  }
}
