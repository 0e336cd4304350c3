'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { LoadingBlock, QueryError } from '@/components/shared/query-states';
import { CopyIntoDraft, useCopyOf } from '@/components/forms/wizard/copy-into-draft';
import { defaultCreateNodePoolForm, formValuesFromPool, type CreateNodePoolFormInput } from '@/components/nodepools/create/form-schema';
import { nodePoolWizard } from '@/components/nodepools/create/wizard';
import { WizardForm } from '@/components/nodepools/create/wizard-form';
import { PoolBreadcrumb } from '@/components/nodepools/pool-breadcrumb';
import { addPoolAvailability } from '@/components/nodepools/pool-actions';
import { useClusterRole } from '@/components/portal/team/use-cluster-team';
import { ROLE_CHECKING, roleAvailability } from '@/components/shared/availability';
import type { ClusterResponse } from '@/lib/api/clusters/schema';
import { clusterQueries } from '@/lib/api/clusters/queries';
import { datacenterQueries } from '@/lib/api/datacenters/queries';
import { nodePoolQueries } from '@/lib/api/nodepools/queries';
import type { NodePoolListResponse, NodePoolResponse } from '@/lib/api/nodepools/schema';
import { usePolledQuery } from '@/lib/browser/polled-query';
import { copyName, replacementName } from '@/lib/forms/derived-name';

type Copied = { source: string; name: string };

const poolNames = (pools: NodePoolListResponse | undefined) => (pools?.items ?? []).flatMap((p) => (p.properties.name ? [p.properties.name] : []));

type LoadedProps = {
  clusterId: string;
  cluster: ClusterResponse;
  replacing?: NodePoolResponse;
  pools: NodePoolListResponse | undefined;
  copied?: Copied;
};

function LoadedWizard({ clusterId, cluster, replacing, pools, copied }: LoadedProps) {
  const key = nodePoolWizard.draft.key(clusterId, replacing?.id);
  const window = cluster.properties.maintenanceWindow;
  // The fresh start: the pool being replaced under its successor's name, or the contract's defaults. The draft,
  // if any, comes first (nothing typed is lost); leaving asks only when the values differ from the fresh start.
  const [pristine] = useState<CreateNodePoolFormInput>(() =>
    replacing
      ? formValuesFromPool(replacing, replacementName(replacing.properties.name ?? 'pool', poolNames(pools)), window)
      : defaultCreateNodePoolForm(window),
  );
  const [initial] = useState(() => nodePoolWizard.draft.read(key) ?? pristine);
  const datacenters = useQuery(datacenterQueries.list());
  const datacenter = datacenters.data?.items.find((dc) => dc.id === cluster.properties.datacenterId);
  // A data center the Cloud API does not list (or lists without families): only AUTO and the contract's rules.
  const architectures = datacenters.data ? (datacenter?.properties.cpuArchitecture ?? []) : undefined;
  const taken = new Map(poolNames(pools).map((name) => [name.toLowerCase(), name] as const));
  const role = useClusterRole(clusterId);
  const add = addPoolAvailability(cluster.metadata.state, role);
  // A refusal by role does not pass like a busy cluster: said at the top of every step, not only on the review.
  const byRole = roleAvailability(role, 'create');

  return (
    <WizardForm
      clusterId={clusterId}
      initial={initial}
      pristine={pristine}
      draftKey={key}
      clusterWindow={window}
      architectures={architectures}
      datacenterError={datacenters.isError ? datacenters.error : undefined}
      datacenterRetrying={datacenters.isFetching}
      onRetryDatacenter={() => void datacenters.refetch()}
      takenNames={taken}
      blockedReason={add.enabled ? undefined : add.reason}
      roleRefusal={byRole.enabled || byRole.reason === ROLE_CHECKING ? undefined : byRole.reason}
      replaces={replacing ? { id: replacing.id, name: replacing.properties.name ?? replacing.id } : undefined}
      copied={copied}
    />
  );
}

/** The create wizard once the cluster (and the pool being replaced or copied, if any) is known. */
export function CreateNodePoolWizard({ clusterId, replace }: { clusterId: string; replace?: string }) {
  const copyOf = useCopyOf();
  const [copied, setCopied] = useState<Copied>();
  const cluster = usePolledQuery(clusterQueries.detail(clusterId));
  const source = replace ?? copyOf;
  const sourcePool = usePolledQuery({ ...nodePoolQueries.detail(clusterId, source ?? ''), enabled: Boolean(source) });
  const pools = usePolledQuery(nodePoolQueries.list(clusterId));
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
    if (source && !sourcePool.data) {
      if (sourcePool.isError) {
        return (
          <QueryError
            title={replace ? 'The node pool to replace could not be loaded' : 'The node pool to copy could not be loaded'}
            error={sourcePool.error}
            onRetry={() => void sourcePool.refetch()}
            retrying={sourcePool.isFetching}
          />
        );
      }
      return <LoadingBlock label={replace ? 'Loading the node pool to replace…' : 'Loading the node pool to copy…'} />;
    }
    // A suggested name must be free: wait for the pools (their names are only a hint once they failed to load).
    if (source && !pools.data && !pools.isError) return <LoadingBlock label="Loading the node pools…" />;
    if (copyOf && !replace && sourcePool.data) {
      const sourceName = sourcePool.data.properties.name ?? copyOf;
      const copyAs = copyName(sourceName, poolNames(pools.data));
      const key = nodePoolWizard.draft.key(clusterId);
      return (
        <CopyIntoDraft
          values={formValuesFromPool(sourcePool.data, copyAs, cluster.data.properties.maintenanceWindow)}
          source={`node pool “${sourceName}”`}
          subject="node pool"
          hasDraft={nodePoolWizard.draft.read(key) !== undefined}
          writeDraft={(values) => nodePoolWizard.draft.write(key, values)}
          step="review"
          onDone={(copiedIt) => setCopied(copiedIt ? { source: `node pool “${sourceName}”`, name: copyAs } : undefined)}
        />
      );
    }
    return (
      <LoadedWizard
        clusterId={clusterId}
        cluster={cluster.data}
        replacing={replace ? sourcePool.data : undefined}
        pools={pools.data}
        copied={copied}
      />
    );
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
