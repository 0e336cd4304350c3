// Shared pieces of the security specs: raw HTTP (paths and headers go out exactly as written), a signed-in
// session cookie, an attacker origin on another site, and the sandbox's fault control.
import { randomInt } from 'node:crypto';
import { request as httpRequest, type OutgoingHttpHeaders } from 'node:http';
import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { expect, type Page } from '@playwright/test';
import { E2E } from '../env';
import type { Credentials } from '../helpers';

export const CONSOLE = new URL(E2E.consoleUrl);
/** What the console's own pages send on unsafe BFF calls (lib/api/client.ts). */
export const unsafeHeaders = { 'X-Console-CSRF': '1', Origin: E2E.consoleUrl } as const;

export type RawAnswer = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

type RawOptions = {
  method?: string;
  headers?: OutgoingHttpHeaders;
  body?: string | Buffer;
  /** Connect from this local address (another loopback address is another client to the server). */
  localAddress?: string;
  host?: string;
  /** Another console instance's port (e2e/scale-out.spec.ts); the first instance's by default. */
  port?: number;
};

/** One request with node:http: the path is sent verbatim (no normalisation, no re-encoding). */
export function rawRequest(
  path: string,
  { method = 'GET', headers = {}, body, localAddress, host = '127.0.0.1', port = Number(CONSOLE.port) }: RawOptions = {},
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host, port, method, path, headers: { host: `${CONSOLE.hostname}:${port}`, ...headers }, localAddress, setHost: false, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.setTimeout(30_000, () => req.destroy(new Error(`timeout: ${method} ${path.slice(0, 80)}`)));
    req.on('error', reject);
    req.end(body);
  });
}

/** Bytes written to a socket as they are, for what node:http refuses to send (CR/LF, spaces, NUL). */
export function rawSocket(bytes: string | Buffer): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port: Number(CONSOLE.port) });
    const chunks: Buffer[] = [];
    socket.setTimeout(30_000, () => socket.destroy(new Error('timeout: raw socket')));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    // A server that refuses a request mid-upload answers and closes; the reset that follows is no error as long as
    // the answer arrived.
    socket.on('error', (error) => {
      if (chunks.length === 0) reject(error);
    });
    socket.on('close', () => resolve(parseRawAnswer(Buffer.concat(chunks))));
    socket.end(bytes);
  });
}

/** An HTTP/1.x answer as it came off the socket: its status, its header lines, and the whole text as `body`. */
function parseRawAnswer(bytes: Buffer): RawAnswer {
  const text = bytes.toString('latin1');
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1] ?? 0);
  const head = text.split('\r\n\r\n')[0] ?? '';
  const headers = Object.fromEntries(
    head
      .split('\r\n')
      .slice(1)
      .map((line) => [line.slice(0, line.indexOf(':')).trim().toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
  );
  return { status, headers, body: text };
}

/**
 * An upload as a careful client sends it: `head`, then `chunk` up to `count` times (waiting for the socket to take
 * each, and reading what came back in between), then `tail`; it stops sending as soon as the server answers. A server that refuses a body early answers and
 * closes while a blind client would still be writing, and which of "answer read" and "write failed" comes first
 * would be a race; this client reads the answer. `sentBytes` says how much of the body went out before it.
 */
export function rawUpload(head: string, chunk: string, count: number, tail = ''): Promise<RawAnswer & { sentBytes: number }> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port: Number(CONSOLE.port) });
    const chunks: Buffer[] = [];
    let sentBytes = 0;
    socket.setTimeout(30_000, () => socket.destroy(new Error('timeout: raw upload')));
    socket.on('data', (data: Buffer) => chunks.push(data));
    socket.on('error', (error) => {
      if (chunks.length === 0) reject(error);
    });
    socket.on('close', () => resolve({ ...parseRawAnswer(Buffer.concat(chunks)), sentBytes }));
    socket.once('connect', async () => {
      socket.write(head);
      for (let i = 0; i < count && chunks.length === 0 && !socket.destroyed; i++) {
        const drained = socket.write(chunk);
        sentBytes += Buffer.byteLength(chunk);
        if (!drained) await new Promise((done) => socket.once('drain', done).once('close', done).once('data', done));
        // Lets the socket's events in between writes: to a server that reads fast every write is taken at once, and a
        // loop that never yields would not see the answer until it had written everything.
        else await new Promise((done) => setImmediate(done));
      }
      if (chunks.length === 0 && !socket.destroyed) socket.end(tail);
    });
  });
}

