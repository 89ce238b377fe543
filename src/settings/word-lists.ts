import type { Db } from '../db/database.js';

export type WordListName = 'banned' | 'suspect';

/** All SQL on the `word_lists` table: the publisher's banned and suspect words. */
export class WordListRepository {
  private readonly all;

  constructor(private readonly db: Db) {
    this.all = db.prepare<[WordListName], { word: string }>('SELECT word FROM word_lists WHERE list = ? ORDER BY word');
  }

  words(list: WordListName): string[] {
    return this.all.all(list).map((r) => r.word);
  }

  /** Replaces a list with `words` (deduplicated regardless of case), in one transaction. */
  replace(list: WordListName, words: string[], now: Date): void {
    const insert = this.db.prepare('INSERT OR IGNORE INTO word_lists (list, word, created_at) VALUES (?, ?, ?)');
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM word_lists WHERE list = ?').run(list);
      for (const word of words) insert.run(list, word, now.toISOString());
    })();
  }
}
