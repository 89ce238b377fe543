import crypto from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../db/database.js';
import { CLASSIFIER_LEVELS, type PolicySettings } from '../policy/types.js';

/** The publisher's settings: the policy's, and how comments are shown and limited. Admins change them. */
export interface PublisherSettings extends PolicySettings {
  /** Minutes after posting during which the author may edit. */
  editWindowMinutes: number;
  /** Reports from distinct users that hide a comment until a moderator decides. */
  reportThreshold: number;
  /** Days after an article's date when its comments close by themselves (0 = never). */
  autoCloseDays: number;
  /** Top-level threads per page. */
  threadsPerPage: number;
  /** Seconds a user must wait between two comments (WordPress's flood interval). */
  floodIntervalSeconds: number;
  /** At most this many comments by a user in `commentWindowMinutes`. */
  commentsPerWindow: number;
  commentWindowMinutes: number;
  /** This many policy rejections in 24 hours put a user's comments on hold… */
  escalationRejections: number;
  /** …for this many days. */
  escalationDays: number;
}

/** What a publisher starts with (CONTRACT.md, "Defaults a publisher starts with"). */
export const DEFAULT_SETTINGS: PublisherSettings = {
  linkLimit: 2,
  blockedDomains: [],
  holdAll: false,
  holdFirstComments: 0,
  classifierLevel: 'standard',
  editWindowMinutes: 15,
  reportThreshold: 3,
  autoCloseDays: 0,
  threadsPerPage: 50,
  floodIntervalSeconds: 15,
  commentsPerWindow: 10,
  commentWindowMinutes: 10,
  escalationRejections: 5,
  escalationDays: 7,
};
export const DEFAULT_POLICY_SETTINGS: PolicySettings = DEFAULT_SETTINGS;

export const settingsSchema = z.object({
  linkLimit: z.number().int().min(0).max(100),
  blockedDomains: z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/)).max(1000),
  holdAll: z.boolean(),
  holdFirstComments: z.number().int().min(0).max(1000),
  classifierLevel: z.enum(CLASSIFIER_LEVELS),
  editWindowMinutes: z.number().int().min(0).max(10_080),
  reportThreshold: z.number().int().min(1).max(1000),
  autoCloseDays: z.number().int().min(0).max(36_500),
  threadsPerPage: z.number().int().min(5).max(500),
  floodIntervalSeconds: z.number().int().min(0).max(3600),
  commentsPerWindow: z.number().int().min(1).max(10_000),
  commentWindowMinutes: z.number().int().min(1).max(1440),
  escalationRejections: z.number().int().min(0).max(1000),
  escalationDays: z.number().int().min(1).max(365),
});

/** Server-wide values kept in the `settings` table. */
export class SettingsRepository {
  private readonly getStatement;
  private readonly insertIfMissing;
  private readonly upsert;

  constructor(db: Db) {
    this.getStatement = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
    this.upsert = db.prepare(
      'INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at',
    );
    this.insertIfMissing = db.prepare(
      'INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO NOTHING',
    );
  }

  /** The publisher's settings: the stored ones over the defaults (a stored value that no longer validates is ignored). */
  publisherSettings(): PublisherSettings {
    const stored = this.get('publisher');
    if (!stored) return { ...DEFAULT_SETTINGS };
    const parsed = settingsSchema.partial().safeParse(JSON.parse(stored));
    return { ...DEFAULT_SETTINGS, ...(parsed.success ? parsed.data : {}) } as PublisherSettings;
  }

  /** The part the policy engine reads. */
  policySettings(): PolicySettings {
    return this.publisherSettings();
  }

  savePublisherSettings(settings: PublisherSettings, now: Date): void {
    this.upsert.run('publisher', JSON.stringify(settings), now.toISOString());
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
