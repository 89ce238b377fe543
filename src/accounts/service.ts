/**
 * The account rules: who may register with what, how log-in is checked, how a
 * password is changed. Handlers give it plain values; it gives back users or
 * throws a ValidationError with a message per field.
 */
import { z } from 'zod';
import { ValidationError } from '../http/errors.js';
import { dummyPasswordHash, hashPassword, passwordProblem, verifyPassword } from './passwords.js';
import { DuplicateUserError, type Role, type User, type UserRepository } from './repository.js';
import type { SqliteSessionStore } from './sessions.js';

/**
 * a-z, digits and underscore only: a name that looks like another ("аnn" with a
 * Cyrillic а, or "ann" in full-width letters) cannot be registered to
 * impersonate someone. Input is lower-cased first, so "Ann" becomes "ann" and
 * names stay unique regardless of case.
 */
export const USERNAME = /^[a-z0-9_]{3,30}$/;
const EMAIL_MAX = 254;
const emailSchema = z.email();

export interface RegistrationInput {
  username: string;
  email: string;
  password: string;
}

export function normalizeUsername(username: string): string {
  return username.trim().toLowerCase();
}

export class AccountService {
  constructor(
    private readonly users: UserRepository,
    private readonly sessions: SqliteSessionStore,
    private readonly clock: () => Date = () => new Date(),
    /** Why the discussion policy refuses a username, or undefined (CommentPolicy.nameProblem). */
    private readonly nameProblem: (username: string) => string | undefined = () => undefined,
  ) {}

  /** Checks every field and reports every problem at once. */
  validateRegistration(input: RegistrationInput): RegistrationInput {
    const username = normalizeUsername(input.username);
    const email = input.email.trim();
    const errors: Record<string, string> = {};
    if (!username) errors.username = 'Choose a username.';
    else if (!USERNAME.test(username)) errors.username = 'Use 3 to 30 characters: letters a–z, digits and underscores.';
    else if (this.users.findByUsername(username)) errors.username = 'That username is taken; choose another.';
    else {
      const problem = this.nameProblem(username);
      if (problem) errors.username = problem;
    }
    if (!email) errors.email = 'Enter your email address.';
    else if (email.length > EMAIL_MAX || !emailSchema.safeParse(email).success)
      errors.email = 'Enter a valid email address, like name@example.org.';
    else if (this.users.emailTaken(email)) errors.email = 'An account with this email exists already. Sign in instead?';
    const problem = input.password ? passwordProblem(input.password, username) : 'Choose a password.';
    if (problem) errors.password = problem;
    if (Object.keys(errors).length) throw new ValidationError(errors);
    return { username, email, password: input.password };
  }

  async register(input: RegistrationInput, role: Role = 'reader'): Promise<User> {
    const valid = this.validateRegistration(input);
    const passwordHash = await hashPassword(valid.password);
    try {
      return this.users.create({ username: valid.username, email: valid.email, passwordHash, role }, this.clock());
    } catch (err) {
      if (err instanceof DuplicateUserError) {
        throw new ValidationError({
          [err.field]:
            err.field === 'username'
              ? 'That username is taken; choose another.'
              : 'An account with this email exists already.',
        });
      }
      throw err;
    }
  }

  /** The user for a username-or-email and password, or undefined; the same work is done either way. */
  async authenticate(login: string, password: string): Promise<User | undefined> {
    const trimmed = login.trim();
    const found = trimmed && password ? this.users.findCredentials(trimmed) : undefined;
    const ok = await verifyPassword(found?.passwordHash ?? (await dummyPasswordHash()), password);
    return found && ok ? found.user : undefined;
  }

  /**
   * Changes the password after checking the current one, and signs the account
   * out everywhere else: whoever knew the old password loses their session.
   */
  async changePassword(user: User, current: string, next: string, keepSessionId: string): Promise<void> {
    const errors: Record<string, string> = {};
    const hash = this.users.passwordHash(user.id);
    if (!current || !hash || !(await verifyPassword(hash, current)))
      errors.current_password = 'This is not your current password.';
    const problem = next ? passwordProblem(next, user.username) : 'Choose a new password.';
    if (problem) errors.new_password = problem;
    else if (next === current) errors.new_password = 'Choose a password different from the current one.';
    if (Object.keys(errors).length) throw new ValidationError(errors);
    this.users.setPasswordHash(user.id, await hashPassword(next), this.clock());
    this.sessions.destroyAllForUser(user.id, keepSessionId);
  }

  /**
   * Creates the bootstrap admin of ADMIN_USERNAME/ADMIN_PASSWORD if no user of
   * that name exists. An existing user is left as it is: the variables are for
   * the first start, not a way to reset a password or a role.
   */
  async ensureAdmin(admin: { username: string; password: string; email?: string }): Promise<User | undefined> {
    const username = normalizeUsername(admin.username);
    if (this.users.findByUsername(username)) return undefined;
    return this.register(
      { username, email: admin.email ?? `${username}@admin.invalid`, password: admin.password },
      'admin',
    );
  }

  setRole(userId: number, role: Role): void {
    this.users.setRole(userId, role);
  }
}
