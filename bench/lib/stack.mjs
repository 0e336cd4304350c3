// What every benchmark script needs: the production build and the sandbox on free loopback ports, signed-in
// clients with their own cookie jar, direct (upstream) calls, seeding, and statistics. A benchmark, not a test:
// nothing here asserts; the scripts print figures.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, openSync } from 'node:fs';
import { laneProblem } from '../../scripts/lib/api-lane.mjs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const REQUEST_TIMEOUT_MS = 30_000;
/** The sandbox's Frankfurt data center (lib/sandbox/datacenters.ts). */
export const FRANKFURT = '0f0a3c8e-5b1d-4c2e-9a61-1d2b3c4d5e01';
export const SANDBOX_PASSWORD = 'sandbox';

export class BenchError extends Error {}

export function fail(message) {
  throw new BenchError(message);
}

// ---- processes started here (each in its own process group, so its children stop with it) ----
const started = [];
let logDir = '';

function start(name, command, args, env) {
  const log = openSync(path.join(logDir, `${name}.log`), 'w');
  const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', log, log], detached: true });
  started.push({ name, child });
  return child;
}

function signalAll(signal) {
  for (const { child } of started) {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // the whole group is gone already
    }
  }
}

/** SIGTERM to every process group started here; SIGKILL for whatever is still there after 5 s. */
export async function stopAll() {
  signalAll('SIGTERM');
  const exited = started.map(({ child }) =>
    child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((r) => child.once('exit', r)),
  );
  const timer = new Promise((r) => setTimeout(r, 5_000).unref());
  await Promise.race([Promise.all(exited), timer]);
  signalAll('SIGKILL');
}
// A backstop for exits that skip stopAll() (an uncaught error): the group leaders at least get SIGTERM.
process.on('exit', () => signalAll('SIGTERM'));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stopAll().then(() => process.exit(130)));

export async function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

function portOpen(port) {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.end();
      resolve(true);
    }).on('error', () => resolve(false));
  });
}

async function waitFor(name, check, seconds = 60) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    const dead = started.find((s) => s.name === name && s.child.exitCode !== null);
    if (dead) fail(`${name} exited (${dead.child.exitCode}); see ${path.join(logDir, `${name}.log`)}`);
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  fail(`${name} did not become ready within ${seconds} s; see ${path.join(logDir, `${name}.log`)}`);
}

/**
 * Starts the sandbox and the production server (scripts/server.mjs) on free loopback ports, and with `redis` a
 * redis-server for the shared stores. `extraUsers` become sandbox users (SANDBOX_EXTRA_USERS), password `sandbox`.
 */
export async function startStack({ redis = false, provisionSeconds = 2, seed = 'demo', extraUsers = [] } = {}) {
  if (!existsSync(path.join(ROOT, '.next', 'BUILD_ID'))) fail('no production build: run `npm run build` first.');
  const lane = laneProblem(ROOT);
  if (lane) fail(`${lane}: run \`npm run build\` first.`);
  logDir = mkdtempSync(path.join(tmpdir(), 'console-bench-'));
  const [sandboxPort, consolePort] = [await freePort(), await freePort()];
  const controlToken = `bench-control-${Date.now()}-0123456789`;
  const env = {
    SANDBOX_PORT: String(sandboxPort),
    SANDBOX_PROVISION_SECONDS: String(provisionSeconds),
    SANDBOX_SEED: seed,
    SANDBOX_CONTROL_TOKEN: controlToken,
    SANDBOX_EXTRA_USERS: JSON.stringify(extraUsers.map((email) => ({ email, password: SANDBOX_PASSWORD, role: 'user' }))),
  };
  start('sandbox', process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'lib/sandbox/serve.ts'], env);
  const sandboxUrl = `http://127.0.0.1:${sandboxPort}`;
  await waitFor('sandbox', async () => (await fetch(`${sandboxUrl}/__sandbox/health`)).ok);

  const consoleEnv = {
    ...env,
    NODE_ENV: 'production',
    NEXTAUTH_URL: `http://127.0.0.1:${consolePort}`,
    NEXTAUTH_SECRET: `bench-only-secret-${Date.now()}-0123456789abcdef`,
    // Empty means unset: always the sandbox, never a live upstream or a Redis from the caller's environment.
    IONOS_API_URL: '',
    REDIS_URL: '',
  };
  if (redis) {
    const redisPort = await freePort();
    start('redis', 'redis-server', ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {});
    await waitFor('redis', () => portOpen(redisPort));
    consoleEnv.REDIS_URL = `redis://127.0.0.1:${redisPort}`;
  }
  start('console', process.execPath, [path.join(ROOT, 'scripts/server.mjs')], { ...consoleEnv, HOST: '127.0.0.1', PORT: String(consolePort) });
  const consoleUrl = `http://127.0.0.1:${consolePort}`;
  await waitFor('console', async () => (await fetch(`${consoleUrl}/api/auth/csrf`)).ok);
  return { consoleUrl, sandboxUrl, controlHeaders: { 'X-Sandbox-Control': controlToken }, logDir };
}

/** The bare forwarder (bench/lib/forwarder.mjs) to `upstream` on a free loopback port, stopped with the rest; its URL. */
export async function startForwarder(upstream) {
  const port = await freePort();
  start('forwarder', process.execPath, [path.join(ROOT, 'bench/lib/forwarder.mjs')], { UPSTREAM: upstream, PORT: String(port) });
  await waitFor('forwarder', () => portOpen(port));
  return `http://127.0.0.1:${port}`;
}

