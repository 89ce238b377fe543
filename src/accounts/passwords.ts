/**
 * Password hashing and the rules a new password must meet.
 *
 * argon2id (memory-hard, salted per hash) through @node-rs/argon2, with OWASP's
 * minimum cost (19 MiB, 2 passes, 1 lane): about 20 ms a hash here, slow enough
 * to make offline guessing costly, fast enough not to be a denial-of-service lever
 * behind the log-in rate limit. The PHC string records its own cost, so raising
 * it later keeps old hashes verifiable.
 */
import { hash, verify } from '@node-rs/argon2';

const COST = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const PASSWORD_MIN_LENGTH = 10;
/** Long enough for any passphrase; short enough that hashing it stays cheap. */
export const PASSWORD_MAX_LENGTH = 256;

export function hashPassword(password: string): Promise<string> {
  return hash(password, COST);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/**
 * A real hash of a random string, verified against when the user does not
 * exist, so a wrong username takes as long as a wrong password and timing does
 * not reveal which accounts exist.
 */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(`no-such-user-${Math.random()}`);
  return dummyHash;
}

/**
 * The most common passwords of ten or more characters, from the breach
 * corpora's published top lists (shorter ones fail the length rule anyway).
 * A short list on purpose: it stops the guesses an attacker tries first,
 * without a large dependency for the long tail.
 */
// prettier-ignore
const COMMON_PASSWORDS = new Set([
  '1234567890', '0123456789', '0987654321', '9876543210', '1111111111', '0000000000', '1234512345', '1122334455',
  '1q2w3e4r5t', '1q2w3e4r5t6y', 'q1w2e3r4t5', 'qwertyuiop', 'asdfghjkl;', 'zxcvbnm123', 'qwerty1234', 'qwerty12345',
  'qwerty123456', 'qwertyuiop123', 'asdfghjkl1', '1qaz2wsx3edc', 'zaq12wsxcde3', 'password12', 'password123',
  'password1234', 'password12345', 'password123456', 'password!1', 'passw0rd123', 'p@ssw0rd123', 'p@ssword123',
  'passwordpassword', 'mypassword', 'mypassword1', 'mypassword123', 'iloveyou123', 'iloveyou12', 'ilovejesus1',
  'trustno1234', 'letmein123', 'letmein1234', 'welcome123', 'welcome1234', 'welcome2024', 'welcome2025',
  'welcome2026', 'changeme123', 'changeme12', 'administrator', 'admin12345', 'admin123456', 'adminadmin',
  'administrator1', 'superman123', 'batman1234', 'football123', 'baseball123', 'basketball', 'basketball1',
  'footballer', 'princess123', 'sunshine123', 'starwars123', 'pokemon123', 'michael123', 'jennifer123',
  'computer123', 'internet123', 'whatever123', 'dragon1234', 'monkey12345', 'chocolate1', 'butterfly1', 'liverpool1',
  'chelsea123', 'arsenal123', 'manchester', 'manchester1', 'qazwsxedc123', 'aaaaaaaaaa', 'abcdefghij', 'abcd123456',
  'abc1234567', 'abcdef123456', 'a123456789', 'asdf123456', 'zxcvbnm1234', '12345678910', '123456789a', '123456789q',
  '1234567890q', '12341234', '1234567891', '123123123123', '123456123456', '112233445566', '147258369147',
  '159753159753', 'secret1234', 'password2024', 'password2025', 'password2026', 'summer2024', 'summer2025',
  'winter2024', 'spring2025', 'autumn2025', 'qwertyqwerty', 'loveyou123', 'iloveyou1234', 'hello12345', 'helloworld',
  'helloworld1', 'testtest12', 'test123456', 'test1234567', 'guest12345', 'default123', 'unknown123',
]);

/** Why a new password is refused, or undefined when it is acceptable. */
export function passwordProblem(password: string, username: string): string | undefined {
  if (password.length < PASSWORD_MIN_LENGTH) return `Use at least ${PASSWORD_MIN_LENGTH} characters.`;
  if (password.length > PASSWORD_MAX_LENGTH) return `Use at most ${PASSWORD_MAX_LENGTH} characters.`;
  const lower = password.toLowerCase();
  if (username && lower === username.toLowerCase()) return 'Your password cannot be your username.';
  if (COMMON_PASSWORDS.has(lower)) return 'That password is one of the most common ones; choose another.';
  if (new Set(password).size < 4) return 'Use a password with more different characters.';
  return undefined;
}
