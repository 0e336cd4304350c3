'use client';

import { useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import { NoClustersYet } from '@/components/clusters/list/cluster-list-states';
import { useIsClient } from '@/components/clusters/create/use-is-client';
import { useNow } from '@/components/clusters/detail/use-provisioning';
import { DownloadIcsButton } from '@/components/maintenance/download-ics-button';
import { OverlapFlags } from '@/components/maintenance/overlap-flags';
import { WeekGrid } from '@/components/maintenance/week-grid';
import { WindowTable } from '@/components/maintenance/window-table';
import { errorHint, LoadingBlock, QueryError } from '@/components/shared/query-states';
import { asBffError } from '@/lib/api/client';
import { clusterQueries } from '@/lib/api/clusters/queries';
import { datacenterQueries, datacentersById } from '@/lib/api/datacenters/queries';
import type { NodePoolListResponse, NodePoolResponse } from '@/lib/api/nodepools/schema';
import { nodePoolQueries } from '@/lib/api/nodepools/queries';
import { usePolledQuery } from '@/lib/browser/polled-query';
import { maintenanceResources } from '@/lib/calendar/resources';
import { overlapGroups } from '@/lib/calendar/week-layout';
import { datacenterDisplay } from '@/lib/format/datacenter';
import { localTimeZone } from '@/lib/format/date-time';

// react-query shares the combined result structurally: `data` keeps its identity until a pool list changes.
function combinePools(results: UseQueryResult<NodePoolListResponse>[]) {
  return {
    data: results.map((result) => result.data?.items),
    pending: results.filter((result) => result.isPending).length,
    failed: results.filter((result) => result.isError),
  };
}

/**
 * The week of maintenance windows: clusters from the list query, node pools from each cluster's pool list. The local
 * times need the browser's time zone, so the calendar renders after hydration (the server knows only UTC).
 */
export function MaintenanceCalendar() {
  const isClient = useIsClient();
  const now = useNow(true, 60_000);
  const clusters = usePolledQuery(clusterQueries.list());
  const datacenters = useQuery(datacenterQueries.list());
  const items = clusters.data?.items;
  // Windows rarely change: the pool lists are read once (and on a retry), not polled per cluster.
  const pools = useQueries({
    queries: (items ?? []).map((cluster) => ({ ...nodePoolQueries.list(cluster.id), refetchInterval: false as const })),
    combine: combinePools,
  });
  const poolMap = useMemo(() => {
    const map = new Map<string, readonly NodePoolResponse[]>();
    (items ?? []).forEach((cluster, index) => {
      const loaded = pools.data[index];
      if (loaded) map.set(cluster.id, loaded);
    });
    return map;
  }, [items, pools.data]);
  const resources = useMemo(() => maintenanceResources(items ?? [], poolMap), [items, poolMap]);
  const groups = useMemo(() => overlapGroups(resources), [resources]);
  const datacenterMap = useMemo(() => datacentersById(datacenters.data?.items), [datacenters.data]);
  const datacenterName = (id: string | undefined) => datacenterDisplay(id, datacenterMap).name;

  if (items === undefined) {
    if (clusters.isError) {
      return (
        <QueryError
          title="The clusters could not be loaded"
          error={asBffError(clusters.error)}
          hint={errorHint(clusters.error)}
          onRetry={() => void clusters.refetch()}
          retrying={clusters.isFetching}
        />
      );
    }
    return <LoadingBlock label="Loading maintenance windows…" className="h-96" />;
  }
  if (items.length === 0) return <NoClustersYet />;
  if (!isClient) return <LoadingBlock label="Loading maintenance windows…" className="h-96" />;

  const timeZone = localTimeZone();
  const { pending: pendingPools, failed: failedPools } = pools;
  const at = new Date(now);

  return (
    <div className="grid min-w-0 gap-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-muted-foreground">
          Times in your time zone ({timeZone}) with UTC alongside; the platform schedules maintenance in UTC.
        </p>
        <DownloadIcsButton resources={resources} now={at} disabled={pendingPools > 0} />
      </div>
      {pendingPools > 0 ? <LoadingBlock label={`Loading the node pools of ${pendingPools} of ${items.length} clusters…`} className="h-2" /> : null}
      {failedPools.length > 0 ? (
        <QueryError
          title={`The node pools of ${failedPools.length === 1 ? '1 cluster' : `${failedPools.length} clusters`} could not be loaded`}
          error={asBffError(failedPools[0]?.error)}
          hint="The calendar shows those clusters without their node pools."
          onRetry={() => failedPools.forEach((query) => void query.refetch())}
          retrying={failedPools.some((query) => query.isFetching)}
        />
      ) : null}
      {clusters.isError ? (
        <QueryError
          error={asBffError(clusters.error)}
          hint={errorHint(clusters.error)}
          onRetry={() => void clusters.refetch()}
          retrying={clusters.isFetching}
          stale="calendar"
        />
      ) : null}
      <OverlapFlags groups={groups} datacenterName={datacenterName} />
      <WeekGrid resources={resources} groups={groups} timeZone={timeZone} now={at} />
      <WindowTable resources={resources} groups={groups} timeZone={timeZone} now={at} datacenterName={datacenterName} />
    </div>
  );
}
