// Node pool changes through the BFF. Each hook owns and awaits its cache invalidation (the cluster's pools and
// the cluster itself, whose state follows its pools) and, like the cluster hooks, watches the pool until the
// platform is done with it (lib/watch/store.ts: the console layout's watcher toasts the outcome on any
// page); the toast that the request was accepted belongs to callers.
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { bffFetch } from '@/lib/api/client';
import { portalKeys } from '@/lib/api/portal/queries';
import { clusterKeys } from '@/lib/api/clusters/queries';
import { watchNodePool, type WatchAction } from '@/lib/watch/store';
import { ChangedUnderFormError, changedFields, concurrentChanges, type FieldChange } from '@/lib/api/concurrency';
import { nodePoolKeys, nodePoolsPath } from '@/lib/api/nodepools/queries';
import {
  nodePoolResponseSchema,
  type CreateNodePoolRequest,
  type NodePool,
  type NodePoolResponse,
  type PatchNodePoolRequest,
} from '@/lib/api/nodepools/schema';

const nodePoolPath = (clusterId: string, nodePoolId: string) => `${nodePoolsPath(clusterId)}/${encodeURIComponent(nodePoolId)}`;

async function refreshAfterChange(queryClient: QueryClient, clusterId: string, pool: NodePoolResponse, action: WatchAction) {
  queryClient.setQueryData(nodePoolKeys.detail(clusterId, pool.id), pool);
  watchNodePool(clusterId, pool.id, action, pool.properties.name);
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: nodePoolKeys.list(clusterId) }),
    queryClient.invalidateQueries({ queryKey: clusterKeys.detail(clusterId) }),
    // Portal mode: the team's quota left changed (nothing is cached in personal mode).
    queryClient.invalidateQueries({ queryKey: portalKeys.quotas() }),
  ]);
}

/** POST /clusters/{clusterId}/nodepools */
export function useCreateNodePool(clusterId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateNodePoolRequest) => bffFetch(nodePoolsPath(clusterId), { method: 'POST', body, schema: nodePoolResponseSchema }),
    onSuccess: (pool) => refreshAfterChange(queryClient, clusterId, pool, 'create'),
  });
}

/** A field the user edits that someone else changed since the form was loaded. */
export type NodePoolFieldChange = FieldChange<keyof NodePool>;

/** Thrown instead of sending a PATCH when the pool changed under the form (optimistic concurrency). */
export class NodePoolChangedError extends ChangedUnderFormError<NodePoolResponse, keyof NodePool> {
  constructor(current: NodePoolResponse, changes: NodePoolFieldChange[]) {
    super('NodePoolChangedError', 'node pool', current, changes);
  }
}

/** Fields among `fields` whose value upstream differs from what the form was loaded with (maps by content). */
export const changedNodePoolFields: (loaded: NodePool, current: NodePool, fields: readonly (keyof NodePool)[]) => NodePoolFieldChange[] =
  changedFields;

export type PatchNodePoolInput = {
  body: PatchNodePoolRequest;
  /** The pool as the form loaded it; omit (or pass `force`) to overwrite whatever is there now. */
  loaded?: NodePoolResponse;
  force?: boolean;
};

/**
 * PATCH /clusters/{clusterId}/nodepools/{id}. As for clusters, the ETag check is done here (lib/api/concurrency.ts):
 * a field being sent that changed upstream since the form was loaded stops the PATCH with a NodePoolChangedError.
 */
export function usePatchNodePool(clusterId: string, nodePoolId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, loaded, force }: PatchNodePoolInput) => {
      if (loaded && !force) {
        const current = await bffFetch(nodePoolPath(clusterId, nodePoolId), { schema: nodePoolResponseSchema });
        const changes = concurrentChanges(loaded, current, body.properties);
        if (changes.length > 0) {
          queryClient.setQueryData(nodePoolKeys.detail(clusterId, nodePoolId), current);
          throw new NodePoolChangedError(current, changes);
        }
      }
      return bffFetch(nodePoolPath(clusterId, nodePoolId), { method: 'PATCH', body, schema: nodePoolResponseSchema });
    },
    onSuccess: (pool) => refreshAfterChange(queryClient, clusterId, pool, 'update'),
  });
}

/** DELETE /clusters/{clusterId}/nodepools/{id} – the pool goes DESTROYING, then disappears. */
export function useDeleteNodePool(clusterId: string, nodePoolId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => bffFetch(nodePoolPath(clusterId, nodePoolId), { method: 'DELETE', schema: nodePoolResponseSchema }),
    onSuccess: (pool) => refreshAfterChange(queryClient, clusterId, pool, 'delete'),
  });
}
