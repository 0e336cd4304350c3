'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { LoadingBlock, QueryError } from '@/components/shared/query-states';
import { defaultCreateNodePoolForm, formValuesFromPool, type CreateNodePoolFormInput } from '@/components/nodepools/create/form-schema';
import { nodePoolWizard } from '@/components/nodepools/create/wizard';
import { WizardForm } from '@/components/nodepools/create/wizard-form';
import { PoolBreadcrumb } from '@/components/nodepools/pool-breadcrumb';
import { addPoolAvailability } from '@/components/nodepools/pool-actions';
import type { ClusterResponse } from '@/lib/api/clusters/schema';
import { clusterQueries } from '@/lib/api/clusters/queries';
import { datacenterQueries } from '@/lib/api/datacenters/queries';
import { nodePoolQueries } from '@/lib/api/nodepools/queries';
import type { NodePoolResponse } from '@/lib/api/nodepools/schema';
import { usePolledQuery } from '@/lib/browser/polled-query';

/** Draft first (nothing typed is lost), else the pool being replaced, else the contract's defaults. */
function useInitialValues(key: string, cluster: ClusterResponse, replacing: NodePoolResponse | undefined): CreateNodePoolFormInput {
  const [initial] = useState(() => {
    const window = cluster.properties.maintenanceWindow;
    return nodePoolWizard.draft.read(key) ?? (replacing ? formValuesFromPool(replacing, window) : defaultCreateNodePoolForm(window));
  });
  return initial;
}

type LoadedProps = { clusterId: string; cluster: ClusterResponse; replacing?: NodePoolResponse };

function LoadedWizard({ clusterId, cluster, replacing }: LoadedProps) {
  const key = nodePoolWizard.draft.key(clusterId, replacing?.id);
  const initial = useInitialValues(key, cluster, replacing);
  const datacenters = useQuery(datacenterQueries.list());
  const pools = usePolledQuery(nodePoolQueries.list(clusterId));
  const datacenter = datacenters.data?.items.find((dc) => dc.id === cluster.properties.datacenterId);
  // A data center the Cloud API does not list (or lists without families): only AUTO and the contract's rules.
  const architectures = datacenters.data ? (datacenter?.properties.cpuArchitecture ?? []) : undefined;
  const taken = new Map(
    (pools.data?.items ?? []).flatMap((p) => (p.properties.name ? [[p.properties.name.toLowerCase(), p.properties.name] as const] : [])),
  );
  const add = addPoolAvailability(cluster.metadata.state);

  return (
    <WizardForm
      clusterId={clusterId}
      initial={initial}
      draftKey={key}
      clusterWindow={cluster.properties.maintenanceWindow}
      architectures={architectures}
      datacenterError={datacenters.isError ? datacenters.error : undefined}
      datacenterRetrying={datacenters.isFetching}
      onRetryDatacenter={() => void datacenters.refetch()}
      takenNames={taken}
      blockedReason={add.enabled ? undefined : add.reason}
      replaces={replacing ? { id: replacing.id, name: replacing.properties.name ?? replacing.id } : undefined}
    />
  );
}

/** The create wizard once the cluster (and the pool being replaced, if any) is known. */
export function CreateNodePoolWizard({ clusterId, replace }: { clusterId: string; replace?: string }) {
  const cluster = usePolledQuery(clusterQueries.detail(clusterId));
  const replacing = usePolledQuery({ ...nodePoolQueries.detail(clusterId, replace ?? ''), enabled: Boolean(replace) });
  const name = cluster.data?.properties.name;

  function body() {
    if (!cluster.data) {
      if (cluster.isError) {
        return (
          <QueryError
            title="The cluster could not be loaded"
            error={cluster.error}
            onRetry={() => void cluster.refetch()}
            retrying={cluster.isFetching}
          />
        );
      }
      return <LoadingBlock label="Loading the cluster…" />;
    }
    if (replace && !replacing.data) {
      if (replacing.isError) {
        return (
          <QueryError
            title="The node pool to replace could not be loaded"
            error={replacing.error}
            onRetry={() => void replacing.refetch()}
            retrying={replacing.isFetching}
          />
        );
      }
      return <LoadingBlock label="Loading the node pool to replace…" />;
    }
    return <LoadedWizard clusterId={clusterId} cluster={cluster.data} replacing={replace ? replacing.data : undefined} />;
  }

  return (
    <div className="grid gap-6">
      <PoolBreadcrumb clusterId={clusterId} clusterName={name} current="New node pool" />
      <div className="grid gap-1">
        <h1 className="text-2xl font-semibold">{replace ? 'Replace a node pool' : 'Add a node pool'}</h1>
        <p className="text-sm text-muted-foreground">
          {name ? `For cluster “${name}”. ` : ''}What you enter is kept in this tab until the pool is created, also across a reload.
        </p>
      </div>
      {body()}
    </div>
  );
}
