// The console search's results: clusters and node pools that a text finds (lib/search/match.ts), best matches
// first, grouped, each with the page it opens.
import type { ClusterResponse } from '@/lib/api/clusters/schema';
import type { ResourceState } from '@/lib/api/common/schema';
import type { Datacenter } from '@/lib/api/datacenters/schema';
import type { NodePoolResponse } from '@/lib/api/nodepools/schema';
import { datacenterDisplay } from '@/lib/format/datacenter';
import { clusterHref, nodePoolHref } from '@/lib/routes';
import { matchRank, normalizeQuery, searchFields, type MatchRank } from '@/lib/search/match';

export type SearchResult = {
  kind: 'cluster' | 'nodepool';
  id: string;
  name: string;
  /** A short second line: where the resource is. */
  detail: string;
  state: ResourceState | undefined;
  href: string;
};

export type SearchGroups = { clusters: SearchResult[]; nodePools: SearchResult[] };

/** Results per group: a search box shows the best few, the list filter is there for more. */
export const MAX_RESULTS_PER_GROUP = 8;

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function best<T extends { rank: MatchRank; result: SearchResult }>(found: T[]): SearchResult[] {
  return found
    .sort((a, b) => a.rank - b.rank || collator.compare(a.result.name, b.result.name))
    .slice(0, MAX_RESULTS_PER_GROUP)
    .map((entry) => entry.result);
}

function where(datacenterId: string | undefined, datacenters: ReadonlyMap<string, Datacenter>): string {
  const display = datacenterDisplay(datacenterId, datacenters);
  return display.location ? `${display.name} (${display.location})` : display.name;
}

/**
 * What `query` finds among the clusters and the node pools loaded so far (by cluster id). A node pool is found by its
 * own name and id, and by its data center (its own, else its cluster's). Nothing for an empty query.
 */
export function searchResults(
  query: string,
  clusters: readonly ClusterResponse[],
  nodePoolsByCluster: ReadonlyMap<string, readonly NodePoolResponse[]>,
  datacenters: ReadonlyMap<string, Datacenter>,
): SearchGroups {
  const text = normalizeQuery(query);
  if (!text) return { clusters: [], nodePools: [] };
  const clusterHits: { rank: MatchRank; result: SearchResult }[] = [];
  const poolHits: { rank: MatchRank; result: SearchResult }[] = [];
  for (const cluster of clusters) {
    const clusterName = cluster.properties.name ?? cluster.id;
    const rank = matchRank(searchFields(cluster, datacenters), text);
    if (rank !== undefined) {
      const result: SearchResult = {
        kind: 'cluster',
        id: cluster.id,
        name: clusterName,
        detail: where(cluster.properties.datacenterId, datacenters),
        state: cluster.metadata.state,
        href: clusterHref(cluster.id),
      };
      clusterHits.push({ rank, result });
    }
    for (const pool of nodePoolsByCluster.get(cluster.id) ?? []) {
      const datacenterId = pool.properties.datacenterId ?? cluster.properties.datacenterId;
      const poolRank = matchRank(searchFields({ id: pool.id, properties: { name: pool.properties.name, datacenterId } }, datacenters), text);
      if (poolRank === undefined) continue;
      const result: SearchResult = {
        kind: 'nodepool',
        id: pool.id,
        name: pool.properties.name ?? pool.id,
        detail: `In ${clusterName}, ${where(datacenterId, datacenters)}`,
        state: pool.metadata.state,
        href: nodePoolHref(cluster.id, pool.id),
      };
      poolHits.push({ rank: poolRank, result });
    }
  }
  return { clusters: best(clusterHits), nodePools: best(poolHits) };
}
