// Reads of clusters through the BFF. Keys are hierarchical so one invalidation reaches every list or detail.
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { bffFetch } from '@/lib/api/client';
import { clusterListResponseSchema, clusterResponseSchema, type ClusterListResponse, type ClusterResponse } from '@/lib/api/clusters/schema';
import { isPollTick, refetchIntervalFor } from '@/lib/api/polling';

export type ClusterListFilter = { name?: string };

export const clusterKeys = {
  all: ['clusters'] as const,
  lists: () => [...clusterKeys.all, 'list'] as const,
  list: (filter: ClusterListFilter) => [...clusterKeys.lists(), { name: filter.name || undefined }] as const,
  details: () => [...clusterKeys.all, 'detail'] as const,
  detail: (clusterId: string) => [...clusterKeys.details(), clusterId] as const,
};

export function clusterListPath({ name }: ClusterListFilter): string {
  return name ? `/api/dataplatform/clusters?${new URLSearchParams({ name })}` : '/api/dataplatform/clusters';
}

export const clusterQueries = {
  /** GET /clusters[?name=]; `name` must already satisfy `clusterNameFilterSchema`. */
  list: (filter: ClusterListFilter = {}) =>
    queryOptions({
      queryKey: clusterKeys.list(filter),
      queryFn: ({ signal }) => bffFetch(clusterListPath(filter), { schema: clusterListResponseSchema, signal, poll: isPollTick() }),
      refetchInterval: refetchIntervalFor((data: ClusterListResponse) => data.items.map((cluster) => cluster.metadata.state)),
    }),
  /** GET /clusters/{clusterId} */
  detail: (clusterId: string) =>
    queryOptions({
      queryKey: clusterKeys.detail(clusterId),
      queryFn: ({ signal }) =>
        bffFetch(`/api/dataplatform/clusters/${encodeURIComponent(clusterId)}`, { schema: clusterResponseSchema, signal, poll: isPollTick() }),
      refetchInterval: refetchIntervalFor((data: ClusterResponse) => [data.metadata.state]),
    }),
};

/** Every cluster list in the cache with the name filter it was fetched with ('' for none) and when. */
export function cachedClusterLists(queryClient: QueryClient): { name: string; items: readonly ClusterResponse[]; updatedAt: number }[] {
  return queryClient
    .getQueryCache()
    .findAll({ queryKey: clusterKeys.lists() })
    .flatMap((query) => {
      const data = query.state.data as ClusterListResponse | undefined;
      const [, , filter] = query.queryKey as ReturnType<typeof clusterKeys.list>;
      return data ? [{ name: filter.name ?? '', items: data.items, updatedAt: query.state.dataUpdatedAt }] : [];
    });
}
