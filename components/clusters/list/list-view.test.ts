import { describe, expect, it } from 'vitest';
import {
  DEFAULT_VIEW,
  applyListView,
  countStates,
  filterByName,
  filterByOwner,
  isProblem,
  narrowLoaded,
  nameFilterCovers,
  nextView,
  parseListView,
  serializeListView,
  showList,
  sortClusters,
  toggleSort,
  type ListView,
} from '@/components/clusters/list/list-view';
import { compareVersions } from '@/lib/api/versions/compare';
import type { ClusterResponse } from '@/lib/api/clusters/schema';
import type { ResourceState } from '@/lib/api/common/schema';

function cluster(name: string, state: ResourceState | undefined, version: string | undefined, created: string | undefined): ClusterResponse {
  return {
    id: `id-${name}`,
    metadata: { state, currentDataPlatformVersion: version, createdDate: created },
    properties: { name },
  };
}

const CLUSTERS = [
  cluster('kafka-dev', 'AVAILABLE', '24.7', '2025-01-01T00:00:00Z'),
  cluster('Analytics-prod', 'AVAILABLE', '25.3', '2025-02-01T00:00:00Z'),
  cluster('nifi-failed', 'FAILED', '25.3', '2025-03-01T00:00:00Z'),
  cluster('spark-staging', 'DEPLOYING', '24.11', undefined),
  cluster('lakehouse-net', undefined, undefined, '2024-12-01T00:00:00Z'),
];
const names = (rows: readonly ClusterResponse[]) => rows.map((c) => c.properties.name);
const params = (search: string) => new URLSearchParams(search);

describe('parseListView / serializeListView', () => {
  it('reads every parameter', () => {
    expect(parseListView(params('name=kafka&state=FAILED&sort=created&dir=desc&page=3'))).toEqual({
      view: { name: 'kafka', state: 'FAILED', sort: 'created', dir: 'desc', page: 3 },
      invalid: [],
    });
  });

  it('accepts a state in lower case', () => {
    expect(parseListView(params('state=failed_updating')).view.state).toBe('FAILED_UPDATING');
  });

  it('falls back to defaults for unusable values and says which', () => {
    const parsed = parseListView(params('state=BROKEN&sort=size&dir=up&page=0'));
    expect(parsed.view).toEqual(DEFAULT_VIEW);
    expect(parsed.invalid).toEqual(['state', 'sort', 'dir', 'page']);
    expect(parseListView(params('page=-2')).invalid).toEqual(['page']);
    expect(parseListView(params('page=1e3')).invalid).toEqual(['page']);
  });

  it('never uses a name the API would refuse, but keeps it to show the message', () => {
    const parsed = parseListView(params('name=a%20b'));
    expect(parsed.view.name).toBe('');
    expect(parsed.invalidName).toBe('a b');
    expect(parseListView(params(`name=${'x'.repeat(64)}`)).invalidName).toHaveLength(64);
  });

  it('writes only what differs from the defaults', () => {
    expect(serializeListView(DEFAULT_VIEW)).toBe('');
    expect(serializeListView({ ...DEFAULT_VIEW, dir: 'desc' })).toBe('sort=name&dir=desc');
    expect(serializeListView({ name: 'kafka', state: 'FAILED', sort: 'state', dir: 'asc', page: 2 })).toBe(
      'name=kafka&state=FAILED&sort=state&dir=asc&page=2',
    );
  });

  it('round-trips', () => {
    const view: ListView = { name: 'a.b-c_d', state: 'BUSY', sort: 'version', dir: 'desc', page: 7 };
    expect(parseListView(params(serializeListView(view))).view).toEqual(view);
  });
});

