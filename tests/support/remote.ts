/** For tests and benchmarks that talk to a running server over HTTP, as a browser would. */
import net from 'node:net';

/** A port nothing listens on now. */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Registers through the server's forms; returns the session cookie and the CSRF token its pages carry. */
export async function signUp(
  base: string,
  username: string,
  articleSlug: string,
): Promise<{ cookie: string; token: string }> {
  const form = await fetch(`${base}/register`);
  const anonymous = form.headers.getSetCookie()[0]!.split(';')[0]!;
  const formToken = /name="_csrf" value="([^"]+)"/.exec(await form.text())![1]!;
  const res = await fetch(`${base}/register`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: anonymous, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      _csrf: formToken,
      username,
      email: `${username}@example.org`,
      password: `${username}-pass-phrase-1`,
    }),
  });
  const cookie = res.headers.getSetCookie()[0]!.split(';')[0]!;
  const page = await (await fetch(`${base}/articles/${articleSlug}`, { headers: { cookie } })).text();
  return { cookie, token: /<meta name="csrf-token" content="([^"]+)"/.exec(page)![1]! };
}
