// Which changes the API would accept in a cluster's current state, with the reason shown when it would not.
// One sentence per state, shared by every action it blocks (the header shows a shared sentence once), in words
// rather than the API's state names. A cluster whose creation FAILED was never provisioned: it offers only delete
// and "create again with the same settings". FAILED_UPDATING is different: the cluster runs (only the last change
// failed), the API accepts changes again, and its kubeconfig exists, so everything stays offered.
// In portal mode each rule also takes the person's role in the cluster's team (`role`, lib/portal/policy.ts): a role
// too low disables the action with the policy's sentence, ahead of any state reason (it will not pass by waiting).
import type { ClusterResponse } from '@/lib/api/clusters/schema';
import type { ResourceState } from '@/lib/api/common/schema';
import { disabled, enabled, firstRefusal, roleAvailability, type Availability, type PortalRole } from '@/components/shared/availability';

/** States in which the cluster was provisioned once, so its kubeconfig exists. */
const PROVISIONED_STATES: ReadonlySet<ResourceState> = new Set(['AVAILABLE', 'UPDATING', 'BUSY', 'FAILED_UPDATING']);

export const CLUSTER_DELETING = 'The cluster is being deleted.';
export const CLUSTER_CREATION_FAILED = 'Its creation failed, so the cluster cannot be changed: delete it, or create it again with the same settings.';

/** Why the cluster takes no change now, or nothing when it does. */
export function clusterBlockedReason(state: ResourceState | undefined): string | undefined {
  switch (state) {
    case 'DEPLOYING':
      return 'The cluster is being created. You can change it once it is available.';
    case 'UPDATING':
    case 'BUSY':
      return 'The platform is applying a change. You can make another once the cluster is available again.';
    case 'DESTROYING':
      return CLUSTER_DELETING;
    case 'FAILED':
      return CLUSTER_CREATION_FAILED;
    case 'FAILED_DESTROYING':
      return 'Its deletion failed, so the cluster cannot be changed: delete it again.';
    case 'TERMINATED':
      return 'The cluster was deleted.';
    default:
      return undefined;
  }
}

export function editAvailability(state: ResourceState | undefined, role?: PortalRole): Availability {
  const reason = clusterBlockedReason(state);
  return firstRefusal(roleAvailability(role, 'edit'), reason ? disabled(reason) : enabled);
}

export function upgradeAvailability(cluster: ClusterResponse, role?: PortalRole): Availability {
  const byRole = roleAvailability(role, 'upgrade');
  if (!byRole.enabled) return byRole;
  const blocked = editAvailability(cluster.metadata.state);
  if (!blocked.enabled) return blocked;
  if ((cluster.metadata.availableUpgradeVersions ?? []).length === 0) {
    const current = cluster.metadata.currentDataPlatformVersion ?? cluster.properties.dataPlatformVersion;
    return disabled(current ? `No upgrade is available: ${current} is the newest version for this cluster.` : 'No upgrade is available.');
  }
  return enabled;
}

/** A second delete is refused while one runs; a failed deletion can be tried again. */
export function deleteAvailability(state: ResourceState | undefined, role?: PortalRole): Availability {
  const byRole = roleAvailability(role, 'delete');
  if (!byRole.enabled) return byRole;
  if (state === 'DESTROYING' || state === 'TERMINATED') return disabled(clusterBlockedReason(state) ?? CLUSTER_DELETING);
  return enabled;
}

/** The kubeconfig's how-to (kubectl commands) only makes sense for a cluster that has one. */
export function kubeconfigAvailability(state: ResourceState | undefined, role?: PortalRole): Availability {
  const byRole = roleAvailability(role, 'kubeconfig');
  if (!byRole.enabled) return byRole;
  if (state && PROVISIONED_STATES.has(state)) return enabled;
  switch (state) {
    case 'DEPLOYING':
      return disabled('The kubeconfig exists once the cluster is provisioned.');
    case 'FAILED':
      return disabled('The cluster was never provisioned (its creation failed), so it has no kubeconfig.');
    case 'DESTROYING':
    case 'FAILED_DESTROYING':
    case 'TERMINATED':
      return disabled('The cluster is being deleted; its kubeconfig is no longer offered.');
    default:
      return disabled('The kubeconfig is offered once the cluster is available.');
  }
}

/** A copy (or "create again") is a new cluster of the same team: only for who may create clusters in it. */
export function copyAvailability(role?: PortalRole): Availability {
  return roleAvailability(role, 'create');
}
