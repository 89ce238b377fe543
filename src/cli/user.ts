/**
 * Users from the shell, on the database of DATABASE_PATH:
 *
 *   npm run user -- create USERNAME EMAIL [ROLE]   password read from standard input
 *   npm run user -- role USERNAME ROLE             reader | moderator | admin
 *   npm run user -- list [SEARCH]
 *
 * The password comes from standard input (a pipe, or typed at a prompt that
 * does not echo it), never from the command line where `ps` and the shell
 * history would keep it.
 */
import readline from 'node:readline';
import { createServices } from '../app.js';
import { ROLES, type Role } from '../accounts/repository.js';
import { normalizeUsername } from '../accounts/service.js';
import { prepareDatabase } from '../bootstrap.js';
import { loadConfig } from '../config.js';
import { ValidationError } from '../http/errors.js';
import { createLogger } from '../http/logging.js';

const USAGE = `usage:
  npm run user -- create USERNAME EMAIL [ROLE]   (password from standard input)
  npm run user -- role USERNAME ROLE
  npm run user -- list [SEARCH]
ROLE is one of: ${ROLES.join(', ')}`;

class UsageError extends Error {}

function parseRole(value: string | undefined): Role {
  if (value === undefined || !(ROLES as readonly string[]).includes(value))
    throw new UsageError(`unknown role ${JSON.stringify(value ?? '')}`);
  return value as Role;
}

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    let text = '';
    for await (const chunk of process.stdin) text += String(chunk);
    return text.split(/\r?\n/)[0] ?? '';
  }
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  process.stdout.write('Password: ');
  // Swallow the echo of what is typed.
  (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => {};
  const answer = await new Promise<string>((resolve) => rl.question('', resolve));
  rl.close();
  process.stdout.write('\n');
  return answer;
}

async function run(args: string[]): Promise<string> {
  const [command, ...rest] = args;
  const config = loadConfig();
  const db = prepareDatabase(config, createLogger({ logLevel: 'warn' }));
  try {
    const { users, accounts } = createServices(db);
    switch (command) {
      case 'create': {
        const [username, email, role] = rest;
        if (!username || !email || rest.length > 3) throw new UsageError('create takes USERNAME EMAIL [ROLE]');
        const user = await accounts.register(
          { username, email, password: await readPassword() },
          parseRole(role ?? 'reader'),
        );
        return `created ${user.username} (${user.role}), id ${user.id}`;
      }
      case 'role': {
        const [username, role] = rest;
        if (!username || rest.length !== 2) throw new UsageError('role takes USERNAME ROLE');
        const user = users.findByUsername(normalizeUsername(username));
        if (!user) throw new UsageError(`no user named ${username}`);
        accounts.setRole(user.id, parseRole(role));
        return `${user.username} is now ${role}`;
      }
      case 'list': {
        const { users: found, total } = users.list(rest[0] ?? '', 1000, 0);
        return [...found.map((u) => `${u.id}\t${u.username}\t${u.role}\t${u.email}`), `${total} users`].join('\n');
      }
      default:
        throw new UsageError(command ? `unknown command ${command}` : 'no command given');
    }
  } finally {
    db.close();
  }
}

run(process.argv.slice(2)).then(
  (out) => console.log(out),
  (err: unknown) => {
    if (err instanceof UsageError) console.error(`${err.message}\n${USAGE}`);
    else if (err instanceof ValidationError)
      console.error(
        Object.entries(err.fields)
          .map(([f, m]) => `${f}: ${m}`)
          .join('\n'),
      );
    else console.error((err as Error).message);
    process.exitCode = 1;
  },
);
