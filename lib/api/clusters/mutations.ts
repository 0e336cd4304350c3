// Cluster changes through the BFF. Each hook owns and awaits its cache invalidation; toasts belong to callers.
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { bffFetch } from '@/lib/api/client';
import {
  clusterResponseSchema,
  type Cluster,
  type ClusterResponse,
  type CreateClusterRequest,
  type PatchClusterRequest,
} from '@/lib/api/clusters/schema';
import { clusterKeys } from '@/lib/api/clusters/queries';
import { portalKeys } from '@/lib/api/portal/queries';
import { watchCluster } from '@/lib/watch/store';
import { ChangedUnderFormError, concurrentChanges, type FieldChange } from '@/lib/api/concurrency';

export { changedFields } from '@/lib/api/concurrency';

const clusterPath = (clusterId: string) => `/api/dataplatform/clusters/${encodeURIComponent(clusterId)}`;

/** What a create sends: the contract's body, and in portal mode the team the cluster will belong to. */
export type CreateClusterInput = { body: CreateClusterRequest; team?: string };

/** The BFF's create path; `?team=` chooses the new cluster's team in portal mode (lib/server enforces the role). */
export function createClusterPath(team: string | undefined): string {
  return team ? `/api/dataplatform/clusters?${new URLSearchParams({ team })}` : '/api/dataplatform/clusters';
}

/** POST /clusters */
export function useCreateCluster() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, team }: CreateClusterInput) => bffFetch(createClusterPath(team), { method: 'POST', body, schema: clusterResponseSchema }),
    onSuccess: async (cluster) => {
      queryClient.setQueryData(clusterKeys.detail(cluster.id), cluster);
      watchCluster(cluster.id, 'create', cluster.properties.name);
      // Portal mode: the new cluster's owner and its team's quota changed too (nothing is cached in personal mode).
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: clusterKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: portalKeys.all }),
      ]);
    },
  });
}

/** A field the user edits that someone else changed since the form was loaded. */
export type ClusterFieldChange = FieldChange<keyof Cluster>;

/** Thrown instead of sending a PATCH when the cluster changed under the form (optimistic concurrency). */
export class ClusterChangedError extends ChangedUnderFormError<ClusterResponse, keyof Cluster> {
  constructor(current: ClusterResponse, changes: ClusterFieldChange[]) {
    super('ClusterChangedError', 'cluster', current, changes);
  }
}

export type PatchClusterInput = {
  body: PatchClusterRequest;
  /** The cluster as the form loaded it; omit (or pass `force`) to overwrite whatever is there now. */
  loaded?: ClusterResponse;
  force?: boolean;
};

/** The checked PATCH of usePatchCluster and usePatchClusters: one path, so both detect the same conflicts. */
async function patchChecked(queryClient: QueryClient, clusterId: string, { body, loaded, force }: PatchClusterInput): Promise<ClusterResponse> {
  if (loaded && !force) {
    const current = await bffFetch(clusterPath(clusterId), { schema: clusterResponseSchema });
    const changes = concurrentChanges(loaded, current, body.properties);
    if (changes.length > 0) {
      queryClient.setQueryData(clusterKeys.detail(clusterId), current);
      throw new ClusterChangedError(current, changes);
    }
  }
  return bffFetch(clusterPath(clusterId), { method: 'PATCH', body, schema: clusterResponseSchema });
}

async function afterPatch(queryClient: QueryClient, clusterId: string, cluster: ClusterResponse): Promise<void> {
  queryClient.setQueryData(clusterKeys.detail(clusterId), cluster);
  // Requested and running versions differ while an upgrade runs.
  const target = cluster.properties.dataPlatformVersion;
  const upgrading = target !== undefined && target !== cluster.metadata.currentDataPlatformVersion;
  watchCluster(clusterId, 'update', cluster.properties.name, upgrading ? target : undefined);
  await queryClient.invalidateQueries({ queryKey: clusterKeys.lists() });
}

/**
 * PATCH /clusters/{id}. The contract has no If-Match, so the ETag check is done here (lib/api/concurrency.ts):
 * a field being sent that changed upstream since the form was loaded stops the PATCH with a ClusterChangedError.
 */
export function usePatchCluster(clusterId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PatchClusterInput) => patchChecked(queryClient, clusterId, input),
    onSuccess: (cluster) => afterPatch(queryClient, clusterId, cluster),
  });
}

/** As usePatchCluster, for a cluster named per call (the upgrade assistant patches one cluster after another). */
export function usePatchClusters() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ clusterId, ...input }: PatchClusterInput & { clusterId: string }) => patchChecked(queryClient, clusterId, input),
    onSuccess: (cluster, { clusterId }) => afterPatch(queryClient, clusterId, cluster),
  });
}

/** DELETE /clusters/{id} */
export function useDeleteCluster(clusterId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => bffFetch(clusterPath(clusterId), { method: 'DELETE', schema: clusterResponseSchema }),
    onSuccess: async (cluster) => {
      queryClient.setQueryData(clusterKeys.detail(clusterId), cluster);
      watchCluster(clusterId, 'delete', cluster.properties.name);
      // Portal mode: the team's quota left changes too.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: clusterKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: portalKeys.quotas() }),
      ]);
    },
  });
}