describe('nextView and toggleSort', () => {
  const onPage3: ListView = { ...DEFAULT_VIEW, page: 3 };

  it('goes back to page 1 when filter or order change, not when only the page does', () => {
    expect(nextView(onPage3, { state: 'FAILED' }).page).toBe(1);
    expect(nextView(onPage3, { name: 'x' }).page).toBe(1);
    expect(nextView(onPage3, { page: 4 }).page).toBe(4);
    expect(nextView(onPage3, { state: undefined }).page).toBe(3);
  });

  it('flips the direction of the current column and starts others ascending, "created" newest first', () => {
    expect(toggleSort(DEFAULT_VIEW, 'name')).toMatchObject({ sort: 'name', dir: 'desc' });
    expect(toggleSort({ ...DEFAULT_VIEW, dir: 'desc' }, 'name')).toMatchObject({ sort: 'name', dir: 'asc' });
    expect(toggleSort({ ...DEFAULT_VIEW, dir: 'desc' }, 'state')).toMatchObject({ sort: 'state', dir: 'asc' });
    expect(toggleSort(onPage3, 'created')).toMatchObject({ sort: 'created', dir: 'desc', page: 1 });
  });
});

describe('compareVersions', () => {
  it('compares numeric parts as numbers', () => {
    expect(compareVersions('24.11', '24.7')).toBeGreaterThan(0);
    expect(compareVersions('24.7', '25.3')).toBeLessThan(0);
    expect(compareVersions('25.3', '25.3')).toBe(0);
    expect(compareVersions('25.3', '25.3.1')).toBeLessThan(0);
    expect(compareVersions('25.3-rc1', '25.3-rc2')).toBeLessThan(0);
  });
});

describe('sortClusters', () => {
  it('sorts by name, ignoring case', () => {
    expect(names(sortClusters(CLUSTERS, 'name', 'asc'))).toEqual(['Analytics-prod', 'kafka-dev', 'lakehouse-net', 'nifi-failed', 'spark-staging']);
    expect(names(sortClusters(CLUSTERS, 'name', 'desc'))).toEqual(['spark-staging', 'nifi-failed', 'lakehouse-net', 'kafka-dev', 'Analytics-prod']);
  });

  it('sorts by version numerically, missing values last in both directions, ties by name', () => {
    expect(names(sortClusters(CLUSTERS, 'version', 'asc'))).toEqual(['kafka-dev', 'spark-staging', 'Analytics-prod', 'nifi-failed', 'lakehouse-net']);
    expect(names(sortClusters(CLUSTERS, 'version', 'desc'))).toEqual([
      'Analytics-prod',
      'nifi-failed',
      'spark-staging',
      'kafka-dev',
      'lakehouse-net',
    ]);
  });

  it('sorts by state label and by creation date', () => {
    expect(names(sortClusters(CLUSTERS, 'state', 'asc'))).toEqual(['Analytics-prod', 'kafka-dev', 'spark-staging', 'nifi-failed', 'lakehouse-net']);
    expect(names(sortClusters(CLUSTERS, 'created', 'desc'))).toEqual([
      'nifi-failed',
      'Analytics-prod',
      'kafka-dev',
      'lakehouse-net',
      'spark-staging',
    ]);
  });

  it('leaves its input alone', () => {
    const before = names(CLUSTERS);
    sortClusters(CLUSTERS, 'name', 'desc');
    expect(names(CLUSTERS)).toEqual(before);
  });
});

describe('applyListView', () => {
  it('filters by state before sorting and paging', () => {
    const result = applyListView(CLUSTERS, { ...DEFAULT_VIEW, state: 'FAILED' });
    expect(names(result.rows)).toEqual(['nifi-failed']);
    expect(result).toMatchObject({ total: 1, page: 1, pageCount: 1 });
  });

  it('cuts pages and clamps a page past the end to the last one', () => {
    const many = Array.from({ length: 53 }, (_, i) => cluster(`c-${String(i).padStart(3, '0')}`, 'AVAILABLE', '25.3', undefined));
    const second = applyListView(many, { ...DEFAULT_VIEW, page: 2 }, 25);
    expect(second).toMatchObject({ total: 53, page: 2, pageCount: 3 });
    expect(names(second.rows)[0]).toBe('c-025');
    const past = applyListView(many, { ...DEFAULT_VIEW, page: 99 }, 25);
    expect(past.page).toBe(3);
    expect(past.rows).toHaveLength(3);
  });

  it('has one empty page when nothing matches', () => {
    expect(applyListView([], DEFAULT_VIEW)).toEqual({ rows: [], total: 0, page: 1, pageCount: 1 });
  });
});

