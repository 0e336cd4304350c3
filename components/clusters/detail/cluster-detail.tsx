'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { ClusterDetailSkeleton, ClusterGone, ClusterLoadError } from '@/components/clusters/detail/cluster-detail-states';
import { ClusterHeader } from '@/components/clusters/detail/cluster-header';
import { ClusterProperties } from '@/components/clusters/detail/cluster-properties';
import { GettingStarted } from '@/components/clusters/detail/getting-started';
import { KubeconfigPanel } from '@/components/clusters/detail/kubeconfig-panel';
import { QueryError } from '@/components/shared/query-states';
import { NodePoolSection } from '@/components/nodepools/list/node-pool-section';
import { ProvisioningStatus } from '@/components/clusters/detail/provisioning-status';
import { useObservedTimeline } from '@/components/clusters/detail/use-provisioning';
import type { TrackedPhase } from '@/components/clusters/detail/provisioning';
import { useArrivalFocus } from '@/components/watch/use-arrival-focus';
import { datacenterDisplay } from '@/lib/format/datacenter';
import { useDocumentTitle } from '@/lib/browser/use-document-title';
import { asBffError, isBffError } from '@/lib/api/client';
import { clusterKeys, clusterQueries } from '@/lib/api/clusters/queries';
import { datacenterQueries, datacentersById } from '@/lib/api/datacenters/queries';
import { nodePoolKeys } from '@/lib/api/nodepools/queries';
import { usePolledQuery } from '@/lib/browser/polled-query';

type ClusterDetailProps = {
  clusterId: string;
  /** Typical durations of changes, until this browser measured its own (typical-durations.ts). */
  typicalDurations?: Partial<Record<TrackedPhase, number>>;
};

/** One cluster, polled while the platform works on it (clusterQueries.detail's refetchInterval), in one tab only. */
export function ClusterDetail({ clusterId, typicalDurations }: ClusterDetailProps) {
  const queryClient = useQueryClient();
  const query = usePolledQuery(clusterQueries.detail(clusterId));
  const cluster = query.data;
  const gone = isBffError(query.error) && query.error.status === 404;
  const timeline = useObservedTimeline(clusterId, { cluster, dataUpdatedAt: query.dataUpdatedAt, gone });

  useDocumentTitle(cluster?.properties.name, 'Cluster');
  useArrivalFocus({ kind: 'cluster', id: clusterId }, cluster !== undefined && !gone);

  const datacenterId = cluster?.properties.datacenterId;
  // Names of data centers and LANs are a nicety: without them the page shows ids.
  const datacenters = useQuery({ ...datacenterQueries.list(), enabled: cluster !== undefined && !gone });
  const lans = useQuery({ ...datacenterQueries.lans(datacenterId ?? ''), enabled: Boolean(datacenterId) && !gone });

  useEffect(() => {
    if (!gone) return;
    // The clusters list should not show it on the way back; its pools went with it.
    void queryClient.invalidateQueries({ queryKey: clusterKeys.lists() });
    queryClient.removeQueries({ queryKey: nodePoolKeys.list(clusterId) });
  }, [gone, clusterId, queryClient]);

  const retry = () => void query.refetch();
  if (gone) return <ClusterGone seen={cluster !== undefined} name={cluster?.properties.name} />;
  if (!cluster) {
    if (query.isError) return <ClusterLoadError error={asBffError(query.error)} onRetry={retry} retrying={query.isFetching} />;
    return <ClusterDetailSkeleton />;
  }

  return (
    <div className="grid gap-6">
      <ClusterHeader cluster={cluster} datacenter={datacenterDisplay(datacenterId, datacentersById(datacenters.data?.items))} />
      {query.isError ? (
        <QueryError
          title="The cluster could not be refreshed"
          error={asBffError(query.error)}
          stale="page"
          onRetry={retry}
          retrying={query.isFetching}
        />
      ) : null}
      <div className="grid gap-6 lg:grid-cols-2">
        <ProvisioningStatus cluster={cluster} timeline={timeline} startedFallback={query.dataUpdatedAt} typicalDurations={typicalDurations} />
        <KubeconfigPanel cluster={cluster} />
      </div>
      <NodePoolSection clusterId={clusterId} cluster={cluster} />
      <GettingStarted cluster={cluster} />
      <ClusterProperties
        cluster={cluster}
        datacenters={datacentersById(datacenters.data?.items)}
        datacenterLans={lans.data?.items}
        now={query.dataUpdatedAt}
      />
    </div>
  );
}
