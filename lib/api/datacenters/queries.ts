// Reads of the Cloud API's virtual data centers through the BFF; they rarely change, so they stay fresh for minutes.
import { queryOptions } from '@tanstack/react-query';
import { bffFetch } from '@/lib/api/client';
import { datacenterListSchema, lanListSchema, type Datacenter } from '@/lib/api/datacenters/schema';

export const datacenterKeys = {
  all: ['datacenters'] as const,
  list: () => [...datacenterKeys.all, 'list'] as const,
  lans: (datacenterId: string) => [...datacenterKeys.all, 'lans', datacenterId] as const,
};

export const datacenterQueries = {
  /** GET /api/cloud/datacenters */
  list: () =>
    queryOptions({
      queryKey: datacenterKeys.list(),
      queryFn: ({ signal }) => bffFetch('/api/cloud/datacenters', { schema: datacenterListSchema, signal }),
      staleTime: 5 * 60_000,
    }),
  /** GET /api/cloud/datacenters/{datacenterId}/lans */
  lans: (datacenterId: string) =>
    queryOptions({
      queryKey: datacenterKeys.lans(datacenterId),
      queryFn: ({ signal }) => bffFetch(`/api/cloud/datacenters/${encodeURIComponent(datacenterId)}/lans`, { schema: lanListSchema, signal }),
      staleTime: 60_000,
    }),
};

/** id → data center, for showing names instead of ids. */
export function datacentersById(items: readonly Datacenter[] | undefined): ReadonlyMap<string, Datacenter> {
  return new Map((items ?? []).map((datacenter) => [datacenter.id, datacenter]));
}
