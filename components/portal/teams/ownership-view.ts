// The clusters of the contract split by ownership, pure: what no team owns (to assign) and what a team owns (to move).
import type { ClusterResponse } from '@/lib/api/clusters/schema';
import type { z } from 'zod';
import type { ownershipSchema } from '@/lib/api/portal/schema';
import { QUOTA_LABELS, type QuotaLimit } from '@/lib/portal/quota';

export type OwnershipView = z.infer<typeof ownershipSchema>;

export type SplitClusters = {
  unowned: ClusterResponse[];
  owned: { cluster: ClusterResponse; ownership: OwnershipView }[];
};

/** Clusters in the list order; ownership rows of clusters the list no longer has (deleted meanwhile) are left out. */
export function splitByOwnership(clusters: readonly ClusterResponse[], ownership: readonly OwnershipView[]): SplitClusters {
  const byCluster = new Map(ownership.map((row) => [row.clusterId, row]));
  const split: SplitClusters = { unowned: [], owned: [] };
  for (const cluster of clusters) {
    const row = byCluster.get(cluster.id);
    if (row) split.owned.push({ cluster, ownership: row });
    else split.unowned.push(cluster);
  }
  return split;
}

const amount = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/** "5 of 12 nodes" */
export function usageText(limit: QuotaLimit, used: number, quota: number): string {
  return `${amount(used)} of ${amount(quota)} ${quota === 1 ? QUOTA_LABELS[limit].one : QUOTA_LABELS[limit].many}`;
}
