#!/usr/bin/env node
// Runs the console: on the embedded sandbox when IONOS_API_URL is unset (the sandbox is started here on
// loopback), against that upstream otherwise. `--dev` runs `next dev` instead of the production server.
import { spawn } from 'node:child_process';
import process from 'node:process';

const dev = process.argv.includes('--dev');
const port = process.env.PORT || '3000';
const sandboxPort = process.env.SANDBOX_PORT || '4010';
const live = Boolean(process.env.IONOS_API_URL);
const env = { ...process.env, PORT: port, NEXTAUTH_URL: process.env.NEXTAUTH_URL || `http://localhost:${port}` };

const children = [];
function run(command, args, extraEnv = {}) {
  const child = spawn(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  children.push(child);
  child.on('exit', (code, signal) => {
    if (stopping) return;
    console.error(`[console] ${command} ${args.join(' ')} exited (${signal ?? code}); stopping.`);
    stop(code ?? 1);
  });
  return child;
}

let stopping = false;
function stop(code = 0) {
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 300).unref();
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

async function waitForSandbox() {
  const url = `http://127.0.0.1:${sandboxPort}/__sandbox/health`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the sandbox did not answer on ${url}`);
}

if (!live) {
  run('npx', ['tsx', 'lib/sandbox/serve.ts'], { SANDBOX_PORT: sandboxPort });
  await waitForSandbox();
}
run(dev ? 'npx' : 'node', dev ? ['next', 'dev', '-p', port] : ['scripts/server.mjs']);
console.warn(`[console] open ${env.NEXTAUTH_URL}${live ? '' : ' and sign in as user@sandbox.test / sandbox'}`);