describe('filterByName', () => {
  it('keeps names that contain the text, ignoring case, as the API does', () => {
    expect(names(filterByName(CLUSTERS, 'A'))).toEqual(['kafka-dev', 'Analytics-prod', 'nifi-failed', 'spark-staging', 'lakehouse-net']);
    expect(names(filterByName(CLUSTERS, 'analytics'))).toEqual(['Analytics-prod']);
    expect(names(filterByName(CLUSTERS, '-PROD'))).toEqual(['Analytics-prod']);
    expect(filterByName(CLUSTERS, 'no-such')).toEqual([]);
  });

  it('leaves the list as it is without a filter', () => {
    expect(filterByName(CLUSTERS, '')).toBe(CLUSTERS);
  });
});

describe('narrowLoaded', () => {
  const list = (name: string, updatedAt: number, items = filterByName(CLUSTERS, name)) => ({ name, items, updatedAt });

  it('knows which loaded lists hold every match of a longer filter', () => {
    expect(nameFilterCovers('', 'kafka')).toBe(true);
    expect(nameFilterCovers('af', 'kafka')).toBe(true);
    expect(nameFilterCovers('AF', 'kafka')).toBe(true);
    expect(nameFilterCovers('kafka', 'kaf')).toBe(false);
    expect(nameFilterCovers('dev', 'kafka')).toBe(false);
  });

  it('narrows the freshest list that holds every match', () => {
    const shown = narrowLoaded('a-', [list('', 10), list('a', 20), list('dev', 30)]);
    expect(shown?.updatedAt).toBe(20);
    expect(names(shown?.items ?? [])).toEqual(['kafka-dev']);
    expect(shown?.name).toBe('a-');
  });

  it('narrows the freshest other list when none holds every match (the answer completes it)', () => {
    const shown = narrowLoaded('ka', [list('kafka', 5), list('kafka-', 7)]);
    expect(shown?.updatedAt).toBe(7);
    expect(names(shown?.items ?? [])).toEqual(['kafka-dev']);
  });

  it('has nothing to show when nothing is loaded', () => {
    expect(narrowLoaded('kafka', [])).toBeUndefined();
  });
});

describe('page size, problems first and owner in the URL', () => {
  it('reads and writes them, leaving the defaults out', () => {
    const parsed = parseListView(params('size=50&order=problems&owner=mine'));
    expect(parsed.view).toMatchObject({ size: 50, problemsFirst: true, mine: true });
    expect(parsed.invalid).toEqual([]);
    expect(serializeListView(parsed.view)).toBe('size=50&order=problems&owner=mine');
    expect(serializeListView({ ...DEFAULT_VIEW, size: 25, problemsFirst: false, mine: false })).toBe('');
  });

  it('falls back for sizes not offered and unknown orders', () => {
    const parsed = parseListView(params('size=7&order=random&owner=them'));
    expect(parsed.view).toEqual(DEFAULT_VIEW);
    expect(parsed.invalid).toEqual(['size', 'problemsFirst', 'mine']);
    expect(parseListView(params('owner=all')).invalid).toEqual([]);
  });

  it('goes back to page 1 when they change', () => {
    const onPage3: ListView = { ...DEFAULT_VIEW, page: 3 };
    expect(nextView(onPage3, { size: 50 }).page).toBe(1);
    expect(nextView(onPage3, { problemsFirst: true }).page).toBe(1);
    expect(nextView(onPage3, { mine: true }).page).toBe(1);
  });

  it('cuts pages of the chosen size', () => {
    const many = Array.from({ length: 30 }, (_, i) => cluster(`c${String(i).padStart(2, '0')}`, 'AVAILABLE', undefined, undefined));
    expect(applyListView(many, { ...DEFAULT_VIEW, size: 10 })).toMatchObject({ total: 30, pageCount: 3 });
    expect(applyListView(many, { ...DEFAULT_VIEW, size: 10 }).rows).toHaveLength(10);
    expect(applyListView(many, DEFAULT_VIEW).rows).toHaveLength(25);
  });
});

const withMeta = (name: string, metadata: ClusterResponse['metadata']): ClusterResponse => ({ id: `id-${name}`, metadata, properties: { name } });

