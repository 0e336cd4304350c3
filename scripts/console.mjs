#!/usr/bin/env node
// `npm start`: builds when needed, then runs the console: on the embedded sandbox when IONOS_API_URL is unset
// (the sandbox is started here on loopback), against that upstream otherwise. `--dev` runs `next dev` instead
// of the production server; `--print-config` prints the settings it would use (no secrets) and exits. In portal mode
// on the sandbox (CONSOLE_AUTH=oidc without OIDC_ISSUER) the demo OpenID provider (scripts/oidc-demo.mjs) runs too.
// The .env* files are loaded first, with Next's own rules, so everything below (sandbox or live, ports, URL)
// sees them; a variable set in the real environment beats the files.
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import process from 'node:process';
import { buildApiLane } from './build-api-lane.mjs';
import { BUILD_MARKER, BUILD_STAMP, buildDecision } from './lib/build-check.mjs';
import { loadEnvFiles, resolveSettings } from './lib/settings.mjs';

const dir = process.cwd();
const dev = process.argv.includes('--dev');
const envFiles = loadEnvFiles(dir, { dev });
const settings = resolveSettings(process.env);
const live = settings.mode === 'live';
const env = { ...process.env, ...settings.childEnv };
const resolve = createRequire(import.meta.url).resolve;
// Children run on this very Node binary (not whatever `node` or `npx` PATH finds first).
const nextBin = path.join(path.dirname(resolve('next/package.json')), 'dist/bin/next');
const tsxBin = path.join(path.dirname(resolve('tsx/package.json')), 'dist/cli.mjs');

if (process.argv.includes('--print-config')) {
  const { mode, port, host, sandboxPort, publicUrl, auth, oidcIssuer, oidcDemo } = settings;
  const build = dev ? { build: false, reason: 'next dev compiles on demand' } : buildDecision(dir);
  console.log(
    JSON.stringify({ mode, port, host: host ?? null, sandboxPort, publicUrl, auth, oidcIssuer, oidcDemo, envFiles, node: process.version, build }),
  );
  process.exit(0);
}

const children = [];
let stopping = false;
function run(args, { onExit } = {}) {
  const child = spawn(process.execPath, args, { stdio: 'inherit', env });
  children.push(child);
  child.on('exit', (code, signal) => {
    if (stopping) return;
    if (onExit) return onExit(code, signal);
    console.error(`[console] ${path.basename(args[0])} ${args.slice(1).join(' ')} exited (${signal ?? code}); stopping.`);
    stop(code ?? 1);
  });
  return child;
}

function stop(code = 0) {
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 300).unref();
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

async function buildIfNeeded() {
  const decision = buildDecision(dir);
  if (!decision.build) {
    console.warn(`[console] ${decision.reason}: skipping next build`);
    return;
  }
  console.warn(`[console] next build (${decision.reason})`);
  const code = await new Promise((done) => run([nextBin, 'build'], { onExit: (exitCode) => done(exitCode ?? 1) }));
  if (code !== 0) {
    // A failed build may leave a BUILD_ID behind; without it the next start builds again.
    rmSync(path.join(dir, BUILD_MARKER), { force: true });
    console.error(`[console] next build failed (${code}); stopping.`);
    stop(code);
    await new Promise(() => {});
  }
  const lane = await buildApiLane(dir).catch((error) => {
    rmSync(path.join(dir, BUILD_MARKER), { force: true });
    console.error(`[console] the API lane did not build: ${error instanceof Error ? error.message : error}; stopping.`);
    stop(1);
    return new Promise(() => {});
  });
  console.warn(`[console] API lane: ${lane.routes} routes`);
  mkdirSync(path.join(dir, '.next'), { recursive: true });
  writeFileSync(path.join(dir, BUILD_STAMP), JSON.stringify({ node: process.version, nodeMajor: Number(process.versions.node.split('.')[0]) }));
}

/** Resolves once `url` answers at all (any status), polling every 100 ms for up to `seconds`. */
async function waitForAnswer(url, seconds) {
  for (let i = 0; i < seconds * 10; i++) {
    try {
      await fetch(url, { redirect: 'manual' });
      return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nothing answered on ${url}`);
}

if (envFiles.length > 0) console.warn(`[console] environment from ${envFiles.join(', ')} (the process environment wins)`);
if (!dev) await buildIfNeeded();
// The sandbox (and the demo OpenID provider) and the console start side by side (none needs another to start); "open"
// comes when all answer. Any of them ending stops the others.
if (!live) run([tsxBin, 'lib/sandbox/serve.ts']);
if (settings.oidcDemo) run(['scripts/oidc-demo.mjs']);
const hostArgs = settings.host ? ['-H', settings.host] : [];
run(dev ? [nextBin, 'dev', '-p', settings.port, ...hostArgs] : ['scripts/server.mjs']);
const ready = [];
if (!live) ready.push(waitForAnswer(`http://127.0.0.1:${settings.sandboxPort}/__sandbox/health`, 30));
if (settings.oidcDemo) ready.push(waitForAnswer(`${settings.oidcIssuer}/.well-known/openid-configuration`, 30));
// `next dev` compiles a page on its first request: do not trigger that here.
const serverHost = !settings.host || settings.host === '0.0.0.0' || settings.host === '::' ? '127.0.0.1' : settings.host;
if (!dev) ready.push(waitForAnswer(`http://${serverHost.includes(':') ? `[${serverHost}]` : serverHost}:${settings.port}/signin`, 120));
try {
  await Promise.all(ready);
} catch (error) {
  console.error(`[console] ${error instanceof Error ? error.message : error}; stopping.`);
  stop(1);
  await new Promise(() => {});
}
const demoUser = settings.oidcDemo ? 'ada@portal.test / portal (at the demo identity provider)' : 'user@sandbox.test / sandbox';
console.warn(`[console] open ${settings.publicUrl}${live || (settings.auth === 'oidc' && !settings.oidcDemo) ? '' : ` and sign in as ${demoUser}`}`);
