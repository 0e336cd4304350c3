// Which node pool changes the API would accept right now, with the reason shown when it would not (the sandbox,
// like the platform, answers 409 while the cluster or the pool is in a transitional state). A pool whose creation
// FAILED offers only delete and "create again with the same settings"; a failed change (FAILED_UPDATING) leaves a
// running pool that takes changes again. One sentence per state, in words rather than the API's state names.
// In portal mode each rule also takes the person's role in the cluster's team (`role`): members may scale a pool
// (node count, autoscaling), team admins create, change and delete pools; the role's reason comes first.
import type { ResourceState } from '@/lib/api/common/schema';
import { isOperatorsPool } from '@/lib/api/nodepools/operators';
import type { NodePoolResponse } from '@/lib/api/nodepools/schema';
import { disabled, enabled, firstRefusal, roleAvailability, type Availability, type PortalRole } from '@/components/shared/availability';

export const POOL_CREATION_FAILED = 'Its creation failed, so the pool cannot be changed: delete it, or create it again with the same settings.';
const POOL_DELETING = 'The node pool is being deleted.';
const CLUSTER_DELETING = 'The cluster is being deleted, together with its node pools.';

/** Why the cluster takes no node pool change now, or nothing when it does. */
function clusterBlocks(clusterState: ResourceState | undefined): Availability | undefined {
  switch (clusterState) {
    case 'DESTROYING':
    case 'TERMINATED':
      return disabled(CLUSTER_DELETING);
    case 'DEPLOYING':
      return disabled('The cluster is being created. You can add and change node pools once it is available.');
    case 'UPDATING':
    case 'BUSY':
      return disabled('The platform is applying a change to the cluster. You can add and change node pools once it is available again.');
    case 'FAILED':
      return disabled('The cluster’s creation failed, so it takes no node pools: delete it, or create it again with the same settings.');
    case 'FAILED_DESTROYING':
      return disabled('The cluster’s deletion failed, so it takes no node pools: delete it again.');
    default:
      return undefined;
  }
}

/** A new pool (or a copy of one) needs a cluster the platform is not working on. */
export function addPoolAvailability(clusterState: ResourceState | undefined, role?: PortalRole): Availability {
  return firstRefusal(roleAvailability(role, 'create'), clusterBlocks(clusterState) ?? enabled);
}

/** The edit page: a member may open it to scale the pool (poolSettingsAvailability says what else they may change). */
export function editPoolAvailability(pool: NodePoolResponse, clusterState: ResourceState | undefined, role?: PortalRole): Availability {
  const byRole = roleAvailability(role, 'scale');
  if (!byRole.enabled) return byRole;
  const cluster = clusterBlocks(clusterState);
  if (cluster) return cluster;
  switch (pool.metadata.state) {
    case 'DESTROYING':
      return disabled(POOL_DELETING);
    case 'DEPLOYING':
      return disabled('The node pool is being created. You can change it once it is available.');
    case 'UPDATING':
    case 'BUSY':
      return disabled('The platform is applying a change to the node pool. You can make another once it is available again.');
    case 'FAILED':
      return disabled(POOL_CREATION_FAILED);
    default:
      return enabled;
  }
}

/**
 * The fields of the edit form besides the size (maintenance window, labels, annotations): a member scales a pool
 * but changes nothing else, so those fields are read-only for them, with the policy's reason.
 */
export function poolSettingsAvailability(role?: PortalRole): Availability {
  return roleAvailability(role, 'edit');
}

/**
 * Replacing a pool copies it and then deletes the old one: not for the operators' pool, nor for one never created,
 * nor for anyone who may not both create and delete pools.
 */
export function canReplacePool(pool: NodePoolResponse, role?: PortalRole): boolean {
  return (
    !isOperatorsPool(pool) &&
    pool.metadata.state !== 'FAILED' &&
    firstRefusal(roleAvailability(role, 'create'), roleAvailability(role, 'delete')).enabled
  );
}

export function deletePoolAvailability(pool: NodePoolResponse, clusterState?: ResourceState, role?: PortalRole): Availability {
  const byRole = roleAvailability(role, 'delete');
  if (!byRole.enabled) return byRole;
  if (isOperatorsPool(pool)) return disabled('This pool runs the Stackable operators; it is deleted together with its cluster.');
  if (clusterState === 'DESTROYING') return disabled(CLUSTER_DELETING);
  if (pool.metadata.state === 'DESTROYING') return disabled(POOL_DELETING);
  return enabled;
}

/**
 * The state a pool is shown in: a pool of a cluster being deleted goes with it, even before the pool list (polled
 * slowly while it looked stable) catches up.
 */
export function shownPoolState(poolState: ResourceState | undefined, clusterState: ResourceState | undefined): ResourceState | undefined {
  return clusterState === 'DESTROYING' ? 'DESTROYING' : poolState;
}
