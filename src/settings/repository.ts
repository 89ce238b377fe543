import crypto from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../db/database.js';
import type { PolicySettings } from '../policy/types.js';

/** What a publisher starts with (CONTRACT.md, "Defaults a publisher starts with"). */
export const DEFAULT_POLICY_SETTINGS: PolicySettings = {
  linkLimit: 2,
  blockedDomains: [],
  holdAll: false,
  holdFirstComments: 0,
};

const policySettingsSchema = z.object({
  linkLimit: z.number().int().min(0).max(100),
  blockedDomains: z.array(z.string()),
  holdAll: z.boolean(),
  holdFirstComments: z.number().int().min(0).max(1000),
  classifierThreshold: z.number().min(0).max(1).optional(),
});

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

  /** The policy settings: the stored ones over the defaults (a stored value that no longer validates is ignored). */
  policySettings(): PolicySettings {
    const stored = this.get('policy');
    if (!stored) return { ...DEFAULT_POLICY_SETTINGS };
    const parsed = policySettingsSchema.partial().safeParse(JSON.parse(stored));
    return { ...DEFAULT_POLICY_SETTINGS, ...(parsed.success ? parsed.data : {}) } as PolicySettings;
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
