'use client';

import { QueryError } from '@/components/shared/query-states';
import { NodePoolSection } from '@/components/nodepools/list/node-pool-section';
import { LIST_LABEL, PoolBreadcrumb } from '@/components/nodepools/pool-breadcrumb';
import { ResourceStateBadge } from '@/components/shared/resource-state-badge';
import { isBffError } from '@/lib/api/client';
import { clusterQueries } from '@/lib/api/clusters/queries';
import { usePolledQuery } from '@/lib/browser/polled-query';
import { useDocumentTitle } from '@/lib/browser/use-document-title';

/** The node pools of one cluster on a page of their own (the cluster's page shows the same section). */
export function NodePoolListPage({ clusterId }: { clusterId: string }) {
  const cluster = usePolledQuery(clusterQueries.detail(clusterId));
  const name = cluster.data?.properties.name;
  const missing = isBffError(cluster.error) && cluster.error.status === 404;
  useDocumentTitle(name, 'Node pools');

  return (
    <>
      <PoolBreadcrumb clusterId={clusterId} clusterName={name} current={LIST_LABEL} />
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">{name ? `Node pools of ${name}` : 'Node pools'}</h1>
        {cluster.data ? <ResourceStateBadge state={cluster.data.metadata.state} /> : null}
      </div>
      {missing ? (
        <p className="text-muted-foreground">There is no cluster with this ID that your user can see. It may have been deleted.</p>
      ) : (
        <>
          {cluster.isError && !cluster.data ? (
            <QueryError
              title="The cluster could not be loaded"
              error={cluster.error}
              onRetry={() => void cluster.refetch()}
              retrying={cluster.isFetching}
            />
          ) : null}
          <NodePoolSection clusterId={clusterId} cluster={cluster.data} />
        </>
      )}
    </>
  );
}
