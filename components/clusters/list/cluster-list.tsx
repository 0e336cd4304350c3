'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { CreateClusterButton } from '@/components/clusters/create-cluster-button';
import { NoClustersYet, NoMatchingClusters } from '@/components/clusters/list/cluster-list-states';
import { errorHint, QueryError } from '@/components/shared/query-states';
import { ClusterNameFilter } from '@/components/clusters/list/cluster-name-filter';
import { ClusterTable, ClusterTableSkeleton } from '@/components/clusters/list/cluster-table';
import { NotificationToggle } from '@/components/watch/browser-notifications';
import { ClusterStateFilter } from '@/components/clusters/list/cluster-state-filter';
import { ListPagination } from '@/components/clusters/list/list-pagination';
import { useListView } from '@/components/clusters/list/use-list-view';
import { useClusterNameFilter } from '@/components/clusters/list/use-cluster-name-filter';
import { asBffError } from '@/lib/api/client';
import { applyListView, narrowLoaded, PAGE_SIZE, toggleSort, type ListPage } from '@/components/clusters/list/list-view';
import { cachedClusterLists, clusterQueries } from '@/lib/api/clusters/queries';
import { datacenterQueries, datacentersById } from '@/lib/api/datacenters/queries';
import { usePolledQuery } from '@/lib/browser/polled-query';

// Rows are memoized; a `now` that moves each minute, not at every poll, lets unchanged rows skip rendering.
const minuteOf = (time: number) => Math.floor(time / 60_000) * 60_000;

function countText({ total, page, pageCount }: ListPage, all: number): string {
  const clusters = total === 1 ? '1 cluster' : `${total} clusters`;
  const of = total === all ? clusters : `${clusters} of ${all}`;
  if (pageCount <= 1) return of;
  const first = (page - 1) * PAGE_SIZE + 1;
  return `${first}–${Math.min(page * PAGE_SIZE, total)} of ${of}`;
}

/**
 * The clusters table with its filters, order and pages, all kept in the URL. The API filters by name;
 * the state filter, sorting and paging happen over the fetched list (list-view.ts), so they cost no request.
 * The name filter narrows the loaded rows at each keystroke and asks the API once typing pauses.
 * It polls through clusterQueries.list's refetchInterval, in one visible tab only (usePolledQuery).
 */
export function ClusterList() {
  const { view, invalidName, navigate } = useListView();
  const filter = useClusterNameFilter({ urlName: invalidName ?? view.name, navigate });
  const queryClient = useQueryClient();
  const clusters = usePolledQuery({ ...clusterQueries.list({ name: filter.name }), enabled: filter.urlValid });
  // Names of data centers are a nicety: without them the table shows ids.
  const datacenters = useQuery(datacenterQueries.list());
  const datacenterMap = useMemo(() => datacentersById(datacenters.data?.items), [datacenters.data]);

  // What the input holds (when valid), ahead of the URL by the debounce: the rows follow it at once.
  const typed = filter.draftError ? filter.name : filter.draft;
  // The API's answer for what is typed is shown as it is; until it comes, the loaded rows narrowed here.
  const { data, dataUpdatedAt } = clusters;
  const answered = typed === filter.name && data !== undefined;
  const shown = useMemo(
    () => (answered && data ? { items: data.items, updatedAt: dataUpdatedAt } : narrowLoaded(typed, cachedClusterLists(queryClient))),
    [answered, data, dataUpdatedAt, typed, queryClient],
  );
  const items = shown?.items;
  // A name typed but not yet in the URL starts at page 1, as it will once it is.
  const shownView = useMemo(() => (typed === filter.name ? view : { ...view, page: 1 }), [typed, filter.name, view]);
  const listPage = useMemo(() => (items ? applyListView(items, shownView) : undefined), [items, shownView]);
  const nothingYet = items !== undefined && items.length === 0 && !typed && answered;
  const retry = () => void clusters.refetch();

  function clearFilters() {
    filter.reset();
    navigate({ name: '', state: undefined });
  }

  function body() {
    if (!filter.urlValid) return null;
    if (items === undefined || listPage === undefined) {
      if (clusters.isError)
        return (
          <QueryError
            title="The clusters could not be loaded"
            error={asBffError(clusters.error)}
            hint={errorHint(clusters.error)}
            onRetry={retry}
            retrying={clusters.isFetching}
          />
        );
      return <ClusterTableSkeleton />;
    }
    if (nothingYet) return <NoClustersYet />;
    return (
      <>
        {clusters.isError ? (
          <QueryError
            title="The clusters could not be refreshed"
            error={asBffError(clusters.error)}
            hint={errorHint(clusters.error)}
            onRetry={retry}
            retrying={clusters.isFetching}
            stale="table"
          />
        ) : null}
        <p role="status" className="sr-only">
          {listPage.total === 0 ? 'No clusters match' : countText(listPage, items.length)}
        </p>
        {listPage.total === 0 ? (
          <NoMatchingClusters name={typed} state={view.state} onClear={clearFilters} />
        ) : (
          <>
            <ClusterTable
              clusters={listPage.rows}
              datacenters={datacenterMap}
              now={minuteOf(shown?.updatedAt ?? 0)}
              caption={
                clusters.isError
                  ? `${countText(listPage, items.length)} as of ${new Date(shown?.updatedAt ?? 0).toLocaleTimeString()}, not current: refreshing failed`
                  : `${countText(listPage, items.length)}, updated automatically`
              }
              sorting={{ sort: view.sort, dir: view.dir, onSort: (column) => navigate(toggleSort(view, column)) }}
              busy={!answered}
            />
            <ListPagination page={listPage.page} pageCount={listPage.pageCount} onPage={(page) => navigate({ page })} />
          </>
        )}
      </>
    );
  }

  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-end gap-4">
        <ClusterNameFilter value={filter.draft} error={filter.draftError} onChange={filter.onDraftChange} onSubmit={filter.applyNow} />
        <ClusterStateFilter value={view.state} onChange={(state) => navigate({ state })} />
        <div className="ml-auto flex flex-wrap items-center gap-2">
          <NotificationToggle />
          {nothingYet ? null : <CreateClusterButton />}
        </div>
      </div>
      {body()}
    </div>
  );
}
