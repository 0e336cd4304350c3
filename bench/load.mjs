#!/usr/bin/env node
// Load benchmark (not a test): N signed-in clients poll the cluster list, like the console's list page, for a
// fixed time against the production build and the sandbox on loopback. Prints requests, errors and latency
// percentiles; exits 1 when any request failed.
//
//   npx next build && node bench/load.mjs [--clients 200] [--seconds 60] [--think-ms 1000] [--redis]
//   node bench/load.mjs --url http://127.0.0.1:3000      (a console that is already running; nothing is started)
//
// Without --url it starts, on free loopback ports, the sandbox (SANDBOX_PROVISION_SECONDS=2), the production server (scripts/server.mjs) and,
// with --redis, a redis-server for the shared session stores; it stops all of them when it ends.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, openSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values: opts } = parseArgs({
  options: {
    clients: { type: 'string', default: '200' },
    seconds: { type: 'string', default: '60' },
    'think-ms': { type: 'string', default: '1000' },
    url: { type: 'string' },
    user: { type: 'string', default: 'user@sandbox.test' },
    password: { type: 'string', default: 'sandbox' },
    redis: { type: 'boolean', default: false },
  },
});
const CLIENTS = positive('clients');
const SECONDS = positive('seconds');
const THINK_MS = positive('think-ms');
// All clients sign in as one account from one address: the sign-in throttle counts an attempt from before the
// upstream answers, and more than its 3 free attempts in flight at once for one (account, address) are refused.
const SIGN_IN_CONCURRENCY = 2;
const REQUEST_TIMEOUT_MS = 30_000;
const ROOT = fileURLToPath(new URL('..', import.meta.url));

function positive(name) {
  const value = Number(opts[name]);
  if (Number.isInteger(value) && value > 0) return value;
  console.error(`bench: --${name} must be a positive whole number, got "${opts[name]}".`);
  process.exit(2);
}

class BenchError extends Error {}

function fail(message) {
  throw new BenchError(message);
}

// ---- processes this script starts (each in its own process group, so its children stop with it) ----
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
async function stopAll() {
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

async function freePort() {
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

async function startStack() {
  if (!existsSync(path.join(ROOT, '.next', 'BUILD_ID'))) fail('no production build: run `npx next build` first.');
  logDir = mkdtempSync(path.join(tmpdir(), 'console-bench-'));
  const [sandboxPort, consolePort] = [await freePort(), await freePort()];
  const env = { SANDBOX_PORT: String(sandboxPort), SANDBOX_PROVISION_SECONDS: '2', SANDBOX_SEED: 'demo' };
  start('sandbox', process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'lib/sandbox/serve.ts'], env);
  await waitFor('sandbox', async () => (await fetch(`http://127.0.0.1:${sandboxPort}/__sandbox/health`)).ok);

  const consoleEnv = {
    ...env,
    NODE_ENV: 'production',
    NEXTAUTH_URL: `http://127.0.0.1:${consolePort}`,
    NEXTAUTH_SECRET: `bench-only-secret-${Date.now()}-0123456789abcdef`,
    // Empty means unset: always the sandbox, never a live upstream or a Redis from the caller's environment.
    IONOS_API_URL: '',
    REDIS_URL: '',
  };
  if (opts.redis) {
    const redisPort = await freePort();
    start('redis', 'redis-server', ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {});
    await waitFor('redis', () => portOpen(redisPort));
    consoleEnv.REDIS_URL = `redis://127.0.0.1:${redisPort}`;
  }
  start('console', process.execPath, [path.join(ROOT, 'scripts/server.mjs')], { ...consoleEnv, HOST: '127.0.0.1', PORT: String(consolePort) });
  const url = `http://127.0.0.1:${consolePort}`;
  await waitFor('console', async () => (await fetch(`${url}/api/auth/csrf`)).ok);
  return url;
}

// ---- one client: its own cookie jar, next-auth's credentials sign-in, then the polling loop ----
function client(base) {
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
    const res = await fetch(`${base}${pathname}`, {
      ...init,
      redirect: 'manual',
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      headers: { ...init.headers, cookie: cookieHeader() },
    });
    keep(res);
    return res;
  };
  return {
    async signIn(username, password) {
      const { csrfToken } = await (await send('/api/auth/csrf')).json();
      const form = new URLSearchParams({ csrfToken, username, password, json: 'true' });
      const res = await send('/api/auth/callback/password', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: form,
      });
      const { url } = await res.json();
      const error = new URL(url, base).searchParams.get('error');
      if (error || ![...jar.keys()].some((name) => name.endsWith('console-session'))) throw new Error(`sign-in failed: ${error ?? res.status}`);
    },
    async poll() {
      const res = await send('/api/dataplatform/clusters', { headers: { accept: 'application/json' } });
      const body = await res.text();
      return { status: res.status, ok: res.status === 200 && Array.isArray(JSON.parse(body).items) };
    },
  };
}

