// `npm start` builds only when needed: scripts/lib/build-check.mjs against fixture projects with set mtimes.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildDecision } from '@/scripts/lib/build-check.mjs';

const BUILT = new Date('2026-01-01T12:00:00Z');
const BEFORE = new Date('2026-01-01T11:00:00Z');
const AFTER = new Date('2026-01-01T13:00:00Z');

let dir: string;

function put(file: string, time = BEFORE, content = 'x') {
  const full = path.join(dir, file);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, content);
  utimesSync(full, time, time);
}

/** Sets every directory of the fixture (deepest first) to `time`, as if nothing had moved since. */
function settleDirs(time = BEFORE) {
  for (const sub of ['app/clusters', 'app', 'components', 'lib/server', 'lib', 'public', 'test', 'e2e', 'node_modules/pkg', 'node_modules']) {
    utimesSync(path.join(dir, sub), time, time);
  }
}

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'build-check-'));
  for (const file of ['app/page.tsx', 'app/clusters/page.tsx', 'components/a.tsx', 'lib/server/b.ts', 'lib/server/b.test.ts', 'public/x.svg'])
    put(file);
  for (const file of ['proxy.ts', 'instrumentation.ts', 'next.config.mjs', 'tsconfig.json', 'package-lock.json', 'postcss.config.mjs']) put(file);
  for (const file of ['test/a.test.ts', 'e2e/a.spec.ts', 'node_modules/pkg/index.js', 'README.md']) put(file);
  put('.next/BUILD_ID', BUILT, 'build');
  put('.next/console-api/lane.cjs', BUILT);
  put('.next/console-api/lane.json', BUILT, JSON.stringify({ buildId: 'build' }));
  settleDirs();
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('buildDecision', () => {
  it('builds when there is no build', () => {
    rmSync(path.join(dir, '.next'), { recursive: true });
    expect(buildDecision(dir, { nodeMajor: 20 })).toEqual({ build: true, reason: 'no build yet' });
  });

  it('starts without building when every input is older than the build', () => {
    expect(buildDecision(dir, { nodeMajor: 20 })).toEqual({ build: false, reason: 'the build is up to date' });
  });

  it('builds when the build has no API lane, or one of another build (`next build` alone)', () => {
    put('.next/console-api/lane.json', BUILT, JSON.stringify({ buildId: 'an-older-build' }));
    expect(buildDecision(dir, { nodeMajor: 20 })).toEqual({ build: true, reason: 'the API lane belongs to another build' });
    rmSync(path.join(dir, '.next/console-api'), { recursive: true });
    expect(buildDecision(dir, { nodeMajor: 20 })).toEqual({ build: true, reason: 'no API lane in this build' });
  });

  it.each([
    'app/clusters/page.tsx',
    'components/a.tsx',
    'lib/server/b.ts',
    'public/x.svg',
    'proxy.ts',
    'instrumentation.ts',
    'next.config.mjs',
    'tsconfig.json',
    'package-lock.json',
    'postcss.config.mjs',
  ])('builds when %s is newer than the build', (file) => {
    put(file, AFTER);
    settleDirs();
    expect(buildDecision(dir, { nodeMajor: 20 })).toEqual({ build: true, reason: `${file} is newer than the build` });
  });

  it('builds when a new instrumentation file appears at the root', () => {
    put('instrumentation-extra.ts', AFTER);
    expect(buildDecision(dir, { nodeMajor: 20 }).build).toBe(true);
  });

  it('builds when a source file was deleted (its directory changed)', () => {
    rmSync(path.join(dir, 'components/a.tsx'));
    settleDirs();
    utimesSync(path.join(dir, 'components'), AFTER, AFTER);
    expect(buildDecision(dir, { nodeMajor: 20 })).toEqual({ build: true, reason: 'components is newer than the build' });
  });

  it.each(['test/a.test.ts', 'e2e/a.spec.ts', 'node_modules/pkg/index.js', 'README.md', 'lib/server/b.test.ts'])(
    'ignores %s, which is not part of the build',
    (file) => {
      put(file, AFTER);
      settleDirs();
      expect(buildDecision(dir, { nodeMajor: 20 }).build).toBe(false);
    },
  );

  it('builds again when the last build ran on another Node major, not when it ran on the same one', () => {
    put('.next/console-build.json', BUILT, JSON.stringify({ node: 'v20.20.0', nodeMajor: 20 }));
    expect(buildDecision(dir, { nodeMajor: 20 }).build).toBe(false);
    expect(buildDecision(dir, { nodeMajor: 24 })).toEqual({ build: true, reason: 'built with Node 20, running Node 24' });
  });
});
