// Reads of node pools through the BFF, keyed under their cluster so a cluster change can refresh them.
import { queryOptions } from '@tanstack/react-query';
import { bffFetch } from '@/lib/api/client';
import { nodePoolListResponseSchema, nodePoolResponseSchema, type NodePoolListResponse, type NodePoolResponse } from '@/lib/api/nodepools/schema';
import { isPollTick, refetchIntervalFor } from '@/lib/api/polling';

export const nodePoolKeys = {
  all: ['nodepools'] as const,
  lists: () => [...nodePoolKeys.all, 'list'] as const,
  list: (clusterId: string) => [...nodePoolKeys.lists(), clusterId] as const,
  detail: (clusterId: string, nodePoolId: string) => [...nodePoolKeys.all, 'detail', clusterId, nodePoolId] as const,
};

export const nodePoolsPath = (clusterId: string) => `/api/dataplatform/clusters/${encodeURIComponent(clusterId)}/nodepools`;

export const nodePoolQueries = {
  /** GET /clusters/{clusterId}/nodepools; `priority: 'low'` where the pools are a detail beside other content. */
  list: (clusterId: string, { priority }: { priority?: RequestPriority } = {}) =>
    // The priority changes when the browser sends the request, not what it answers: one cache entry either way.
    // eslint-disable-next-line @tanstack/query/exhaustive-deps
    queryOptions({
      queryKey: nodePoolKeys.list(clusterId),
      queryFn: ({ signal }) => bffFetch(nodePoolsPath(clusterId), { schema: nodePoolListResponseSchema, signal, poll: isPollTick(), priority }),
      refetchInterval: refetchIntervalFor((data: NodePoolListResponse) => data.items.map((pool) => pool.metadata.state)),
    }),
  /** GET /clusters/{clusterId}/nodepools/{nodepoolId} */
  detail: (clusterId: string, nodePoolId: string) =>
    queryOptions({
      queryKey: nodePoolKeys.detail(clusterId, nodePoolId),
      queryFn: ({ signal }) =>
        bffFetch(`${nodePoolsPath(clusterId)}/${encodeURIComponent(nodePoolId)}`, { schema: nodePoolResponseSchema, signal, poll: isPollTick() }),
      refetchInterval: refetchIntervalFor((data: NodePoolResponse) => [data.metadata.state]),
    }),
};
