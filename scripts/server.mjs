#!/usr/bin/env node
// The production server: Next's own request handler (the `next build` output, as `next start` serves it)
// behind the few things `next start` cannot be told to do (scripts/lib/http-server.mjs): X-Forwarded-* from the
// socket unless TRUST_PROXY=true, 405 for TRACE/TRACK/CONNECT, 400 for a request target that is not a path,
// no-store and nosniff on every /api/ answer, explicit timeouts. The BFF's API routes take the API lane
// (scripts/build-api-lane.mjs, lib/server/api-lane.ts): the same route handlers without Next's router.
// Run alone, it loads .env* like Next (the process environment wins); started by scripts/console.mjs it gets
// the environment that script already loaded. HOST defaults to 127.0.0.1 in sandbox mode (no IONOS_API_URL).
import process from 'node:process';
import next from 'next';
import { loadApiLane } from './lib/api-lane.mjs';
import { createConsoleServer } from './lib/http-server.mjs';
import { loadEnvFiles, resolveSettings } from './lib/settings.mjs';

loadEnvFiles(process.cwd());
const { port, host } = resolveSettings(process.env);
const trustProxy = process.env.TRUST_PROXY === 'true';

const hostname = host ?? 'localhost';
const app = next({ dev: false, hostname, port: Number(port) });
const handle = app.getRequestHandler();
await app.prepare();

// After prepare(): the instrumentation hook has run, so the lane shares its process-wide state (lib/server/*).
// Its request URLs are the ones Next gives route handlers: http://<hostname>:<port> (IPv6 in brackets).
const origin = `http://${hostname.includes(':') ? `[${hostname}]` : hostname}:${port}`;
let lane;
try {
  const loaded = loadApiLane(process.cwd(), { origin, trustProxy });
  lane = loaded.lane;
  console.warn(`[console] API lane: ${loaded.routes.length} routes`);
} catch (error) {
  console.error(`[console] ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}

const server = createConsoleServer(
  (req, res) => {
    if (!lane(req, res)) void handle(req, res);
  },
  { trustProxy },
);
server.listen(Number(port), host, () => {
  console.warn(`[console] ready on http://${host ?? 'localhost'}:${port}${host ? '' : ' (all interfaces)'}, Node ${process.version}`);
});

for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => server.close(() => process.exit(0)));