describe('problems first, state counts and owner', () => {
  const list = [
    withMeta('alpha', { state: 'AVAILABLE' }),
    withMeta('bravo', { state: 'FAILED_UPDATING' }),
    withMeta('charlie', { state: 'AVAILABLE' }),
    withMeta('delta', { state: 'FAILED' }),
    withMeta('echo', { state: 'DEPLOYING' }),
  ];

  it('puts failed clusters first, each part in the chosen order', () => {
    expect(names(sortClusters(list, 'name', 'asc', true))).toEqual(['bravo', 'delta', 'alpha', 'charlie', 'echo']);
    expect(names(sortClusters(list, 'name', 'desc', true))).toEqual(['delta', 'bravo', 'echo', 'charlie', 'alpha']);
    expect(names(sortClusters(list, 'name', 'asc'))).toEqual(['alpha', 'bravo', 'charlie', 'delta', 'echo']);
    expect(isProblem('FAILED_DESTROYING')).toBe(true);
    expect(isProblem('AVAILABLE')).toBe(false);
  });

  it('counts states, failed ones first', () => {
    expect(countStates(list)).toEqual([
      { state: 'FAILED', count: 1 },
      { state: 'FAILED_UPDATING', count: 1 },
      { state: 'AVAILABLE', count: 2 },
      { state: 'DEPLOYING', count: 1 },
    ]);
  });

  it("keeps the user's own clusters, by createdBy, ignoring case", () => {
    const owned = [withMeta('mine', { createdBy: 'Admin@Sandbox.test' }), withMeta('theirs', { createdBy: 'user@sandbox.test' })];
    expect(names(filterByOwner(owned, 'admin@sandbox.test', true))).toEqual(['mine']);
    expect(filterByOwner(owned, 'admin@sandbox.test', false)).toBe(owned);
  });
});

describe('showList: what the list shows, on the server for the first rows and in the browser', () => {
  const datacenters = new Map([['dc-fra', { id: 'dc-fra', properties: { name: 'Frankfurt', location: 'de/fra' } }]]);
  const inFrankfurt = { ...cluster('lakehouse-net', 'AVAILABLE', '24.11', undefined), properties: { name: 'lakehouse-net', datacenterId: 'dc-fra' } };
  const all = [...CLUSTERS.filter((c) => c.properties.name !== 'lakehouse-net'), inFrankfurt];
  const base = { all, typed: '', datacenters, mine: false, view: DEFAULT_VIEW };

  it('pages, sorts and counts the whole list', () => {
    const shown = showList({ ...base, view: { ...DEFAULT_VIEW, size: 10, sort: 'created', dir: 'desc' } });
    expect(shown.owned).toBe(5);
    expect(shown.listPage).toMatchObject({ total: 5, page: 1, pageCount: 1 });
    expect(names(shown.listPage.rows)[0]).toBe('nifi-failed');
    expect(shown.counts).toEqual(countStates(all));
  });

  it('finds by data center, adds what the API answered for the name, then filters by state', () => {
    const answered = cluster('fra-analytics', 'FAILED', '25.3', undefined);
    const shown = showList({ ...base, typed: 'fra', answer: [answered], view: { ...DEFAULT_VIEW, name: 'fra', state: 'AVAILABLE' } });
    // lakehouse-net by its data center, fra-analytics from the API: the counts are over both, the rows only the available one.
    expect(shown.owned).toBe(2);
    expect(shown.counts).toEqual([
      { state: 'FAILED', count: 1 },
      { state: 'AVAILABLE', count: 1 },
    ]);
    expect(names(shown.listPage.rows)).toEqual(['lakehouse-net']);
  });

  it("keeps only the user's own clusters when asked to", () => {
    const mineToo = { ...cluster('mine', 'AVAILABLE', '25.3', undefined), metadata: { state: 'AVAILABLE' as const, createdBy: 'Me@Example.com' } };
    const shown = showList({ ...base, all: [...all, mineToo], me: 'me@example.com', mine: true });
    expect(names(shown.listPage.rows)).toEqual(['mine']);
    expect(shown.owned).toBe(1);
  });

  it('clamps a page past the end to the last one', () => {
    const shown = showList({ ...base, view: { ...DEFAULT_VIEW, size: 10, page: 7 } });
    expect(shown.listPage.page).toBe(1);
    expect(shown.listPage.rows).toHaveLength(5);
  });
});
