#!/usr/bin/env node
// Load benchmark (not a test): N signed-in clients poll the cluster list, like the console's list page, for a
// fixed time against the production build and the sandbox on loopback. Prints requests, errors and latency
// percentiles; exits 1 when any request failed. `npm run bench` runs the same loop as its `load` rows.
//
//   npm run build && node bench/load.mjs [--clients 200] [--seconds 60] [--warmup-seconds 10] [--think-ms 1000] [--redis]
//   node bench/load.mjs --url http://127.0.0.1:3000      (a console that is already running; nothing is started)
//
// Without --url it starts, on free loopback ports, the sandbox, the production server (scripts/server.mjs) and,
// with --redis, a redis-server for the shared session stores (bench/lib/stack.mjs); it stops all of them when it ends.
import { parseArgs } from 'node:util';
import { BenchError, startStack, stopAll } from './lib/stack.mjs';
import { LOAD_USER, describeErrors, runLoad, signedInClients } from './rows/load.mjs';

const { values: opts } = parseArgs({
  options: {
    clients: { type: 'string', default: '200' },
    seconds: { type: 'string', default: '60' },
    'warmup-seconds': { type: 'string', default: '10' },
    'think-ms': { type: 'string', default: '1000' },
    url: { type: 'string' },
    user: { type: 'string', default: LOAD_USER },
    password: { type: 'string', default: 'sandbox' },
    redis: { type: 'boolean', default: false },
  },
});
const CLIENTS = wholeNumber('clients', 1);
const SECONDS = wholeNumber('seconds', 1);
const THINK_MS = wholeNumber('think-ms', 1);
const WARMUP_SECONDS = wholeNumber('warmup-seconds', 0);

function wholeNumber(name, least) {
  const value = Number(opts[name]);
  if (Number.isInteger(value) && value >= least) return value;
  console.error(`bench: --${name} must be a whole number of at least ${least}, got "${opts[name]}".`);
  process.exit(2);
}

const ms = (value) => `${value.toFixed(1)} ms`;

async function main() {
  const stack = opts.url ? undefined : await startStack({ redis: opts.redis, provisionSeconds: 2 });
  const base = opts.url ?? stack.consoleUrl;
  console.log(
    `bench: ${CLIENTS} clients polling ${base}/api/dataplatform/clusters for ${WARMUP_SECONDS} s of warm-up and ${SECONDS} s measured (think ${THINK_MS} ms ± 20%)${opts.redis ? ', sessions in Redis' : ''}`,
  );
  const signInStarted = performance.now();
  const clients = await signedInClients(base, CLIENTS, { user: opts.user, password: opts.password });
  console.log(`bench: ${CLIENTS} clients signed in in ${((performance.now() - signInStarted) / 1000).toFixed(1)} s`);

  const r = await runLoad(clients, { seconds: SECONDS, thinkMs: THINK_MS, warmupSeconds: WARMUP_SECONDS });
  console.log(`clients      ${CLIENTS}`);
  console.log(`duration     ${SECONDS} s measured`);
  console.log(`requests     ${r.sorted.length}`);
  console.log(`errors       ${describeErrors(r)}`);
  console.log(`throughput   ${r.throughput.toFixed(1)} req/s (offered ${r.offered.toFixed(1)})`);
  console.log(`latency      p50 ${ms(r.p50)}  p90 ${ms(r.p90)}  p99 ${ms(r.p99)}  max ${ms(r.max)}`);
  if (WARMUP_SECONDS > 0)
    console.log(`warm-up      ${WARMUP_SECONDS} s, ${r.warmup.requests} requests, p99 ${ms(r.warmup.p99)} (not in the figures above)`);
  if (stack) console.log(`logs         ${stack.logDir}`);
  process.exitCode = r.errorCount > 0 || r.sorted.length === 0 ? 1 : 0;
}

main()
  .catch((error) => {
    console.error(`bench: ${error instanceof Error ? error.message : error}`);
    process.exitCode = error instanceof BenchError ? 2 : 1;
  })
  .finally(() => stopAll().then(() => process.exit()));
