#!/usr/bin/env node
// `npm run bench`: every performance figure of README "Performance" in one run, each next to what it is compared
// with (the direct upstream call for the BFF, one tab for N tabs) and its goal. A benchmark, not a test: it prints
// figures and never fails on them (exit 0 whether goals are met or not; 2 when it could not measure).
//
//   npm run build && npm run bench [-- --clusters 1000] [--json] [--only bff,list,tabs,bundle,load]
//                                  [--load-seconds 60] [--load-warmup-seconds 10]
//
// It starts the production build and the sandbox on free loopback ports (bench/lib/stack.mjs), seeds 100 clusters
// for one user and --clusters for another, and runs the row modules of bench/rows/ in order. A row module exports
// `title` and `run(ctx)` → rows `{ what, value, comparison, goal, met }` (strings, `met` true/false/null).
import { parseArgs } from 'node:util';
import { BenchError, seedClusters, startStack, stopAll, untilSettled } from './lib/stack.mjs';

const MODULES = ['bff', 'list', 'tabs', 'bundle', 'load'];

const { values: opts } = parseArgs({
  options: {
    clusters: { type: 'string', default: '1000' },
    json: { type: 'boolean', default: false },
    only: { type: 'string' },
    'load-seconds': { type: 'string', default: '60' },
    'load-warmup-seconds': { type: 'string', default: '10' },
  },
});

const clusters = Number(opts.clusters);
if (!Number.isInteger(clusters) || clusters < 1 || clusters > 20_000) {
  console.error(`bench: --clusters must be a whole number from 1 to 20000, got "${opts.clusters}".`);
  process.exit(2);
}
const loadSeconds = Number(opts['load-seconds']);
const loadWarmupSeconds = Number(opts['load-warmup-seconds']);
for (const [name, value, least] of [
  ['load-seconds', loadSeconds, 1],
  ['load-warmup-seconds', loadWarmupSeconds, 0],
]) {
  if (!Number.isInteger(value) || value < least) {
    console.error(`bench: --${name} must be a whole number of at least ${least}, got "${opts[name]}".`);
    process.exit(2);
  }
}
const only = opts.only ? opts.only.split(',').map((s) => s.trim()) : MODULES;
const unknown = only.filter((name) => !MODULES.includes(name));
if (unknown.length) {
  console.error(`bench: --only knows ${MODULES.join(', ')}; not ${unknown.join(', ')}.`);
  process.exit(2);
}

// Progress goes to stderr, so `--json` output stays one JSON document on stdout.
const log = (message) => console.error(`bench: ${message}`);

const USERS = { hundred: 'bench-100@sandbox.test', many: 'bench-many@sandbox.test' };

async function main() {
  log('starting the production server and the sandbox on loopback');
  const stack = await startStack({ extraUsers: Object.values(USERS), provisionSeconds: 2 });
  log(`seeding 100 clusters for ${USERS.hundred} and ${clusters} for ${USERS.many}`);
  await seedClusters(stack.sandboxUrl, USERS.hundred, 100, 'bench-h');
  await seedClusters(stack.sandboxUrl, USERS.many, clusters, 'bench-m');
  await untilSettled(stack.sandboxUrl, USERS.hundred);
  await untilSettled(stack.sandboxUrl, USERS.many);

  const ctx = { stack, clusters, users: USERS, loadSeconds, loadWarmupSeconds, log };
  const sections = [];
  for (const name of only) {
    const rowModule = await import(`./rows/${name}.mjs`);
    log(`measuring: ${rowModule.title}`);
    const started = performance.now();
    const rows = await rowModule.run(ctx);
    sections.push({ name, title: rowModule.title, seconds: (performance.now() - started) / 1000, rows });
  }
  return sections;
}

function print(sections) {
  if (opts.json) {
    console.log(JSON.stringify({ clusters, sections }, null, 2));
    return;
  }
  const all = sections.flatMap((s) => s.rows);
  const widths = ['what', 'value', 'comparison', 'goal'].map((key) => Math.max(key.length, ...all.map((r) => String(r[key] ?? '').length)));
  const line = (cells) => cells.map((cell, i) => String(cell).padEnd(widths[i] ?? 0)).join('  ');
  for (const section of sections) {
    console.log(`\n${section.title} (${section.seconds.toFixed(0)} s)`);
    console.log(line(['what', 'value', 'comparison', 'goal', 'met']));
    for (const row of section.rows) {
      console.log(
        line([row.what, row.value, row.comparison ?? '', row.goal ?? '', row.met === null || row.met === undefined ? '–' : row.met ? 'yes' : 'NO']),
      );
    }
  }
}

main()
  .then(print)
  .catch((error) => {
    console.error(`bench: ${error instanceof Error ? (error instanceof BenchError ? error.message : error.stack) : error}`);
    process.exitCode = 2;
  })
  .finally(() => stopAll().then(() => process.exit()));
