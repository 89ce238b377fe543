/**
 * Sessions kept in the same SQLite database as everything else.
 *
 * Why our own store: the published better-sqlite3 stores are small one-person
 * packages that lag behind better-sqlite3's major versions; this one is forty
 * lines over a table we own, and it can do what none of them do: end every
 * session of one user (password change, block).
 */
import session from 'express-session';
import type { Db } from '../db/database.js';

declare module 'express-session' {
  interface SessionData {
    userId: number;
    /** A one-time message shown on the next page (e.g. "Your password was changed"). */
    flash: string;
  }
}

export const SESSION_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;
const SWEEP_EVERY_MS = 15 * 60 * 1000;

type Callback = (err?: unknown) => void;

export class SqliteSessionStore extends session.Store {
  private readonly getStatement;
  private readonly setStatement;
  private readonly touchStatement;
  private readonly destroyStatement;
  private readonly destroyForUser;
  private readonly sweepStatement;
  private readonly timer: NodeJS.Timeout;

  constructor(
    db: Db,
    private readonly now: () => number = Date.now,
  ) {
    super();
    this.getStatement = db.prepare<[string, number], { sess: string }>(
      'SELECT sess FROM sessions WHERE sid = ? AND expires_at > ?',
    );
    this.setStatement = db.prepare(
      `INSERT INTO sessions (sid, sess, user_id, expires_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (sid) DO UPDATE SET sess = excluded.sess, user_id = excluded.user_id, expires_at = excluded.expires_at`,
    );
    this.touchStatement = db.prepare('UPDATE sessions SET expires_at = ? WHERE sid = ?');
    this.destroyStatement = db.prepare('DELETE FROM sessions WHERE sid = ?');
    this.destroyForUser = db.prepare('DELETE FROM sessions WHERE user_id = ? AND sid IS NOT ?');
    this.sweepStatement = db.prepare('DELETE FROM sessions WHERE expires_at <= ?');
    this.sweep();
    this.timer = setInterval(() => this.sweep(), SWEEP_EVERY_MS);
    this.timer.unref();
  }

  private expiry(sess: session.SessionData): number {
    const expires = sess.cookie?.expires;
    return expires ? new Date(expires).getTime() : this.now() + SESSION_MAX_AGE_MS;
  }

  override get(sid: string, cb: (err: unknown, session?: session.SessionData | null) => void): void {
    try {
      const row = this.getStatement.get(sid, this.now());
      cb(null, row ? (JSON.parse(row.sess) as session.SessionData) : null);
    } catch (err) {
      cb(err);
    }
  }

  override set(sid: string, sess: session.SessionData, cb?: Callback): void {
    try {
      this.setStatement.run(sid, JSON.stringify(sess), sess.userId ?? null, this.expiry(sess));
      cb?.();
    } catch (err) {
      cb?.(err);
    }
  }

  override touch(sid: string, sess: session.SessionData, cb?: Callback): void {
    try {
      this.touchStatement.run(this.expiry(sess), sid);
      cb?.();
    } catch (err) {
      cb?.(err);
    }
  }

  override destroy(sid: string, cb?: Callback): void {
    try {
      this.destroyStatement.run(sid);
      cb?.();
    } catch (err) {
      cb?.(err);
    }
  }

  /** Signs a user out everywhere, except the session given (the one making the change). */
  destroyAllForUser(userId: number, exceptSid?: string): number {
    return this.destroyForUser.run(userId, exceptSid ?? null).changes;
  }

  /** Deletes expired sessions; runs at start and every 15 minutes. */
  sweep(): number {
    return this.sweepStatement.run(this.now()).changes;
  }

  close(): void {
    clearInterval(this.timer);
  }
}

/**
 * The session cookie: HttpOnly (no script reads it), SameSite=Lax (not sent on
 * cross-site posts, a second wall behind the CSRF token), Secure whenever the
 * request came over HTTPS (directly or, with TRUST_PROXY, through a proxy), and
 * a 30-day lifetime renewed by every visit.
 */
export function sessionMiddleware(store: SqliteSessionStore, secret: string) {
  return session({
    name: 'sid',
    secret,
    store,
    resave: false,
    saveUninitialized: false,
    rolling: true,
    cookie: { httpOnly: true, sameSite: 'lax', secure: 'auto', maxAge: SESSION_MAX_AGE_MS, path: '/' },
  });
}
