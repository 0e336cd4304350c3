// The Data Platform versions clusters can be created with, newest first, through the BFF.
import { queryOptions } from '@tanstack/react-query';
import { bffFetch } from '@/lib/api/client';
import { compareVersions } from '@/lib/api/versions/compare';
import { versionListResponseSchema, type VersionList } from '@/lib/api/versions/schema';

export const versionKeys = {
  all: ['versions'] as const,
  list: () => [...versionKeys.all, 'list'] as const,
};

export const versionQueries = {
  /** GET /versions; `items[0]` is the newest version. */
  list: () =>
    queryOptions({
      queryKey: versionKeys.list(),
      queryFn: async ({ signal }): Promise<VersionList> => {
        const list = await bffFetch('/api/dataplatform/versions', { schema: versionListResponseSchema, signal });
        return { ...list, items: [...list.items].sort((a, b) => compareVersions(b, a)) };
      },
      // The platform publishes versions rarely.
      staleTime: 10 * 60_000,
    }),
};
