'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { CreateClusterButton } from '@/components/clusters/create-cluster-button';
import { NoClustersYet, NoMatchingClusters } from '@/components/clusters/list/cluster-list-states';
import { errorHint, QueryError } from '@/components/shared/query-states';
import { ClusterNameFilter } from '@/components/clusters/list/cluster-name-filter';
import { HoldNodePoolCounts } from '@/components/clusters/list/node-pool-count';
import { ClusterTable, ClusterTableSkeleton } from '@/components/clusters/list/cluster-table';
import { NotificationToggle } from '@/components/watch/browser-notifications';
import { ClusterStateFilter } from '@/components/clusters/list/cluster-state-filter';
import { ClusterCards } from '@/components/clusters/list/cluster-cards';
import { ListOptions, StateCounts } from '@/components/clusters/list/list-options';
import { ListPagination } from '@/components/clusters/list/list-pagination';
import { useListView } from '@/components/clusters/list/use-list-view';
import { useClusterNameFilter } from '@/components/clusters/list/use-cluster-name-filter';
import { asBffError } from '@/lib/api/client';
import { PAGE_SIZE, serializeListView, showList, toggleSort, type FirstRows, type ListPage } from '@/components/clusters/list/list-view';
import { clusterQueries } from '@/lib/api/clusters/queries';
import type { ClusterResponse } from '@/lib/api/clusters/schema';
import { datacenterQueries, datacentersById } from '@/lib/api/datacenters/queries';
import { usePolledQuery } from '@/lib/browser/polled-query';
import { useMediaQuery } from '@/lib/browser/media-query';

const NONE: readonly ClusterResponse[] = [];

// Tailwind's `max-sm`: below it the list is cards, from it on a table.
const NARROW = '(width < 40rem)';

// Rows are memoized; a `now` that moves each minute, not at every poll, lets unchanged rows skip rendering.
const minuteOf = (time: number) => Math.floor(time / 60_000) * 60_000;

function countText({ total, page, pageCount }: ListPage, all: number, pageSize: number): string {
  const clusters = total === 1 ? '1 cluster' : `${total} clusters`;
  const of = total === all ? clusters : `${clusters} of ${all}`;
  if (pageCount <= 1) return of;
  const first = (page - 1) * pageSize + 1;
  return `${first}–${Math.min(page * pageSize, total)} of ${of}`;
}

type ClusterListProps = {
  /** The signed-in user's e-mail: "Created" says "You" for their clusters, and the owner filter compares with it. */
  me?: string;
  /** Contract administrators see every cluster of the contract, so they get the owner filter. */
  administrator?: boolean;
  /** The rows the server rendered for the URL's view, shown until the browser has the whole list (list-view.ts). */
  first?: FirstRows;
};

/**
 * The clusters table with its filters, order and pages, all kept in the URL. The filter text finds clusters by name,
 * id or data center (lib/search/match.ts) among the loaded list at each keystroke; the API's name filter is asked too
 * once typing pauses, and what it answers joins the rows. State filter, owner, sorting and paging happen over the
 * fetched list (list-view.ts), so they cost no request. It polls through clusterQueries.list's refetchInterval, in one
 * visible tab only (usePolledQuery).
 */
