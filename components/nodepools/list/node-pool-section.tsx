'use client';

import Link from 'next/link';
import { useId } from 'react';
import { LoadingBlock, QueryError } from '@/components/shared/query-states';
import { NodePoolTable } from '@/components/nodepools/list/node-pool-table';
import { NodePoolTotals } from '@/components/nodepools/list/node-pool-totals';
import { useClusterRole } from '@/components/portal/team/use-cluster-team';
import { newNodePoolHref } from '@/lib/routes';
import { addPoolAvailability } from '@/components/nodepools/pool-actions';
import type { Availability } from '@/components/shared/availability';
import { Button, buttonVariants } from '@/components/ui/button';
import type { ClusterResponse } from '@/lib/api/clusters/schema';
import type { ResourceState } from '@/lib/api/common/schema';
import { isOperatorsPool } from '@/lib/api/nodepools/operators';
import { nodePoolQueries } from '@/lib/api/nodepools/queries';
import type { NodePoolResponse } from '@/lib/api/nodepools/schema';
import { nodePoolTotals } from '@/lib/api/nodepools/totals';
import { usePolledQuery } from '@/lib/browser/polled-query';

const NO_POOLS_EVER: ReadonlySet<ResourceState> = new Set(['FAILED', 'DESTROYING', 'FAILED_DESTROYING', 'TERMINATED']);

/** The operators' pool first (it comes with the cluster), the others in the API's order. */
function ordered(pools: readonly NodePoolResponse[]): NodePoolResponse[] {
  return [...pools.filter((pool) => isOperatorsPool(pool)), ...pools.filter((pool) => !isOperatorsPool(pool))];
}

/**
 * "Add node pool", always at the heading's right (a disabled one too, so it does not jump when the cluster becomes
 * available); the reason sits under the heading row.
 */
function AddNodePool({ clusterId, add, reasonId }: { clusterId: string; add: Availability; reasonId: string }) {
  if (add.enabled) {
    return (
      <Link href={newNodePoolHref(clusterId)} className={buttonVariants({ size: 'sm', className: 'ml-auto' })}>
        Add node pool
      </Link>
    );
  }
  // A link cannot be disabled: a disabled button, described by the reason, says why there is no way on.
  return (
    <Button size="sm" className="ml-auto" disabled aria-describedby={reasonId}>
      Add node pool
    </Button>
  );
}

type NodePoolSectionProps = { clusterId: string; cluster?: ClusterResponse };

/** The cluster's node pools: totals, one row per pool (polled while any is changing) and "Add node pool". */
export function NodePoolSection({ clusterId, cluster }: NodePoolSectionProps) {
  const headingId = useId();
  const reasonId = useId();
  const add = addPoolAvailability(cluster?.metadata.state, useClusterRole(clusterId));
  // A cluster that failed or goes away takes no pools ever again: its page says why once, and no button is offered.
  const offered = !(cluster?.metadata.state && NO_POOLS_EVER.has(cluster.metadata.state));
  const query = usePolledQuery(nodePoolQueries.list(clusterId));
  const pools = query.data?.items;

  function body() {
    if (!pools) {
      if (query.isError) {
        return (
          <QueryError
            title="The node pools could not be loaded"
            error={query.error}
            onRetry={() => void query.refetch()}
            retrying={query.isFetching}
          />
        );
      }
      return <LoadingBlock label="Loading node pools…" />;
    }
    return (
      <>
        {query.isError ? (
          <QueryError
            title="The node pools could not be refreshed"
            error={query.error}
            stale="list"
            onRetry={() => void query.refetch()}
            retrying={query.isFetching}
          />
        ) : null}
        <NodePoolTotals totals={nodePoolTotals(pools)} />
        {pools.length === 0 ? (
          <p className="text-sm text-muted-foreground">This cluster has no node pools yet.</p>
        ) : (
          <NodePoolTable clusterId={clusterId} pools={ordered(pools)} now={query.dataUpdatedAt} clusterState={cluster?.metadata.state} />
        )}
      </>
    );
  }

  return (
    <section aria-labelledby={headingId} className="grid gap-4 rounded-lg border border-border p-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="grid max-w-3xl min-w-64 flex-1 gap-1">
          <h2 id={headingId} className="text-base font-semibold">
            Node pools
          </h2>
          <p className="text-sm text-muted-foreground">
            The operators&apos; pool comes with the cluster; add pools sized for your Stackable workloads. States refresh on their own.
          </p>
        </div>
        {offered ? <AddNodePool clusterId={clusterId} add={add} reasonId={reasonId} /> : null}
      </div>
      {add.enabled || !offered ? null : (
        <p id={reasonId} className="text-sm text-muted-foreground">
          {add.reason}
        </p>
      )}
      {body()}
    </section>
  );
}
