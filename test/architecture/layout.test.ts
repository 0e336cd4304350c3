// The browser half's layout rules (issue 11), checked on the source so a new screen cannot quietly break them:
// lib never climbs into components; the two features share through components/shared, components/forms and lib,
// never through each other; every read of a polled query goes through usePolledQuery (tab-leader gate included).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(rel));
    else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) out.push(rel);
  }
  return out;
}

const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const importsOf = (text: string) => [...text.matchAll(/from '(@\/[^']+)'/g)].map((m) => m[1]!);
const exportedNames = (text: string) =>
  [...text.matchAll(/^export (?:async )?(?:function|const|let|type|interface|class|enum) ([A-Za-z0-9_$]+)/gm)].map((m) => m[1]!);

describe('layout of the browser half', () => {
  it('nothing in lib/ imports components/', () => {
    const climbing = sourceFiles('lib').flatMap((file) =>
      importsOf(read(file))
        .filter((i) => i.startsWith('@/components/'))
        .map((i) => `${file} → ${i}`),
    );
    expect(climbing).toEqual([]);
  });

  it('the node pool screens import nothing from the cluster screens', () => {
    // (The cluster's page composes the node pool section: a page embedding a feature is not sharing through it.)
    const across = sourceFiles('components/nodepools').flatMap((f) =>
      importsOf(read(f))
        .filter((i) => i.startsWith('@/components/clusters/'))
        .map((i) => `${f} → ${i}`),
    );
    expect(across).toEqual([]);
  });

  it('no exported name is defined both in components/clusters and components/nodepools', () => {
    const names = (dir: string) => new Set(sourceFiles(dir).flatMap((f) => exportedNames(read(f))));
    const pools = names('components/nodepools');
    expect([...names('components/clusters')].filter((name) => pools.has(name))).toEqual([]);
  });

  it('every read of a polled query goes through usePolledQuery', () => {
    // The factories whose options carry a refetchInterval (lib/api/*/queries.ts); a plain useQuery of one of them
    // polls in every open tab. `refetchInterval: false` opts a read out of polling (e.g. the list's pool counts).
    const POLLED = /useQuery\(\s*(?:\{\s*\.\.\.)?(?:clusterQueries|nodePoolQueries)\.(?:list|detail)\b/g;
    const plain = sourceFiles('components')
      .concat(sourceFiles('app'))
      .flatMap((file) => {
        const text = read(file);
        // The call's options, however they are wrapped: up to the end of the useQuery( … ) statement.
        return [...text.matchAll(POLLED)]
          .map((match) => ({ match, options: text.slice(match.index, text.indexOf(');', match.index) + 2) }))
          .filter(({ options }) => !/refetchInterval: false/.test(options))
          .map(({ match }) => `${file}:${text.slice(0, match.index).split('\n').length} ${match[0]}`);
      });
    expect(plain).toEqual([]);
  });

  it('pages hand their server reads to the browser one way: ServerHydration (JSON text), never a HydrationBoundary of objects', () => {
    // components/shared/server-hydration.tsx says why: a dehydrated cache as React props is walked object by object.
    const pages = sourceFiles('app').filter((file) => file.endsWith('page.tsx'));
    const hydrating = pages.filter((file) => /\bdehydrate\(|ServerHydration/.test(read(file)));
    expect(hydrating.length).toBeGreaterThanOrEqual(3);
    const USES = /<HydrationBoundary\b|import \{[^}]*\bHydrationBoundary\b[^}]*\} from '@tanstack\/react-query'/;
    const direct = sourceFiles('app')
      .concat(sourceFiles('components'))
      .filter((file) => USES.test(read(file)));
    expect(direct).toEqual(['components/shared/json-hydration-boundary.tsx']);
    expect(pages.filter((file) => /\bdehydrate\(/.test(read(file)))).toEqual([]);
  });

  it('the checks above see the code they guard (the rules are not vacuous)', () => {
    expect(sourceFiles('components/nodepools').length).toBeGreaterThan(10);
    expect(sourceFiles('lib').length).toBeGreaterThan(50);
    expect(read('components/clusters/list/node-pool-count.tsx')).toMatch(
      /useQuery\(\{\s*\.\.\.nodePoolQueries\.list\(clusterId, \{ priority: 'low' \}\),\s*refetchInterval: false/,
    );
  });
});
