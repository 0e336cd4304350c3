'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { ClusterListError, CreateClusterLink, NoClustersYet, NoMatchingClusters } from '@/components/clusters/cluster-list-states';
import { ClusterNameFilter } from '@/components/clusters/cluster-name-filter';
import { ClusterTable, ClusterTableSkeleton } from '@/components/clusters/cluster-table';
import { useClusterNameFilter } from '@/components/clusters/use-cluster-name-filter';
import { ApiError } from '@/lib/api/client';
import { clusterQueries } from '@/lib/api/clusters/queries';
import { datacenterQueries, datacentersById } from '@/lib/api/datacenters/queries';

function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError({ status: 0, message: 'Something went wrong in the console. Reload the page.' });
}

/** The clusters table with its name filter; it polls through clusterQueries.list's refetchInterval. */
export function ClusterList() {
  const filter = useClusterNameFilter();
  const clusters = useQuery({ ...clusterQueries.list({ name: filter.name }), enabled: filter.urlValid, placeholderData: keepPreviousData });
  // Names of data centers are a nicety: without them the table shows ids.
  const datacenters = useQuery(datacenterQueries.list());
  const datacenterMap = datacentersById(datacenters.data?.items);

  const items = clusters.data?.items;
  const nothingYet = items !== undefined && items.length === 0 && !filter.name && !clusters.isPlaceholderData;
  const retry = () => void clusters.refetch();

  function body() {
    if (!filter.urlValid) return null;
    if (items === undefined) {
      if (clusters.isError) return <ClusterListError error={asApiError(clusters.error)} onRetry={retry} retrying={clusters.isFetching} />;
      return <ClusterTableSkeleton />;
    }
    if (nothingYet) return <NoClustersYet />;
    return (
      <>
        {clusters.isError ? <ClusterListError error={asApiError(clusters.error)} onRetry={retry} retrying={clusters.isFetching} stale /> : null}
        {items.length === 0 ? (
          <NoMatchingClusters name={filter.name} onClear={filter.clear} />
        ) : (
          <ClusterTable clusters={items} datacenters={datacenterMap} now={clusters.dataUpdatedAt} busy={clusters.isPlaceholderData} />
        )}
      </>
    );
  }

  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <ClusterNameFilter value={filter.draft} error={filter.draftError} onChange={filter.onDraftChange} onSubmit={filter.applyNow} />
        {nothingYet ? null : <CreateClusterLink />}
      </div>
      {body()}
    </div>
  );
}
