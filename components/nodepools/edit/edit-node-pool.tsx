'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { LoadingBlock, QueryError } from '@/components/shared/query-states';
import { EditNodePoolForm } from '@/components/nodepools/edit/edit-node-pool-form';
import { ReadOnlyMachine } from '@/components/nodepools/edit/read-only-machine';
import { nodePoolHref } from '@/lib/routes';
import { PoolBreadcrumb } from '@/components/nodepools/pool-breadcrumb';
import { editPoolAvailability, poolSettingsAvailability } from '@/components/nodepools/pool-actions';
import { useClusterRole } from '@/components/portal/team/use-cluster-team';
import { clusterQueries } from '@/lib/api/clusters/queries';
import { isBffError } from '@/lib/api/client';
import { nodePoolKeys, nodePoolQueries } from '@/lib/api/nodepools/queries';
import type { NodePoolResponse } from '@/lib/api/nodepools/schema';
import { usePolledQuery } from '@/lib/browser/polled-query';

/**
 * The edit page: the form starts from the pool as first loaded (the baseline of the ETag check) while the
 * query keeps polling, so a transitional state blocks and unblocks the form live.
 */
export function EditNodePool({ clusterId, nodePoolId }: { clusterId: string; nodePoolId: string }) {
  const queryClient = useQueryClient();
  const query = usePolledQuery(nodePoolQueries.detail(clusterId, nodePoolId));
  const cluster = usePolledQuery(clusterQueries.detail(clusterId));
  const [loaded, setLoaded] = useState<{ pool: NodePoolResponse; version: number } | null>(null);
  if (!loaded && query.data) setLoaded({ pool: query.data, version: 0 });

  const role = useClusterRole(clusterId);
  const pool = query.data ?? loaded?.pool;
  const name = pool?.properties.name;

  function body() {
    if (!loaded || !pool) {
      if (query.isError) {
        const gone = isBffError(query.error) && query.error.status === 404;
        return (
          <QueryError
            title={gone ? 'This node pool does not exist (any more)' : 'The node pool could not be loaded'}
            error={query.error}
            onRetry={() => void query.refetch()}
            retrying={query.isFetching}
          />
        );
      }
      return <LoadingBlock label="Loading the node pool…" className="h-48" />;
    }
    const edit = editPoolAvailability(pool, cluster.data?.metadata.state, role);
    const settings = poolSettingsAvailability(role);
    return (
      <>
        <ReadOnlyMachine clusterId={clusterId} pool={loaded.pool} role={role} />
        <EditNodePoolForm
          key={loaded.version}
          clusterId={clusterId}
          loaded={loaded.pool}
          clusterWindow={cluster.data?.properties.maintenanceWindow}
          blockedReason={edit.enabled ? undefined : edit.reason}
          settingsLockedReason={settings.enabled ? undefined : settings.reason}
          onReload={(current) => {
            queryClient.setQueryData(nodePoolKeys.detail(clusterId, nodePoolId), current);
            setLoaded({ pool: current, version: loaded.version + 1 });
          }}
        />
      </>
    );
  }

  return (
    <div className="grid gap-6">
      <PoolBreadcrumb
        clusterId={clusterId}
        clusterName={cluster.data?.properties.name}
        trail={[{ label: name ?? 'Node pool', href: nodePoolHref(clusterId, nodePoolId) }]}
        current="Edit"
      />
      <div className="grid gap-1">
        <h1 className="text-2xl font-semibold break-all">{name ? `Edit ${name}` : 'Edit node pool'}</h1>
        <p className="text-sm text-muted-foreground">
          Node count, autoscaling, maintenance window, labels and annotations can change; the preview shows what will be sent.
        </p>
      </div>
      {body()}
    </div>
  );
}
