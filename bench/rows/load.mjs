// Load: N signed-in clients poll the cluster list like the console's list page (one request, then a think time),
// for a fixed time. The loop lives here; `npm run bench:load` (bench/load.mjs) runs it alone with its own options.
import { consoleClient, inBatches, percentile } from '../lib/stack.mjs';

export const title = 'Load (clients polling GET /api/dataplatform/clusters, 1 s think time)';

/** The demo seed's user (a few clusters, like a real list page). */
export const LOAD_USER = 'user@sandbox.test';
// All clients sign in as one account from one address: the sign-in throttle counts an attempt from before the
// upstream answers, and more than its 3 free attempts in flight at once for one (account, address) are refused.
const SIGN_IN_CONCURRENCY = 2;
const ms = (value) => `${value.toFixed(1)} ms`;

/** `count` clients of the console at `base`, each with its own session. */
export async function signedInClients(base, count, { user = LOAD_USER, password } = {}) {
  const clients = Array.from({ length: count }, () => consoleClient(base));
  await inBatches(count, SIGN_IN_CONCURRENCY, (i) => clients[i].signIn(user, password));
  return clients;
}

async function poll(client) {
  const res = await client.send('/api/dataplatform/clusters', { headers: { accept: 'application/json' } });
  const body = await res.text();
  return res.status === 200 && Array.isArray(JSON.parse(body).items) ? null : `HTTP ${res.status}`;
}

/**
 * Every client polls until `warmupSeconds` + `seconds` have passed, pausing `thinkMs` ± 20% between its requests (the
 * first request spread over one think time). The latencies and the throughput are those of the requests that start
 * after the warm-up, when the servers' code is compiled and their connections are open; the warm-up's own p99 is
 * returned beside them, and errors count over the whole run, warm-up included.
 */
export async function runLoad(clients, { seconds, thinkMs, warmupSeconds = 0 }) {
  const latencies = [];
  const warmupLatencies = [];
  const errors = new Map();
  const started = performance.now();
  const measureFrom = started + warmupSeconds * 1000;
  const endAt = measureFrom + seconds * 1000;
  const pause = (msToWait) => new Promise((r) => setTimeout(r, Math.max(0, Math.min(msToWait, endAt - performance.now()))));
  await Promise.all(
    clients.map(async (client) => {
      await pause(Math.random() * thinkMs);
      while (performance.now() < endAt) {
        const t = performance.now();
        let outcome;
        try {
          outcome = await poll(client);
        } catch (error) {
          outcome = error?.cause?.code ?? error?.name ?? 'network error';
        }
        (t < measureFrom ? warmupLatencies : latencies).push(performance.now() - t);
        if (outcome) errors.set(outcome, (errors.get(outcome) ?? 0) + 1);
        await pause(thinkMs * (0.8 + Math.random() * 0.4));
      }
    }),
  );
  const sorted = latencies.sort((a, b) => a - b);
  const errorCount = [...errors.values()].reduce((a, b) => a + b, 0);
  return {
    clients: clients.length,
    sorted,
    errors,
    errorCount,
    throughput: sorted.length / seconds,
    /** The rate the clients ask for if every answer came at once. */
    offered: (clients.length * 1000) / thinkMs,
    p50: percentile(sorted, 50),
    p90: percentile(sorted, 90),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? NaN,
    warmup: {
      seconds: warmupSeconds,
      requests: warmupLatencies.length,
      p99: percentile(
        warmupLatencies.sort((a, b) => a - b),
        99,
      ),
    },
  };
}

/** The warm-up's p99 (not part of the figures, shown beside them), or nothing without a warm-up. */
export function warmupNote(result) {
  return result.warmup.seconds > 0 ? `; warm-up ${result.warmup.seconds} s: p99 ${ms(result.warmup.p99)}` : '';
}

export function describeErrors(result) {
  return `${result.errorCount}${result.errorCount ? ` (${[...result.errors].map(([k, v]) => `${k}: ${v}`).join(', ')})` : ''}`;
}

export async function run({ stack, loadSeconds, loadWarmupSeconds, log }) {
  const thinkMs = 1000;
  log('signing in 500 load clients');
  const clients = await signedInClients(stack.consoleUrl, 500);
  const load = { seconds: loadSeconds, thinkMs, warmupSeconds: loadWarmupSeconds };
  log(`200 clients for ${loadWarmupSeconds} s of warm-up and ${loadSeconds} s measured`);
  const two = await runLoad(clients.slice(0, 200), load);
  log(`500 clients for ${loadWarmupSeconds} s of warm-up and ${loadSeconds} s measured`);
  const five = await runLoad(clients, load);
  // "All served": the clients got their requests through at (nearly) the rate they asked for; a server that falls
  // behind makes them wait, and their rate drops. 95% leaves room for the answers' own time within a 1 s cycle.
  const allServed = (r) => r.throughput >= 0.95 * r.offered;
  return [
    {
      what: `200 clients × ${loadSeconds} s (after ${loadWarmupSeconds} s warm-up)`,
      value: `${two.throughput.toFixed(1)} req/s served, p99 ${ms(two.p99)}, errors ${describeErrors(two)}`,
      comparison: `offered ${two.offered.toFixed(0)} req/s; p50 ${ms(two.p50)}, p90 ${ms(two.p90)}${warmupNote(two)}`,
      goal: 'all served, p99 ≤ 100 ms, 0 errors',
      met: allServed(two) && two.p99 <= 100 && two.errorCount === 0,
    },
    {
      what: `500 clients × ${loadSeconds} s (after ${loadWarmupSeconds} s warm-up)`,
      value: `errors ${describeErrors(five)}`,
      comparison: `${five.throughput.toFixed(1)} req/s of ${five.offered.toFixed(0)} offered; p50 ${ms(five.p50)}, p99 ${ms(five.p99)}${warmupNote(five)}`,
      goal: '0 errors',
      met: five.errorCount === 0,
    },
  ];
}