/** HTTP Basic credentials, as the sandbox (like IONOS) accepts them on every API. */
export function basicAuth(username, password = SANDBOX_PASSWORD) {
  return { authorization: `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}` };
}

/** A bearer token from the sandbox's Auth API, for direct upstream calls as the console makes them. */
export async function upstreamToken(sandboxUrl, username, password = SANDBOX_PASSWORD) {
  const res = await fetch(`${sandboxUrl}/auth/v1/tokens/generate`, { headers: basicAuth(username, password) });
  if (!res.ok) fail(`token for ${username}: HTTP ${res.status}`);
  const { token } = await res.json();
  return token;
}

/** `count` clusters created directly in the sandbox as `username` (50 at a time); their ids. */
export async function seedClusters(sandboxUrl, username, count, prefix = 'bench') {
  const ids = [];
  for (let i = 0; i < count; i += 50) {
    const batch = Array.from({ length: Math.min(50, count - i) }, async (_, j) => {
      const name = `${prefix}-${String(i + j).padStart(5, '0')}`;
      const res = await fetch(`${sandboxUrl}/dataplatform/clusters`, {
        method: 'POST',
        headers: { ...basicAuth(username), 'content-type': 'application/json' },
        body: JSON.stringify({ properties: { name, datacenterId: FRANKFURT } }),
      });
      if (res.status !== 201) fail(`seeding ${name}: HTTP ${res.status} ${await res.text()}`);
      return (await res.json()).id;
    });
    ids.push(...(await Promise.all(batch)));
  }
  return ids;
}

/** Waits until every cluster `username` sees is out of its transitional state (the sandbox provisions them). */
export async function untilSettled(sandboxUrl, username, seconds = 120) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    const res = await fetch(`${sandboxUrl}/dataplatform/clusters`, { headers: basicAuth(username) });
    const { items } = await res.json();
    if (items.every((c) => !['DEPLOYING', 'UPDATING', 'DESTROYING'].includes(c.metadata?.state))) return items.length;
    await new Promise((r) => setTimeout(r, 500));
  }
  fail(`the clusters of ${username} did not settle within ${seconds} s`);
}

/** The bench's one way to send a request: redirects not followed, and a deadline, whatever the target. */
export function benchFetch(url, init = {}) {
  return fetch(url, { ...init, redirect: 'manual', signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
}

/** A console client with its own cookie jar, signed in through next-auth's credentials flow. */
export function consoleClient(base) {
  const jar = new Map();
  const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const keep = (res) => {
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const at = pair.indexOf('=');
      const [name, value] = [pair.slice(0, at).trim(), pair.slice(at + 1).trim()];
      if (attributes.some((a) => /^\s*max-age=0\s*$/i.test(a)) || value === '') jar.delete(name);
      else jar.set(name, value);
    }
  };
  const send = async (pathname, init = {}) => {
    const res = await benchFetch(`${base}${pathname}`, { ...init, headers: { ...init.headers, cookie: cookieHeader() } });
    keep(res);
    return res;
  };
  return {
    send,
    /** The cookies, e.g. for a browser context (Playwright's addCookies). */
    cookies: () => [...jar].map(([name, value]) => ({ name, value })),
    async signIn(username, password = SANDBOX_PASSWORD) {
      const { csrfToken } = await (await send('/api/auth/csrf')).json();
      const form = new URLSearchParams({ csrfToken, username, password, json: 'true' });
      const res = await send('/api/auth/callback/password', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: form,
      });
      const { url } = await res.json();
      const error = new URL(url, base).searchParams.get('error');
      if (error || ![...jar.keys()].some((name) => name.endsWith('console-session'))) fail(`sign-in of ${username} failed: ${error ?? res.status}`);
    },
  };
}

export async function inBatches(count, size, task) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(size, count) }, async () => {
      while (next < count) await task(next++);
    }),
  );
}

export const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN);

/** Runs `task` `warmup` times unmeasured, then `iterations` times one after the other; the sorted durations in ms. */
export async function timed(task, { warmup = 20, iterations = 200 } = {}) {
  for (let i = 0; i < warmup; i++) await task();
  const durations = [];
  for (let i = 0; i < iterations; i++) {
    const t = performance.now();
    await task();
    durations.push(performance.now() - t);
  }
  return durations.sort((a, b) => a - b);
}

/**
 * Tasks measured interleaved (A, B, C, A, B, C, …) so that background noise hits them alike; each one's p50 in ms,
 * by the tasks' names. The comparison this repository's figures use: the BFF next to the direct upstream call.
 */
export async function interleaved(tasks, { warmup = 20, iterations = 200 } = {}) {
  const entries = Object.entries(tasks);
  for (let i = 0; i < warmup; i++) for (const [, task] of entries) await task();
  const durations = Object.fromEntries(entries.map(([name]) => [name, []]));
  for (let i = 0; i < iterations; i++) {
    for (const [name, task] of entries) {
      const t = performance.now();
      await task();
      durations[name].push(performance.now() - t);
    }
  }
  for (const list of Object.values(durations)) list.sort((x, y) => x - y);
  return Object.fromEntries(entries.map(([name]) => [name, percentile(durations[name], 50)]));
}
