// Who may see which cluster, and the state rules that refuse a change (409).
import { TRANSITIONAL_STATES, type ResourceState } from '@/lib/api/common/schema';
import { conflict, notFound } from '@/lib/sandbox/errors';
import type { RouteContext } from '@/lib/sandbox/handlers/route';
import type { ClusterRecord, NodePoolRecord } from '@/lib/sandbox/store';
import { isContractAdmin, type SandboxUser } from '@/lib/sandbox/users';

/** Administrators see the whole contract; members only the clusters they created. */
export function canSee(user: SandboxUser, cluster: ClusterRecord): boolean {
  if (cluster.contractNumber !== user.contractNumber) return false;
  return isContractAdmin(user) || cluster.created.user.uuid === user.uuid;
}

export function visibleClusters(ctx: RouteContext): ClusterRecord[] {
  return ctx.sandbox.store.clusters().filter((c) => canSee(ctx.user, c));
}

/** Another user's cluster is indistinguishable from a missing one. */
export function findCluster(ctx: RouteContext): ClusterRecord {
  const id = ctx.params.clusterId ?? '';
  const cluster = ctx.sandbox.store.cluster(id);
  if (!cluster || !canSee(ctx.user, cluster)) throw notFound(`Cluster ${id} does not exist.`);
  return cluster;
}

export function findNodePool(ctx: RouteContext, cluster: ClusterRecord): NodePoolRecord {
  const id = ctx.params.nodepoolId ?? '';
  const pool = ctx.sandbox.store.pool(cluster.id, id);
  if (!pool) throw notFound(`Node pool ${id} does not exist in cluster ${cluster.id}.`);
  return pool;
}

export function refuseWhileBusy(kind: 'cluster' | 'node pool', record: { name: string; state: ResourceState }, action: string): void {
  if (TRANSITIONAL_STATES.has(record.state)) {
    throw conflict(`The ${kind} '${record.name}' is ${record.state}; ${action} once it is no longer in a transitional state.`);
  }
}