async function inBatches(count, size, task) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(size, count) }, async () => {
      while (next < count) await task(next++);
    }),
  );
}

const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN);
const ms = (value) => `${value.toFixed(1)} ms`;

async function main() {
  const base = opts.url ?? (await startStack());
  console.log(
    `bench: ${CLIENTS} clients polling ${base}/api/dataplatform/clusters for ${SECONDS} s (think ${THINK_MS} ms ± 20%)${opts.redis ? ', sessions in Redis' : ''}`,
  );

  const clients = Array.from({ length: CLIENTS }, () => client(base));
  const signInStarted = performance.now();
  await inBatches(CLIENTS, SIGN_IN_CONCURRENCY, (i) => clients[i].signIn(opts.user, opts.password));
  console.log(`bench: ${CLIENTS} clients signed in in ${((performance.now() - signInStarted) / 1000).toFixed(1)} s`);

  const latencies = [];
  const errors = new Map();
  const endAt = performance.now() + SECONDS * 1000;
  const pause = (msToWait) => new Promise((r) => setTimeout(r, Math.max(0, Math.min(msToWait, endAt - performance.now()))));
  const measured = performance.now();
  await Promise.all(
    clients.map(async (c) => {
      await pause(Math.random() * THINK_MS); // spread the first requests over one think time
      while (performance.now() < endAt) {
        const t = performance.now();
        let outcome;
        try {
          const { status, ok } = await c.poll();
          outcome = ok ? null : `HTTP ${status}`;
        } catch (error) {
          outcome = error?.cause?.code ?? error?.name ?? 'network error';
        }
        latencies.push(performance.now() - t);
        if (outcome) errors.set(outcome, (errors.get(outcome) ?? 0) + 1);
        await pause(THINK_MS * (0.8 + Math.random() * 0.4));
      }
    }),
  );
  const elapsed = (performance.now() - measured) / 1000;

  const sorted = latencies.sort((a, b) => a - b);
  const errorCount = [...errors.values()].reduce((a, b) => a + b, 0);
  console.log(`clients      ${CLIENTS}`);
  console.log(`duration     ${elapsed.toFixed(1)} s`);
  console.log(`requests     ${sorted.length}`);
  console.log(`errors       ${errorCount}${errorCount ? `  (${[...errors].map(([k, v]) => `${k}: ${v}`).join(', ')})` : ''}`);
  console.log(`throughput   ${(sorted.length / elapsed).toFixed(1)} req/s`);
  console.log(
    `latency      p50 ${ms(percentile(sorted, 50))}  p90 ${ms(percentile(sorted, 90))}  p99 ${ms(percentile(sorted, 99))}  max ${ms(sorted.at(-1) ?? NaN)}`,
  );
  if (!opts.url) console.log(`logs         ${logDir}`);
  process.exitCode = errorCount > 0 || sorted.length === 0 ? 1 : 0;
}

main()
  .catch((error) => {
    console.error(`bench: ${error instanceof Error ? error.message : error}`);
    process.exitCode = error instanceof BenchError ? 2 : 1;
  })
  .finally(() => stopAll().then(() => process.exit()));
