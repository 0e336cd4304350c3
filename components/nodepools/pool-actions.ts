// Which node pool changes the API would accept right now, with the reason shown when it would not
// (the sandbox, like the platform, answers 409 while the cluster or the pool is in a transitional state).
import { TRANSITIONAL_STATES, type ResourceState } from '@/lib/api/common/schema';
import { isOperatorsPool } from '@/lib/api/nodepools/operators';
import type { NodePoolResponse } from '@/lib/api/nodepools/schema';
import { disabled, enabled, type Availability } from '@/components/shared/availability';

function clusterBlocks(clusterState: ResourceState | undefined, verb: string): Availability | undefined {
  if (clusterState === 'DESTROYING') return disabled('The cluster is being deleted, together with its node pools.');
  if (clusterState && TRANSITIONAL_STATES.has(clusterState)) {
    return disabled(`The cluster is ${clusterState}. You can ${verb} once it is AVAILABLE.`);
  }
  return undefined;
}

/** A new pool needs a cluster the platform is not working on. */
export function addPoolAvailability(clusterState: ResourceState | undefined): Availability {
  return clusterBlocks(clusterState, 'add node pools') ?? enabled;
}

export function editPoolAvailability(pool: NodePoolResponse, clusterState: ResourceState | undefined): Availability {
  const state = pool.metadata.state;
  if (state === 'DESTROYING') return disabled('The node pool is being deleted.');
  if (state && TRANSITIONAL_STATES.has(state)) return disabled(`The platform is applying a change (${state}). You can edit once it is AVAILABLE.`);
  return clusterBlocks(clusterState, 'change its node pools') ?? enabled;
}

export function deletePoolAvailability(pool: NodePoolResponse): Availability {
  if (isOperatorsPool(pool)) return disabled('This pool runs the Stackable operators; it is deleted together with its cluster.');
  if (pool.metadata.state === 'DESTROYING') return disabled('The node pool is already being deleted.');
  return enabled;
}