export function ClusterList({ me, administrator = false, first }: ClusterListProps) {
  const { view, invalidName, navigate } = useListView();
  const queryClient = useQueryClient();
  const filter = useClusterNameFilter({
    urlName: invalidName ?? view.name,
    navigate,
    ask: (name) => void queryClient.prefetchQuery(clusterQueries.list({ name })),
  });
  // The server sent the first rows only: the browser asks for the whole list as the list hydrates, not after the
  // page's commit and effects (what react-query's usePrefetchQuery does, here in the browser only).
  if (typeof window !== 'undefined' && queryClient.getQueryState(clusterQueries.list().queryKey) === undefined) {
    void queryClient.prefetchQuery(clusterQueries.list());
  }
  const all = usePolledQuery(clusterQueries.list());
  const named = usePolledQuery({ ...clusterQueries.list({ name: filter.name }), enabled: filter.urlValid && filter.name !== '' });
  // Names of data centers are a nicety: without them the table shows ids (and the filter cannot find by them).
  const datacenters = useQuery(datacenterQueries.list());
  const datacenterMap = useMemo(() => datacentersById(datacenters.data?.items), [datacenters.data]);
  // Both layouts until the browser says which one shows (the server cannot know); then only that one.
  const narrow = useMediaQuery(NARROW);

  // What the input holds (when valid), ahead of the URL by the debounce: the rows follow it at once.
  const typed = filter.draftError ? filter.name : filter.draft;
  const answer = typed && typed === filter.name ? named.data?.items : undefined;
  // Done when the whole list is here and the API answered for what is typed (if anything is).
  const answered = all.data !== undefined && (!typed || answer !== undefined);
  const failed = all.isError ? all : named.isError ? named : undefined;
  // The node pool counts of the rows wait while a name is typed, and for the API's answer for it (unless that failed):
  // their 25 requests and renders would otherwise compete with the keystrokes and that answer for the main thread.
  const holdCounts = filter.typing || (!answered && failed === undefined);
  // A name typed but not yet in the URL starts at page 1, as it will once it is.
  const shownView = useMemo(() => (typed === filter.name ? view : { ...view, page: 1 }), [typed, filter.name, view]);
  const mine = administrator && Boolean(view.mine);
  // Without the whole list yet, the API's answer for a typed name is what there is to show.
  const source = all.data?.items ?? (answer ? NONE : undefined);
  const loaded = useMemo(
    () => (source ? showList({ all: source, typed, answer, datacenters: datacenterMap, me, mine, view: shownView }) : undefined),
    [source, typed, answer, datacenterMap, me, mine, shownView],
  );
  // Until the whole list is here, the server's first rows, for as long as the view is the one they were rendered for.
  const firstRows = !all.data && first && typed === view.name && first.view === serializeListView(shownView) ? first : undefined;
  const shown = firstRows?.shown ?? loaded;
  const updatedAt = all.data ? all.dataUpdatedAt : firstRows ? firstRows.updatedAt : named.dataUpdatedAt;
  const pageSize = view.size ?? PAGE_SIZE;
  const nothingYet = (all.data ? all.data.items.length === 0 : firstRows?.empty === true) && !typed;
  const retry = () => void (failed ?? all).refetch();

  function clearFilters() {
    filter.reset();
    navigate({ name: '', state: undefined, mine: false });
  }

  function body() {
    if (!filter.urlValid) return null;
    if (shown === undefined) {
      if (all.isError)
        return (
          <QueryError
            title="The clusters could not be loaded"
            error={asBffError(all.error)}
            hint={errorHint(all.error)}
            onRetry={retry}
            retrying={all.isFetching}
          />
        );
      return <ClusterTableSkeleton />;
    }
    if (nothingYet) return <NoClustersYet />;
    const { owned, counts, listPage } = shown;
    return (
      <>
        {failed ? (
          <QueryError
            title="The clusters could not be refreshed"
            error={asBffError(failed.error)}
            hint={errorHint(failed.error)}
            onRetry={retry}
            retrying={failed.isFetching}
            stale="table"
          />
        ) : null}
        <p role="status" className="sr-only">
          {listPage.total === 0 ? 'No clusters match' : countText(listPage, owned, pageSize)}
        </p>
        <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
          <StateCounts counts={counts} state={view.state} navigate={navigate} />
          <ListOptions view={view} navigate={navigate} administrator={administrator} />
        </div>
        {listPage.total === 0 ? (
          <NoMatchingClusters name={typed} state={view.state} onClear={clearFilters} />
        ) : (
          <>
            <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
              <span aria-hidden="true" className="text-subtle-foreground">
                {countText(listPage, owned, pageSize)}
              </span>
              <ListPagination page={listPage.page} pageCount={listPage.pageCount} onPage={(page) => navigate({ page })} position="top" />
            </div>
            <HoldNodePoolCounts value={holdCounts}>
              {narrow === true ? null : (
                <div className="max-sm:hidden">
                  <ClusterTable
                    clusters={listPage.rows}
                    datacenters={datacenterMap}
                    now={minuteOf(updatedAt)}
                    caption={
                      failed
                        ? `${countText(listPage, owned, pageSize)} as of ${new Date(updatedAt).toLocaleTimeString()}, not current: refreshing failed`
                        : `${countText(listPage, owned, pageSize)}, updated automatically`
                    }
                    sorting={{ sort: view.sort, dir: view.dir, onSort: (column) => navigate(toggleSort(view, column)) }}
                    busy={!answered}
                    me={me}
                  />
                </div>
              )}
              {narrow === false ? null : (
                <div className="sm:hidden">
                  <ClusterCards clusters={listPage.rows} datacenters={datacenterMap} now={minuteOf(updatedAt)} me={me} />
                </div>
              )}
            </HoldNodePoolCounts>
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
