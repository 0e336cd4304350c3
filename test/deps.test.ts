// DEP-02 (issue 5, item 13): the installed next and next-auth are on patched versions. Read from the installed
// packages, not package.json, so a stale lockfile or a hoisted duplicate cannot hide an old copy.
// DEP-01 (`npm audit`) needs the registry's audit endpoint: scripts/audit.mjs runs it where that is reachable.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);

/** The version of the copy that `require(name)` loads. next-auth's `exports` hide its package.json, so the
 *  manifest is found by walking up from the resolved entry point. */
function installedVersion(name: string): string {
  let dir = path.dirname(require.resolve(name));
  for (;;) {
    const file = path.join(dir, 'package.json');
    if (existsSync(file)) {
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version: string };
      if (manifest.name === name) return manifest.version;
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`No package.json of ${name} above ${require.resolve(name)}`);
    dir = parent;
  }
}

/** [major, minor, patch] and whether it is a pre-release (`-beta.32`); build metadata ignored. */
function parse(version: string): { parts: [number, number, number]; pre: string | undefined } {
  const match = /^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+.*)?$/.exec(version);
  if (!match) throw new Error(`Not a semantic version: ${version}`);
  return { parts: [Number(match[1]), Number(match[2]), Number(match[3])], pre: match[4] };
}

function atLeast(version: string, minimum: string): boolean {
  const a = parse(version).parts;
  const b = parse(minimum).parts;
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i]! > b[i]!;
  return true;
}

describe('patched dependencies (DEP-02)', () => {
  it('next is a 16.x release at or above 16.2.11 (the July 2026 SSRF and cache-confusion fixes)', () => {
    const version = installedVersion('next');
    expect(parse(version).pre, `next ${version} is a pre-release`).toBeUndefined();
    expect(parse(version).parts[0], `next ${version}`).toBe(16);
    expect(atLeast(version, '16.2.11'), `next ${version}`).toBe(true);
  });

  it('next-auth is a 4.x release at or above 4.24.15', () => {
    const version = installedVersion('next-auth');
    expect(parse(version).pre, `next-auth ${version} is a pre-release`).toBeUndefined();
    expect(parse(version).parts[0], `next-auth ${version}`).toBe(4);
    expect(atLeast(version, '4.24.15'), `next-auth ${version}`).toBe(true);
  });

  it('package.json pins exactly what is installed', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
    for (const name of ['next', 'next-auth']) expect(manifest.dependencies[name], name).toBe(installedVersion(name));
  });

  it('the version check itself compares numerically', () => {
    expect(atLeast('16.10.0', '16.2.11')).toBe(true);
    expect(atLeast('16.2.10', '16.2.11')).toBe(false);
    expect(atLeast('16.2.11', '16.2.11')).toBe(true);
    expect(() => parse('latest')).toThrow();
  });
});
