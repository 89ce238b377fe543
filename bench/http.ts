/**
 * npm run bench: the server under load, against the machine's ceiling, in one
 * run, on this machine (loopback only, bounded in time).
 *
 * 1. comment posts/s through the JSON API (RATE_LIMIT=off, a unique text each);
 * 2. the anonymous article page with 200 comments (from the page cache),
 *    requests/s and p99, against a bare node:http server sending the same
 *    bytes, both in their own process, the load from this one;
 * 3. the first page of an article with 5,000 comments against one with 200,
 *    rendered fresh each time (a signed-in reader, whom the cache never serves);
 * 4. the server's peak memory (RSS).
 *
 * Results are printed and written to BENCHMARKS.md.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { ROOT_DIR } from '../src/config.js';
import { freePort, signUp } from '../tests/support/remote.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const SEED = path.join(ROOT_DIR, 'content/csto-set-to-become-alternative-to-nato.md');

function start(
  command: string,
  args: string[],
  env: Record<string, string>,
): Promise<{ child: ChildProcess; port: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: ROOT_DIR,
      env: { PATH: process.env.PATH, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /"port":(\d+)|^port (\d+)/m.exec(out);
      if (m) resolve({ child, port: Number(m[1] ?? m[2]) });
    });
    child.on('exit', (code) => reject(new Error(`${command} exited with ${code}: ${out.slice(-500)}`)));
  });
}

function run(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(options, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-'));
  const content = path.join(dir, 'content');
  fs.mkdirSync(content);
  // Two copies of the seed article: one gets 200 comments, the other 5,000.
  for (const slug of ['bench-200', 'bench-5000']) {
    fs.writeFileSync(
      path.join(content, `${slug}.md`),
      fs.readFileSync(SEED, 'utf8').replace(/^slug: .*$/m, `slug: ${slug}`),
    );
  }
  // LOG_LEVEL=warn: no line per request (stdout would be part of what is measured), so the port is chosen here.
  const port = await freePort();
  const server = {
    port,
    child: spawn(process.execPath, [path.join(ROOT_DIR, 'dist/server.js')], {
      cwd: ROOT_DIR,
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        PORT: String(port),
        LOG_LEVEL: 'warn',
        RATE_LIMIT: 'off',
        DATABASE_PATH: path.join(dir, 'bench.db'),
        CONTENT_DIR: content,
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    }),
  };
  for (let tries = 0; ; tries++) {
    if ((await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => undefined))?.ok) break;
    if (tries > 200) throw new Error('the server did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
  const base = `http://127.0.0.1:${server.port}`;
  try {
    // A reader's session and CSRF token, as a browser would get them.
    const { cookie: session, token: csrf } = await signUp(base, 'bench_reader', 'bench-200');
    const headers = { cookie: session, 'x-csrf-token': csrf, 'content-type': 'application/json' };

    const post = (slug: string, amount: number) =>
      run({
        url: `${base}/api/articles/${slug}/comments`,
        method: 'POST',
        headers,
        body: JSON.stringify({
          body: 'Benchmark comment [<id>]: the declaration may matter less than what happens in Afghanistan.',
        }),
        idReplacement: true,
        connections: 10,
        amount,
      });
    await post('bench-200', 200);
    const posts = await post('bench-5000', 5000);
    if (posts.non2xx) throw new Error(`${posts.non2xx} comment posts failed`);

    // The anonymous page (cached after its first render) and the ceiling: the same bytes from node:http.
    const html = Buffer.from(await (await fetch(`${base}/articles/bench-200`)).text());
    const file = path.join(dir, 'page.html');
    fs.writeFileSync(file, html);
    const bare = await start(
      process.execPath,
      [
        '-e',
        `const b=require('fs').readFileSync(${JSON.stringify(file)});const s=require('http').createServer((q,r)=>{r.setHeader('content-type','text/html; charset=utf-8');r.end(b)});s.listen(0,'127.0.0.1',()=>console.log('port '+s.address().port))`,
      ],
      {},
    );
    const load = (url: string, extra: Partial<autocannon.Options> = {}) =>
      run({ url, connections: 50, duration: SECONDS, ...extra });
    const ceiling = await load(`http://127.0.0.1:${bare.port}/`);
    bare.child.kill();
    const anonymous = await load(`${base}/articles/bench-200`);
    const small = await load(`${base}/articles/bench-200`, { headers: { cookie: session }, connections: 10 });
    const large = await load(`${base}/articles/bench-5000`, { headers: { cookie: session }, connections: 10 });

    const status = fs.readFileSync(`/proc/${server.child.pid}/status`, 'utf8');
    const peakRss = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;

    const row = (name: string, r: autocannon.Result) =>
      `| ${name} | ${Math.round(r.requests.average).toLocaleString('en-US')} | ${r.latency.p50} ms | ${r.latency.p99} ms | ${r.non2xx} |`;
    const ratio = anonymous.requests.average / ceiling.requests.average;
    const renderRatio = large.latency.average / small.latency.average;
    const report = [
      '# Benchmarks',
      '',
      `Run by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.type()} ${os.release()}.`,
      `Server: one process (\`node dist/server.js\`, production, RATE_LIMIT=off); load: autocannon in the benchmark's process, ${SECONDS} s per read test, loopback only.`,
      '',
      '| test | requests/s | p50 | p99 | errors |',
      '| --- | --- | --- | --- | --- |',
      row('comment posts, JSON API (5,000 posts, 10 connections)', posts),
      row(`ceiling: node:http sending the page's ${Math.round(html.length / 1024)} KB (50 connections)`, ceiling),
      row('anonymous article page, 200 comments (50 connections)', anonymous),
      row('signed-in first page, article with 200 comments (10 connections)', small),
      row('signed-in first page, article with 5,000 comments (10 connections)', large),
      '',
      `- Anonymous page against the ceiling: **${(100 * ratio).toFixed(0)}%** (target: at least 50%).`,
      `- Comment posts: **${Math.round(posts.requests.average)}/s** (target: at least 500/s).`,
      `- First page with 5,000 comments against 200: **${renderRatio.toFixed(2)}×** the time (target: at most 1.5×).`,
      `- Peak memory of the server (RSS): **${peakRss.toFixed(0)} MB**.`,
      '',
    ].join('\n');
    fs.writeFileSync(path.join(ROOT_DIR, 'BENCHMARKS.md'), report);
    console.log(report);
  } finally {
    server.child.kill('SIGTERM');
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
