/** What the policy scripts share: reading labelled CSV files and the publisher's default policy context. */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { pino } from 'pino';
import { prepareDatabase } from '../bootstrap.js';
import { ROOT_DIR } from '../config.js';
import { seededRandom, shuffle } from '../policy/classifier/random.js';
import { compileWordList } from '../policy/rules/word-lists.js';
import type { PolicyContext } from '../policy/types.js';
import { SettingsRepository } from '../settings/repository.js';
import { WordListRepository } from '../settings/word-lists.js';

export interface LabelledText {
  text: string;
  label: string;
}

/**
 * The comments written for this project while its rules were written (see corpus/README.md): trained on by
 * `npm run policy:train` beside the dev set.
 */
export const WRITTEN_COMMENTS = path.join(ROOT_DIR, 'corpus/written-comments.csv');

/** A digest of labelled rows, kept in the model file so that a test can tell a model trained before they changed. */
export function rowsDigest(rows: readonly LabelledText[]): string {
  const hash = createHash('sha256');
  for (const { text, label } of rows) hash.update(`${label}\t${text}\n`);
  return hash.digest('hex');
}

/** A CSV with a header and at least the columns `text` and `label`. */
export function readLabelledCsv(file: string): LabelledText[] {
  const rows = parse(fs.readFileSync(file), { columns: true, skip_empty_lines: true, relax_quotes: true }) as Record<
    string,
    string
  >[];
  if (rows.length && (!('text' in rows[0]!) || !('label' in rows[0]!)))
    throw new Error(`${file}: needs the columns text and label`);
  return rows.map((r) => ({ text: r.text ?? '', label: (r.label ?? '').trim() }));
}

/**
 * The context a fresh install checks comments with: the default settings and
 * word lists, read from a database built by the real migrations (so the
 * scripts and the server cannot disagree about the defaults).
 */
export function defaultPolicyContext(): PolicyContext {
  const db = prepareDatabase({ databasePath: ':memory:', contentDir: '/nonexistent' }, pino({ level: 'silent' }));
  try {
    const lists = new WordListRepository(db);
    return {
      now: new Date(),
      settings: new SettingsRepository(db).policySettings(),
      banned: compileWordList(lists.words('banned')),
      suspect: compileWordList(lists.words('suspect')),
    };
  } finally {
    db.close();
  }
}

/**
 * The fixed split of the dev set: 80% to train on, 20% held back for the
 * figures in the README, stratified by label, by a seeded shuffle.
 */
export function splitHeldBack<T extends { label: string }>(rows: T[], seed = 20261129): { train: T[]; heldBack: T[] } {
  const random = seededRandom(seed);
  const train: T[] = [];
  const heldBack: T[] = [];
  const byLabel = new Map<string, T[]>();
  for (const r of rows) {
    const group = byLabel.get(r.label) ?? [];
    group.push(r);
    byLabel.set(r.label, group);
  }
  for (const group of byLabel.values()) {
    const shuffled = shuffle(group, random);
    const cut = Math.round(shuffled.length * 0.8);
    train.push(...shuffled.slice(0, cut));
    heldBack.push(...shuffled.slice(cut));
  }
  return { train, heldBack };
}
