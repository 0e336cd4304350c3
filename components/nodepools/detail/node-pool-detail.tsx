'use client';

import { useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useEffect } from 'react';
import { LoadingBlock, QueryError } from '@/components/shared/query-states';
import { NodePoolHeader } from '@/components/nodepools/detail/node-pool-header';
import { NodePoolProperties } from '@/components/nodepools/detail/node-pool-properties';
import { ReplaceCallout } from '@/components/nodepools/detail/replace-callout';
import { nodePoolListHref } from '@/lib/routes';
import { PoolBreadcrumb } from '@/components/nodepools/pool-breadcrumb';
import { buttonVariants } from '@/components/ui/button';
import { isBffError } from '@/lib/api/client';
import { clusterQueries } from '@/lib/api/clusters/queries';
import { nodePoolKeys, nodePoolQueries } from '@/lib/api/nodepools/queries';
import { usePolledQuery } from '@/lib/browser/polled-query';
import { useDocumentTitle } from '@/lib/browser/use-document-title';
import { useArrivalFocus } from '@/components/watch/use-arrival-focus';

type DetailProps = { clusterId: string; nodePoolId: string; replaces?: string };

/** One node pool, polled while the platform works on it (nodePoolQueries.detail's refetchInterval), in one tab only. */
export function NodePoolDetail({ clusterId, nodePoolId, replaces }: DetailProps) {
  const queryClient = useQueryClient();
  const query = usePolledQuery(nodePoolQueries.detail(clusterId, nodePoolId));
  const cluster = usePolledQuery(clusterQueries.detail(clusterId));
  const pool = query.data;
  const gone = isBffError(query.error) && query.error.status === 404;

  useEffect(() => {
    // The list should not show it on the way back.
    if (gone) void queryClient.invalidateQueries({ queryKey: nodePoolKeys.list(clusterId) });
  }, [gone, clusterId, queryClient]);

  const name = pool?.properties.name;
  useDocumentTitle(name, 'Node pool');
  useArrivalFocus({ kind: 'nodepool', clusterId, id: nodePoolId }, pool !== undefined && !gone);
  const breadcrumb = <PoolBreadcrumb clusterId={clusterId} clusterName={cluster.data?.properties.name} current={name ?? 'Node pool'} />;

  function body() {
    if (gone) {
      return (
        <div className="grid gap-4">
          <h1 className="text-2xl font-semibold">{pool ? 'This node pool no longer exists' : 'Node pool not found'}</h1>
          <p className="text-muted-foreground">
            {pool ? `“${name ?? nodePoolId}” was deleted.` : 'There is no node pool with this ID in this cluster. It may have been deleted.'}
          </p>
          <Link href={nodePoolListHref(clusterId)} className={buttonVariants({ variant: 'outline', className: 'w-fit' })}>
            Back to the node pools
          </Link>
        </div>
      );
    }
    if (!pool) {
      if (query.isError) {
        return (
          <QueryError
            title="The node pool could not be loaded"
            error={query.error}
            onRetry={() => void query.refetch()}
            retrying={query.isFetching}
          />
        );
      }
      return <LoadingBlock label="Loading the node pool…" className="h-48" />;
    }
    return (
      <>
        <NodePoolHeader clusterId={clusterId} pool={pool} clusterState={cluster.data?.metadata.state} />
        {query.isError ? (
          <QueryError
            title="The node pool could not be refreshed"
            error={query.error}
            stale="page"
            onRetry={() => void query.refetch()}
            retrying={query.isFetching}
          />
        ) : null}
        {replaces ? <ReplaceCallout clusterId={clusterId} pool={pool} oldPoolId={replaces} /> : null}
        <NodePoolProperties pool={pool} now={query.dataUpdatedAt} />
      </>
    );
  }

  return (
    <div className="grid gap-6">
      {breadcrumb}
      {body()}
    </div>
  );
}
