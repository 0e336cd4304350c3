'use client';

import { useQuery } from '@tanstack/react-query';
import { createContext, use } from 'react';
import { Skeleton } from '@/components/ui/skeleton';
import { usePainted } from '@/lib/browser/after-paint';
import { nodePoolQueries } from '@/lib/api/nodepools/queries';

/** True while a name is typed or a newer answer for the list's filter is on its way: the counts of the rows wait. */
export const HoldNodePoolCounts = createContext(false);

/**
 * How many node pools a cluster has. Only rows of the current page mount this, so a page of 25 costs at
 * most 25 requests however many clusters there are. The count is not polled (pool states do not change
 * it); it refreshes when older than a minute and the page is shown again. The requests start once the rows are
 * painted (lib/browser/after-paint): a page change shows its rows first, a count it already knows at once. They go at
 * low priority, and not at all while the list holds them (HoldNodePoolCounts): while a name is typed (until half a
 * second after the last key) and until the API's answer for it is painted. The rows change at each keystroke, and 25
 * counts (about 2 ms of the main thread each to start, then a render and a table layout each) would delay the next
 * keystroke's rows and that answer.
 */
export function NodePoolCount({ clusterId }: { clusterId: string }) {
  const painted = usePainted(!use(HoldNodePoolCounts));
  const pools = useQuery({
    ...nodePoolQueries.list(clusterId, { priority: 'low' }),
    refetchInterval: false,
    staleTime: 60_000,
    enabled: painted,
  });
  if (pools.data) return <span className="tabular-nums">{pools.data.items.length}</span>;
  if (pools.isError) {
    const message = pools.error instanceof Error ? pools.error.message : 'The node pools could not be loaded.';
    return (
      <span title={message} className="text-subtle-foreground">
        <span aria-hidden="true">–</span>
        <span className="sr-only">Not known: {message}</span>
      </span>
    );
  }
  return (
    <>
      <Skeleton className="h-4 w-6" />
      <span className="sr-only">Loading</span>
    </>
  );
}