type SignInOptions = { localAddress?: string; headers?: Record<string, string>; port?: number };

/** next-auth's credentials flow as the sign-in form runs it, over node:http (no browser, so no page keeps polling
 *  in the background). The error code (`invalid_credentials`, `too_many_attempts`, …) or the session cookie. */
// Client addresses for throttle tests: every loopback address is another client to the server, and the throttle
// remembers an address for up to a day. Each call returns one no earlier call of this run (or an earlier run, with
// high probability) used, outside 127.0.0.0/24 where the browser and fixed test servers live.
let addressCounter = randomInt(0, 254 * 256 * 200);

/** A loopback address no other sign-in of this or a recent run came from. */
export function freshAddress(): string {
  addressCounter += 1;
  const n = addressCounter;
  return `127.${1 + (Math.floor(n / (256 * 254)) % 254)}.${Math.floor(n / 254) % 256}.${1 + (n % 254)}`;
}

export async function passwordSignIn(
  username: string,
  password: string,
  options: SignInOptions = {},
): Promise<{ error: string } | { cookie: string }> {
  const csrf = await rawRequest('/api/auth/csrf', options);
  const jar = ([] as string[]).concat(csrf.headers['set-cookie'] ?? []).map((line) => line.split(';')[0]);
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const body = new URLSearchParams({ csrfToken, username, password, json: 'true' }).toString();
  const res = await rawRequest('/api/auth/callback/password', {
    ...options,
    method: 'POST',
    body,
    headers: {
      ...options.headers,
      cookie: jar.join('; '),
      'content-type': 'application/x-www-form-urlencoded',
      'content-length': String(body.length),
    },
  });
  const { url } = JSON.parse(res.body) as { url: string };
  const error = new URL(url, E2E.consoleUrl).searchParams.get('error');
  if (error) return { error };
  const session = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((line) => line.startsWith('console-session='));
  expect(session, 'session cookie after sign-in').toBeDefined();
  return { cookie: session!.split(';')[0]! };
}

/** A signed-in session's `console-session=<value>`, for requests sent with node:http. */
export async function sessionCookie(user: Credentials = E2E.users.member): Promise<string> {
  const result = await passwordSignIn(user.username, user.password);
  if ('error' in result) throw new Error(`sign-in as ${user.username} failed: ${result.error}`);
  return result.cookie;
}

/** Collects the page's CSP violation events (from before any script of the page runs) as readable lines. */
export async function recordCspViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(
        `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber} ${e.sample}`.trim(),
      ),
    );
  });
  return () => page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
}

/** An attacker's web server on 127.0.0.1: a different site from the console on localhost. */
export async function attackerSite(pages: Record<string, string>): Promise<{ url: string; hits: string[]; close: () => Promise<void> }> {
  const hits: string[] = [];
  const server: Server = createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    const html = pages[req.url ?? '/'];
    res.writeHead(html === undefined ? 404 : 200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(html ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    hits,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Contract paths of the Data Platform API as the upstream sees them (the allowlist of the BFF). */
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const CONTRACT: [string, RegExp][] = [
  ['GET', /^\/dataplatform\/versions$/],
  ['GET|POST', /^\/dataplatform\/clusters$/],
  ['GET|PATCH|DELETE', new RegExp(`^/dataplatform/clusters/${UUID}$`)],
  ['GET', new RegExp(`^/dataplatform/clusters/${UUID}/kubeconfig$`)],
  ['GET|POST', new RegExp(`^/dataplatform/clusters/${UUID}/nodepools$`)],
  ['GET|PATCH|DELETE', new RegExp(`^/dataplatform/clusters/${UUID}/nodepools/${UUID}$`)],
  ['GET', /^\/auth\/v1\/tokens\/generate$/],
  ['DELETE', /^\/auth\/v1\/tokens$/],
  ['GET', /^\/cloudapi\/v6\/datacenters$/],
  ['GET', new RegExp(`^/cloudapi/v6/datacenters/${UUID}/lans$`)],
];

export function isContractRequest(method: string, path: string): boolean {
  return CONTRACT.some(([methods, pattern]) => methods.split('|').includes(method) && pattern.test(path));
}
