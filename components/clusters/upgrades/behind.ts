// Which clusters run an older Data Platform version than the newest one the API publishes, and how far behind.
import { clusterVersion } from '@/components/clusters/list/list-view';
import type { ClusterResponse } from '@/lib/api/clusters/schema';
import { TRANSITIONAL_STATES } from '@/lib/api/common/schema';
import { compareVersions } from '@/lib/api/versions/compare';
import { roleAvailability, type PortalRole } from '@/components/shared/availability';

export type BehindCluster = {
  cluster: ClusterResponse;
  /** The version the cluster runs now. */
  current: string;
  /** The newest version of GET /versions. */
  newest: string;
  /** How many published versions are newer than `current` (1: only the newest). */
  behindBy: number;
  /** The cluster's availableUpgradeVersions, newest first: the targets it may go to. */
  targets: string[];
  /** Why it cannot be upgraded from here now; undefined when it can. */
  blocked?: string;
};

const newestFirst = (a: string, b: string) => compareVersions(b, a);

/** The version an upgrade goes to unless the user picks another: the newest the cluster may go to. */
export function defaultTarget(targets: readonly string[]): string | undefined {
  return [...targets].sort(newestFirst)[0];
}

function blockedReason(cluster: ClusterResponse, targets: readonly string[]): string | undefined {
  const state = cluster.metadata.state;
  if (state && TRANSITIONAL_STATES.has(state)) return `The cluster is ${state} now; it can be upgraded once that ends.`;
  if (targets.length === 0) return 'The platform offers this cluster no upgrade.';
  return undefined;
}

/**
 * The clusters behind the newest of `versions` (any order), furthest behind first, then by name. Clusters being
 * deleted are left out; a cluster whose version is unknown cannot be placed and is left out too. In portal mode
 * `roleOf` gives the person's role towards each cluster's team: one they may not upgrade is blocked with the reason.
 */
export function behindClusters(
  clusters: readonly ClusterResponse[],
  versions: readonly string[],
  roleOf?: (clusterId: string) => PortalRole,
): BehindCluster[] {
  const newest = [...versions].sort(newestFirst)[0];
  if (newest === undefined) return [];
  const rows: BehindCluster[] = [];
  for (const cluster of clusters) {
    const current = clusterVersion(cluster);
    if (current === undefined || cluster.metadata.state === 'DESTROYING' || compareVersions(current, newest) >= 0) continue;
    const targets = [...(cluster.metadata.availableUpgradeVersions ?? [])].sort(newestFirst);
    const behindBy = versions.filter((version) => compareVersions(version, current) > 0).length;
    const byRole = roleAvailability(roleOf?.(cluster.id), 'upgrade');
    rows.push({ cluster, current, newest, behindBy, targets, blocked: byRole.enabled ? blockedReason(cluster, targets) : byRole.reason });
  }
  const nameOf = (row: BehindCluster) => row.cluster.properties.name ?? row.cluster.id;
  return rows.sort((a, b) => b.behindBy - a.behindBy || nameOf(a).localeCompare(nameOf(b), 'en', { numeric: true }));
}
