'use client';

import Link from 'next/link';
import { useId } from 'react';
import { LoadingBlock, QueryError } from '@/components/shared/query-states';
import { NodePoolTable } from '@/components/nodepools/list/node-pool-table';
import { NodePoolTotals } from '@/components/nodepools/list/node-pool-totals';
import { newNodePoolHref } from '@/lib/routes';
import { addPoolAvailability } from '@/components/nodepools/pool-actions';
import { Button, buttonVariants } from '@/components/ui/button';
import type { ClusterResponse } from '@/lib/api/clusters/schema';
import { isOperatorsPool } from '@/lib/api/nodepools/operators';
import { nodePoolQueries } from '@/lib/api/nodepools/queries';
import type { NodePoolResponse } from '@/lib/api/nodepools/schema';
import { nodePoolTotals } from '@/lib/api/nodepools/totals';
import { usePolledQuery } from '@/lib/browser/polled-query';

/** The operators' pool first (it comes with the cluster), the others in the API's order. */
function ordered(pools: readonly NodePoolResponse[]): NodePoolResponse[] {
  return [...pools.filter((pool) => isOperatorsPool(pool)), ...pools.filter((pool) => !isOperatorsPool(pool))];
}

function AddNodePool({ clusterId, cluster }: { clusterId: string; cluster?: ClusterResponse }) {
  const reasonId = useId();
  const add = addPoolAvailability(cluster?.metadata.state);
  if (add.enabled) {
    return (
      <Link href={newNodePoolHref(clusterId)} className={buttonVariants({ size: 'sm' })}>
        Add node pool
      </Link>
    );
  }
  return (
    <div className="grid justify-items-end gap-1">
      {/* A link cannot be disabled: a disabled button with the reason beside it says why there is no way on. */}
      <Button size="sm" disabled aria-describedby={reasonId}>
        Add node pool
      </Button>
      <p id={reasonId} className="text-xs text-muted-foreground">
        {add.reason}
      </p>
    </div>
  );
}

type NodePoolSectionProps = { clusterId: string; cluster?: ClusterResponse };

/** The cluster's node pools: totals, one row per pool (polled while any is changing) and "Add node pool". */
export function NodePoolSection({ clusterId, cluster }: NodePoolSectionProps) {
  const headingId = useId();
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
          <NodePoolTable clusterId={clusterId} pools={ordered(pools)} now={query.dataUpdatedAt} />
        )}
      </>
    );
  }

  return (
    <section aria-labelledby={headingId} className="grid gap-4 rounded-lg border border-border p-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="grid gap-1">
          <h2 id={headingId} className="text-base font-semibold">
            Node pools
          </h2>
          <p className="text-sm text-muted-foreground">
            The operators&apos; pool comes with the cluster; add pools sized for your Stackable workloads. States refresh on their own.
          </p>
        </div>
        <AddNodePool clusterId={clusterId} cluster={cluster} />
      </div>
      {body()}
    </section>
  );
}
