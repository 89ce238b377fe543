/**
 * Starts the real server as a child process (src/server.ts through tsx), for
 * tests of what only a process shows: start-up errors, signals, crashes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { after } from 'node:test';
import { ROOT_DIR } from '../../src/config.js';
import { tempDir } from './app.js';

export interface RunningServer {
  child: ChildProcess;
  baseUrl: string;
  output: () => string;
  exited: Promise<number | null>;
}

export function spawnServer(env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT_DIR, 'src/server.ts')], {
    cwd: ROOT_DIR,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'test',
      PORT: '0',
      RATE_LIMIT: 'off',
      DATABASE_PATH: path.join(tempDir(), 'app.db'),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  after(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });
  return { child, output: () => output, exited };
}

/** Starts the server and waits for the "listening" log line; rejects if it exits first. */
export async function startServer(env: Record<string, string> = {}, timeoutMs = 20_000): Promise<RunningServer> {
  const server = spawnServer(env);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const match = /"port":(\d+),"msg":"listening on/.exec(server.output());
    if (match) return { ...server, baseUrl: `http://127.0.0.1:${match[1]}` };
    if (server.child.exitCode !== null) throw new Error(`server exited before listening:\n${server.output()}`);
    if (Date.now() > deadline) throw new Error(`server did not listen in time:\n${server.output()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
