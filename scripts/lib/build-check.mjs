// Whether `npm start` has to run `next build` first: no build yet, a source newer than the build, or a build
// made by another Node major (recorded in .next/console-build.json by scripts/console.mjs after each build), or a
// build without its API lane (scripts/build-api-lane.mjs).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { laneProblem } from './api-lane.mjs';

/** Everything `next build` reads from the project (tests, e2e and tooling are not part of the build). */
export const BUILD_DIRS = ['app', 'components', 'lib', 'public'];
const ROOT_FILE =
  /^(?:(?:instrumentation[\w.-]*|proxy|middleware|next\.config|postcss\.config)\.[cm]?[jt]sx?|tsconfig\.json|package(?:-lock)?\.json)$/;
const SKIPPED_DIRS = new Set(['node_modules', '.next', 'test', 'e2e', '.git']);
const SKIPPED_FILE = /\.test\.[cm]?[jt]sx?$/;
export const BUILD_MARKER = path.join('.next', 'BUILD_ID');
export const BUILD_STAMP = path.join('.next', 'console-build.json');

/** Newest mtime (ms) under `target`: files and directories, so a deleted or renamed file counts too. */
function newestMtime(target) {
  let stat;
  try {
    stat = statSync(target);
  } catch {
    return { mtimeMs: 0, file: undefined };
  }
  let newest = { mtimeMs: stat.mtimeMs, file: target };
  if (!stat.isDirectory()) return newest;
  for (const entry of readdirSync(target, { withFileTypes: true })) {
    if (entry.isDirectory() ? SKIPPED_DIRS.has(entry.name) : SKIPPED_FILE.test(entry.name)) continue;
    const inner = newestMtime(path.join(target, entry.name));
    if (inner.mtimeMs > newest.mtimeMs) newest = inner;
  }
  return newest;
}

/** The Node major recorded by the last build that scripts/console.mjs ran; undefined for other builds. */
function builtWithNodeMajor(dir) {
  try {
    const stamp = JSON.parse(readFileSync(path.join(dir, BUILD_STAMP), 'utf8'));
    return typeof stamp.nodeMajor === 'number' ? stamp.nodeMajor : undefined;
  } catch {
    return undefined;
  }
}

/**
 * @param {string} dir the project
 * @param {{ nodeMajor?: number }} [options] the running Node's major (default: this process's)
 * @returns {{ build: boolean, reason: string }}
 */
export function buildDecision(dir, { nodeMajor = Number(process.versions.node.split('.')[0]) } = {}) {
  let built;
  try {
    built = statSync(path.join(dir, BUILD_MARKER)).mtimeMs;
  } catch {
    return { build: true, reason: 'no build yet' };
  }
  const previousMajor = builtWithNodeMajor(dir);
  if (previousMajor !== undefined && previousMajor !== nodeMajor) {
    return { build: true, reason: `built with Node ${previousMajor}, running Node ${nodeMajor}` };
  }
  const lane = laneProblem(dir);
  if (lane) return { build: true, reason: lane };
  const rootFiles = readdirSync(dir).filter((name) => ROOT_FILE.test(name));
  for (const input of [...BUILD_DIRS, ...rootFiles]) {
    const newest = newestMtime(path.join(dir, input));
    if (newest.mtimeMs > built) return { build: true, reason: `${path.relative(dir, newest.file)} is newer than the build` };
  }
  return { build: false, reason: 'the build is up to date' };
}
