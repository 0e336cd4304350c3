#!/usr/bin/env node
// The production server (scripts/server.mjs) for the e2e run, with the server's stdout and stderr copied to a log file that the
// tests read (request logs, audit events, and the check that no secret is ever logged).
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';

const logFile = process.env.E2E_SERVER_LOG || '.e2e/console-server.log';
mkdirSync(path.dirname(logFile), { recursive: true });
const log = createWriteStream(logFile, { flags: 'w' });
// The same Node binary as this script (scripts/node-matrix.sh checks the version the server reports).
const child = spawn(process.execPath, ['scripts/server.mjs'], { env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
for (const stream of [child.stdout, child.stderr]) {
  stream.on('data', (chunk) => {
    log.write(chunk);
    process.stdout.write(chunk);
  });
}
const stop = () => child.kill('SIGTERM');
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
child.on('exit', (code) => process.exit(code ?? 0));
