import crypto from 'node:crypto';
import type { Db } from '../db/database.js';

/** Server-wide values kept in the `settings` table. */
export class SettingsRepository {
  private readonly getStatement;
  private readonly insertIfMissing;

  constructor(db: Db) {
    this.getStatement = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
    this.insertIfMissing = db.prepare(
      'INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO NOTHING',
    );
  }

  get(key: string): string | undefined {
    return this.getStatement.get(key)?.value;
  }

  /**
   * The session secret: the configured one, else one generated on first start
   * and kept, so sessions survive restarts without anyone choosing a secret and
   * no default secret exists to be guessed.
   */
  sessionSecret(configured: string | undefined): string {
    if (configured) return configured;
    this.insertIfMissing.run('session_secret', crypto.randomBytes(48).toString('base64url'), new Date().toISOString());
    return this.get('session_secret')!;
  }
}
