// Which changes the API would accept in a cluster's current state, with the reason shown when it would not.
import type { ClusterResponse } from '@/lib/api/clusters/schema';
import { TRANSITIONAL_STATES, type ResourceState } from '@/lib/api/common/schema';
import { disabled, enabled, type Availability } from '@/components/shared/availability';

/** States in which the cluster was provisioned once, so its kubeconfig exists. */
const PROVISIONED_STATES: ReadonlySet<ResourceState> = new Set(['AVAILABLE', 'UPDATING', 'FAILED_UPDATING']);

function busyReason(state: ResourceState, verb: string): string {
  return `The platform is applying a change (${state}). You can ${verb} once it is AVAILABLE.`;
}

export function editAvailability(state: ResourceState | undefined): Availability {
  if (state === 'DESTROYING') return disabled('The cluster is being deleted.');
  if (state && TRANSITIONAL_STATES.has(state)) return disabled(busyReason(state, 'edit'));
  return enabled;
}

export function upgradeAvailability(cluster: ClusterResponse): Availability {
  const state = cluster.metadata.state;
  if (state === 'DESTROYING') return disabled('The cluster is being deleted.');
  if (state && TRANSITIONAL_STATES.has(state)) return disabled(busyReason(state, 'upgrade'));
  if ((cluster.metadata.availableUpgradeVersions ?? []).length === 0) {
    const current = cluster.metadata.currentDataPlatformVersion ?? cluster.properties.dataPlatformVersion;
    return disabled(current ? `No upgrade is available: ${current} is the newest version for this cluster.` : 'No upgrade is available.');
  }
  return enabled;
}

export function deleteAvailability(state: ResourceState | undefined): Availability {
  if (state === 'DESTROYING') return disabled('The cluster is already being deleted.');
  return enabled;
}

export function kubeconfigAvailability(state: ResourceState | undefined): Availability {
  if (state && PROVISIONED_STATES.has(state)) return enabled;
  switch (state) {
    case 'DEPLOYING':
      return disabled('The kubeconfig exists once the cluster is provisioned. It is still DEPLOYING.');
    case 'FAILED':
      return disabled('The cluster was never provisioned (its creation FAILED), so it has no kubeconfig.');
    case 'DESTROYING':
    case 'FAILED_DESTROYING':
    case 'TERMINATED':
      return disabled('The cluster is being deleted; its kubeconfig is no longer offered.');
    default:
      return disabled(`The kubeconfig is offered once the cluster is AVAILABLE (it is ${state ?? 'in an unknown state'}).`);
  }
}
