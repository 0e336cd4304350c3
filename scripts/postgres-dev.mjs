#!/usr/bin/env node
// A throwaway PostgreSQL for development, e2e (a Playwright webServer: it stays in the foreground) and CI:
//   node scripts/postgres-dev.mjs --port 5433 [--database console]
// prints the DATABASE_URL once the database accepts connections; SIGTERM, SIGINT or SIGHUP stops it and deletes its
// data. As a Playwright webServer give it `gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 }` (Playwright's
// default is SIGKILL, which leaves the data directory for the next start to sweep).
import { parseArgs } from 'node:util';
import { startPostgres } from './lib/postgres.mjs';

const { values } = parseArgs({ options: { port: { type: 'string', default: '5433' }, database: { type: 'string', default: 'console' } } });
const port = Number(values.port);
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`--port must be a TCP port, got "${values.port}".`);
  process.exit(2);
}

let server;
try {
  server = await startPostgres({ port, database: values.database });
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
console.log(server.url);

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    server.stop().then(() => process.exit(0));
  });
}
server.exited.then((code) => {
  if (stopping) return;
  console.error(`PostgreSQL exited unexpectedly (${code}).`);
  server.stop().then(() => process.exit(1));
});
