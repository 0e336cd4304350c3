import { describe, expect, it } from 'vitest';
import type { ClusterResponse } from '@/lib/api/clusters/schema';
import type { Datacenter } from '@/lib/api/datacenters/schema';
import type { NodePoolResponse } from '@/lib/api/nodepools/schema';
import { MAX_RESULTS_PER_GROUP, searchResults } from '@/lib/search/results';

const fra = { id: 'dc-fra', properties: { name: 'analytics-fra', location: 'de/fra' } } as Datacenter;
const txl = { id: 'dc-txl', properties: { name: 'streaming-txl', location: 'de/txl' } } as Datacenter;
const datacenters = new Map([fra, txl].map((dc) => [dc.id, dc]));
const cluster = (id: string, name: string, datacenterId: string) =>
  ({ id, properties: { name, datacenterId }, metadata: { state: 'AVAILABLE' } }) as ClusterResponse;
const pool = (id: string, name: string) => ({ id, properties: { name }, metadata: { state: 'AVAILABLE' } }) as NodePoolResponse;

const clusters = [cluster('c-1111-aaaa', 'kafka-dev', 'dc-txl'), cluster('c-2222-bbbb', 'analytics-prod', 'dc-fra')];
const pools = new Map([
  ['c-1111-aaaa', [pool('p-3333-cccc', 'brokers')]],
  ['c-2222-bbbb', [pool('p-4444-dddd', 'spark-workers'), pool('p-5555-eeee', 'kafka-connect')]],
]);

describe('searchResults', () => {
  it('finds nothing for an empty query', () => {
    expect(searchResults('  ', clusters, pools, datacenters)).toEqual({ clusters: [], nodePools: [] });
  });

  it('groups clusters and node pools, with links to their pages', () => {
    const found = searchResults('kafka', clusters, pools, datacenters);
    expect(found.clusters).toEqual([
      { kind: 'cluster', id: 'c-1111-aaaa', name: 'kafka-dev', detail: 'streaming-txl (de/txl)', state: 'AVAILABLE', href: '/clusters/c-1111-aaaa' },
    ]);
    expect(found.nodePools).toEqual([
      {
        kind: 'nodepool',
        id: 'p-5555-eeee',
        name: 'kafka-connect',
        detail: 'In analytics-prod, analytics-fra (de/fra)',
        state: 'AVAILABLE',
        href: '/clusters/c-2222-bbbb/nodepools/p-5555-eeee',
      },
    ]);
  });

  it("finds node pools by their id and by their cluster's data center", () => {
    expect(searchResults('p-3333', clusters, pools, datacenters).nodePools.map((r) => r.name)).toEqual(['brokers']);
    expect(searchResults('fra', clusters, pools, datacenters).nodePools.map((r) => r.name)).toEqual(['kafka-connect', 'spark-workers']);
  });

  it('orders by how well a result matches: the whole id, a name prefix, a part of the name, the data center', () => {
    const more = [...clusters, cluster('c-3333-cccc', 'dev-analytics', 'dc-txl'), cluster('analytics', 'zeta', 'dc-txl')];
    expect(searchResults('analytics', more, new Map(), datacenters).clusters.map((r) => r.name)).toEqual(['zeta', 'analytics-prod', 'dev-analytics']);
  });

  it('shows at most a few results per group', () => {
    const many = Array.from({ length: 20 }, (_, i) => cluster(`c-${i}`, `kafka-${String(i).padStart(2, '0')}`, 'dc-txl'));
    expect(searchResults('kafka', many, new Map(), datacenters).clusters).toHaveLength(MAX_RESULTS_PER_GROUP);
  });
});
