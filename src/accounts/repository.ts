import type { Db } from '../db/database.js';

export const ROLES = ['reader', 'moderator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface User {
  id: number;
  username: string;
  email: string;
  role: Role;
  createdAt: string;
}

interface UserRow {
  id: number;
  username: string;
  email: string;
  role: Role;
  created_at: string;
  password_hash: string;
}

const toUser = (row: UserRow): User => ({
  id: row.id,
  username: row.username,
  email: row.email,
  role: row.role,
  createdAt: row.created_at,
});

const COLUMNS = 'id, username, email, role, created_at, password_hash';

export class DuplicateUserError extends Error {
  constructor(readonly field: 'username' | 'email') {
    super(`duplicate ${field}`);
  }
}

/** All SQL on the `users` table. Usernames and emails compare regardless of case (COLLATE NOCASE). */
export class UserRepository {
  private readonly byId;
  private readonly byUsername;
  private readonly byEmail;
  private readonly insert;
  private readonly updatePassword;
  private readonly updateRole;
  private readonly search;
  private readonly countSearch;
  private readonly heldUntilStatement;
  private readonly setHeldUntilStatement;

  constructor(db: Db) {
    this.byId = db.prepare<[number], UserRow>(`SELECT ${COLUMNS} FROM users WHERE id = ?`);
    this.byUsername = db.prepare<[string], UserRow>(`SELECT ${COLUMNS} FROM users WHERE username = ?`);
    this.byEmail = db.prepare<[string], UserRow>(`SELECT ${COLUMNS} FROM users WHERE email = ?`);
    this.insert = db.prepare<[string, string, string, Role, string, string], UserRow>(
      `INSERT INTO users (username, email, password_hash, role, created_at, password_changed_at)
       VALUES (?, ?, ?, ?, ?, ?) RETURNING ${COLUMNS}`,
    );
    this.updatePassword = db.prepare('UPDATE users SET password_hash = ?, password_changed_at = ? WHERE id = ?');
    this.updateRole = db.prepare('UPDATE users SET role = ? WHERE id = ?');
    // `instr` rather than LIKE: the search text is matched literally, % and _ included.
    this.search = db.prepare<[string, string, number, number], UserRow>(
      `SELECT ${COLUMNS} FROM users
       WHERE ? = '' OR instr(lower(username), ?) > 0
       ORDER BY id DESC LIMIT ? OFFSET ?`,
    );
    this.heldUntilStatement = db.prepare<[number], { held_until: string | null }>(
      'SELECT held_until FROM users WHERE id = ?',
    );
    this.setHeldUntilStatement = db.prepare('UPDATE users SET held_until = ? WHERE id = ?');
    this.countSearch = db.prepare<[string, string], { n: number }>(
      `SELECT count(*) AS n FROM users WHERE ? = '' OR instr(lower(username), ?) > 0`,
    );
  }

  findById(id: number): User | undefined {
    const row = this.byId.get(id);
    return row && toUser(row);
  }

  findByUsername(username: string): User | undefined {
    const row = this.byUsername.get(username);
    return row && toUser(row);
  }

  /** The user and their password hash, by username or email: what log-in needs. */
  findCredentials(login: string): { user: User; passwordHash: string } | undefined {
    const row = login.includes('@') ? this.byEmail.get(login) : this.byUsername.get(login);
    return row && { user: toUser(row), passwordHash: row.password_hash };
  }

  passwordHash(id: number): string | undefined {
    return this.byId.get(id)?.password_hash;
  }

  emailTaken(email: string): boolean {
    return this.byEmail.get(email) !== undefined;
  }

  create(input: { username: string; email: string; passwordHash: string; role: Role }, now: Date): User {
    try {
      const at = now.toISOString();
      return toUser(this.insert.get(input.username, input.email, input.passwordHash, input.role, at, at)!);
    } catch (err) {
      // Two registrations racing for one name: the UNIQUE index decides, and the loser gets the form error.
      const message =
        (err as { code?: string; message: string }).code === 'SQLITE_CONSTRAINT_UNIQUE' ? (err as Error).message : '';
      if (message.includes('users.username')) throw new DuplicateUserError('username');
      if (message.includes('users.email')) throw new DuplicateUserError('email');
      throw err;
    }
  }

  setPasswordHash(id: number, passwordHash: string, now: Date): void {
    this.updatePassword.run(passwordHash, now.toISOString(), id);
  }

  setRole(id: number, role: Role): void {
    this.updateRole.run(role, id);
  }

  /** Until when the user's comments are held for review (automatic escalation), if at all. */
  heldUntil(id: number): Date | undefined {
    const row = this.heldUntilStatement.get(id);
    return row?.held_until ? new Date(row.held_until) : undefined;
  }

  setHeldUntil(id: number, until: Date | null): void {
    this.setHeldUntilStatement.run(until?.toISOString() ?? null, id);
  }

  /** Newest first; `query` matches part of the username, case-insensitively. */
  list(query: string, limit: number, offset: number): { users: User[]; total: number } {
    const q = query.trim().toLowerCase();
    return {
      users: this.search.all(q, q, limit, offset).map(toUser),
      total: this.countSearch.get(q, q)!.n,
    };
  }
}
