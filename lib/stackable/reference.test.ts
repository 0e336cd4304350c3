// The release facts and every generated template, checked against the Stackable reference itself (parsed here),
// so a wrong table in lib/stackable is caught. The source is ../shared/docs/stackable-reference.md beside the
// repository; contract/ keeps a copy for clones without it (and fails here when the two differ).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { PRODUCT_LABELS, productGuide } from '@/lib/stackable/guide';
import { manifestsFor, PRODUCT_KINDS } from '@/lib/stackable/manifests';
import { isStackableRelease, PRODUCT_IDS, RELEASES, releasesTakenIn, STACKABLE_RELEASES } from '@/lib/stackable/releases';
import { SANDBOX_VERSIONS } from '@/lib/sandbox/versions';

const root = path.resolve(__dirname, '../..');
const SHARED = path.resolve(root, '../shared/docs/stackable-reference.md');
const VENDORED = path.join(root, 'contract/stackable-reference.md');
const reference = readFileSync(existsSync(SHARED) ? SHARED : VENDORED, 'utf8');

/** The body rows (cells trimmed) of the first Markdown table after `heading`. */
function tableAfter(heading: string): string[][] {
  const start = reference.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`No section "${heading}" in the reference`);
  const lines = reference.slice(start).split('\n');
  const first = lines.findIndex((line) => line.startsWith('|'));
  const rows: string[][] = [];
  for (const line of lines.slice(first)) {
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
  }
  return rows.slice(2); // the header and its separator
}

// The reference's rows are named as the panel names the products.
const PRODUCT_NAMES = PRODUCT_LABELS;

const releaseRows = tableAfter('## Releases and their operators (`releases.yaml`)');
const versionHeader = (() => {
  const start = reference.indexOf('\n## Supported product versions');
  const header = reference
    .slice(start)
    .split('\n')
    .find((line) => line.startsWith('| product |'));
  return (header ?? '')
    .split('|')
    .slice(2, -1)
    .map((cell) => cell.trim());
})();
const versionRows = tableAfter('## Supported product versions (`spec.image.productVersion`)');
const crdRows = tableAfter('## CRDs (identical group/version/kind in all five releases; all namespaced)');

/** The operator list of a release row: a list, or "same N as X", "X set minus a", "X set plus a". */
function operatorsOf(release: string): string[] {
  const row = releaseRows.find(([name]) => name === release);
  if (!row) throw new Error(`No release ${release} in the reference`);
  const text = row[3]!.replace(/\s*\(\d+\)$/, '');
  const same = /^same \d+ as ([\d.]+)$/.exec(text);
  if (same) return operatorsOf(same[1]!);
  const change = /^([\d.]+) set (minus|plus) ([\w-]+)$/.exec(text);
  if (change) {
    const base = operatorsOf(change[1]!);
    return change[2] === 'minus' ? base.filter((name) => name !== change[3]) : [...base, change[3]!].sort();
  }
  return text.split(',').map((name) => name.trim().replace(/\s*\(.*\)$/, ''));
}

/** The (apiVersion, kind) pairs the CRD table names, the product's own and the "also" kinds. */
const knownKinds = new Set(
  crdRows.flatMap(([, apiVersion = '', kind = '', also = '']) => {
    const version = /`([^`]+)`/.exec(apiVersion)?.[1] ?? '';
    const pairs = [`${version} ${/`([^`]+)`/.exec(kind)?.[1]}`];
    for (const match of also.matchAll(/`([A-Z]\w+)`/g)) pairs.push(`${version} ${match[1]}`);
    return pairs;
  }),
);

describe('the Stackable reference', () => {
  it('is vendored unchanged in contract/', () => {
    if (!existsSync(SHARED)) return;
    expect(readFileSync(VENDORED, 'utf8')).toBe(readFileSync(SHARED, 'utf8'));
  });

  it('lists the releases lib/stackable knows, in the same order, with their operators', () => {
    expect(releaseRows.map(([name]) => name)).toEqual([...STACKABLE_RELEASES]);
    for (const release of STACKABLE_RELEASES) {
      const row = releaseRows.find(([name]) => name === release)!;
      expect(row[2]!.split(' ')[0], release).toBe(RELEASES[release].operatorVersion);
      expect([...RELEASES[release].operators].sort(), release).toEqual(operatorsOf(release).sort());
    }
  });
});

const offered = STACKABLE_RELEASES.filter((release) => (SANDBOX_VERSIONS as readonly string[]).includes(release));

describe.each(offered)('templates for %s, a release the sandbox offers', (release) => {
  const column = versionHeader.indexOf(release) + 1;

  it.each(PRODUCT_IDS)('%s: kind, apiVersion and product version as in the reference', (product) => {
    const row = versionRows.find(([name]) => name === PRODUCT_NAMES[product]);
    const guideVersion = /([\w.-]+)\*/.exec(row?.[column] ?? '')?.[1];
    const crd = crdRows.find(([name]) => name === PRODUCT_NAMES[product]);

    const objects = parseAllDocuments(productGuide(release, product).yaml).map((document) => {
      expect(document.errors).toEqual([]);
      return document.toJS() as { apiVersion: string; kind: string; metadata: { name: string }; spec?: Record<string, { productVersion?: unknown }> };
    });
    expect(objects).toHaveLength(manifestsFor(release, product).length);

    const main = objects.find((object) => object.kind === PRODUCT_KINDS[product].kind);
    expect(main, `${product} has its ${PRODUCT_KINDS[product].kind}`).toBeDefined();
    expect(crd?.[2]).toContain(`\`${main!.kind}\``);
    expect(crd?.[1]).toBe(`\`${main!.apiVersion}\``);
    const image = product === 'spark' ? main!.spec?.sparkImage : main!.spec?.image;
    expect(image?.productVersion).toBe(guideVersion);

    for (const object of objects) {
      expect(object.metadata.name).toMatch(/^[a-z0-9-]+$/);
      if (object.apiVersion !== 'v1') expect(knownKinds, `${object.apiVersion} ${object.kind}`).toContain(`${object.apiVersion} ${object.kind}`);
      // Every other product version in the template (ZooKeeper under Kafka) is the release's own too.
      if (object.kind === 'ZookeeperCluster') expect(object.spec?.image?.productVersion).toBe(RELEASES[release].productVersions.zookeeper);
    }
  });
});

describe('sandbox versions without a Stackable release in the reference', () => {
  it('are exactly those the reference has no release for (the panel says it has no guide for them)', () => {
    const missing = SANDBOX_VERSIONS.filter((version) => !isStackableRelease(version));
    for (const version of missing) expect(releaseRows.map(([name]) => name)).not.toContain(version);
    expect(missing).toEqual(['24.3']);
  });
});

describe('releasesTakenIn', () => {
  it('lists the releases an upgrade jumps, up to and with the target', () => {
    expect(releasesTakenIn('24.3', '25.3')).toEqual(['24.7', '24.11', '25.3']);
    expect(releasesTakenIn('24.7', '24.11')).toEqual(['24.11']);
    expect(releasesTakenIn('25.3', '25.3')).toEqual([]);
  });
});
