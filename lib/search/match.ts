// The one matcher behind the clusters list's filter and the console's search box: a text finds a resource by its
// name, its id (pasted whole or a prefix), or its data center's name or location ("fra" finds de/fra).
import type { ClusterResponse } from '@/lib/api/clusters/schema';
import type { Datacenter } from '@/lib/api/datacenters/schema';

/** What a resource can be found by. */
export type SearchFields = {
  id: string;
  name?: string;
  datacenterName?: string;
  location?: string;
};

/** A shorter id prefix would find clusters by chance (one in 16 ids starts with any given hex digit). */
export const MIN_ID_PREFIX = 4;

/** How well a resource matches, best first; the search box orders its results by it. */
export const MATCH_RANK = { id: 0, namePrefix: 1, name: 2, idPrefix: 3, datacenter: 4 } as const;
export type MatchRank = (typeof MATCH_RANK)[keyof typeof MATCH_RANK];

export function normalizeQuery(query: string): string {
  return query.trim().toLowerCase();
}

/** The best way `fields` match `query` (already normalized), or undefined when they do not. An empty query matches everything. */
export function matchRank(fields: SearchFields, query: string): MatchRank | undefined {
  if (!query) return MATCH_RANK.name;
  const id = fields.id.toLowerCase();
  const name = fields.name?.toLowerCase();
  if (id === query) return MATCH_RANK.id;
  if (name?.startsWith(query)) return MATCH_RANK.namePrefix;
  if (name?.includes(query)) return MATCH_RANK.name;
  if (query.length >= MIN_ID_PREFIX && id.startsWith(query)) return MATCH_RANK.idPrefix;
  if (fields.datacenterName?.toLowerCase().includes(query) || fields.location?.toLowerCase().includes(query)) return MATCH_RANK.datacenter;
  return undefined;
}

export function matches(fields: SearchFields, query: string): boolean {
  return matchRank(fields, normalizeQuery(query)) !== undefined;
}

/** The fields of a resource that lives in a data center (a cluster, or a node pool by its own datacenterId). */
export function searchFields(
  resource: { id: string; properties: { name?: string; datacenterId?: string } },
  datacenters: ReadonlyMap<string, Datacenter>,
): SearchFields {
  const datacenter = resource.properties.datacenterId ? datacenters.get(resource.properties.datacenterId) : undefined;
  return {
    id: resource.id,
    name: resource.properties.name,
    datacenterName: datacenter?.properties.name,
    location: datacenter?.properties.location,
  };
}

/** The clusters `query` finds; the list is returned as it is for an empty query. */
export function matchClusters(
  clusters: readonly ClusterResponse[],
  query: string,
  datacenters: ReadonlyMap<string, Datacenter>,
): readonly ClusterResponse[] {
  const text = normalizeQuery(query);
  if (!text) return clusters;
  return clusters.filter((cluster) => matchRank(searchFields(cluster, datacenters), text) !== undefined);
}
