// Team quotas (pure): what a team uses, and whether a change fits. Counted on what the API reports, so a cluster
// created outside the portal and assigned to a team counts too. A node pool counts at its autoscaling maximum (the
// most it may grow to), else its node count; cores and RAM are per node times that count.

export const QUOTA_LIMITS = ['clusters', 'nodes', 'cores', 'ramGiB'] as const;
export type QuotaLimit = (typeof QUOTA_LIMITS)[number];
export type Quota = Readonly<Record<QuotaLimit, number>>;
export type Usage = Record<QuotaLimit, number>;

export const QUOTA_LABELS: Readonly<Record<QuotaLimit, { one: string; many: string }>> = {
  clusters: { one: 'cluster', many: 'clusters' },
  nodes: { one: 'node', many: 'nodes' },
  cores: { one: 'core', many: 'cores' },
  ramGiB: { one: 'GiB of RAM', many: 'GiB of RAM' },
};

/** The sizing fields of a node pool as the contract names them (`ramSize` in MB). */
export type PoolShape = {
  nodeCount: number;
  coresCount: number;
  ramSize: number;
  autoScaling?: { minNodeCount: number; maxNodeCount: number } | null;
};

export function poolNodes(pool: Pick<PoolShape, 'nodeCount' | 'autoScaling'>): number {
  return Math.max(pool.nodeCount, pool.autoScaling?.maxNodeCount ?? 0);
}

export function poolUsage(pool: PoolShape): Usage {
  const nodes = poolNodes(pool);
  return { clusters: 0, nodes, cores: nodes * pool.coresCount, ramGiB: (nodes * pool.ramSize) / 1024 };
}

export function emptyUsage(): Usage {
  return { clusters: 0, nodes: 0, cores: 0, ramGiB: 0 };
}

export function addUsage(a: Usage, b: Usage): Usage {
  return { clusters: a.clusters + b.clusters, nodes: a.nodes + b.nodes, cores: a.cores + b.cores, ramGiB: a.ramGiB + b.ramGiB };
}

export function subtractUsage(a: Usage, b: Usage): Usage {
  return { clusters: a.clusters - b.clusters, nodes: a.nodes - b.nodes, cores: a.cores - b.cores, ramGiB: a.ramGiB - b.ramGiB };
}

/** A team's usage: its clusters and all their node pools. */
export function teamUsage(clusterCount: number, pools: readonly PoolShape[]): Usage {
  return pools.reduce((sum, pool) => addUsage(sum, poolUsage(pool)), { ...emptyUsage(), clusters: clusterCount });
}

/** What is left of each limit (never below 0). */
export function remaining(quota: Quota, usage: Usage): Usage {
  const left = emptyUsage();
  for (const limit of QUOTA_LIMITS) left[limit] = Math.max(0, quota[limit] - usage[limit]);
  return left;
}

export type QuotaExceeded = { limit: QuotaLimit; quota: number; wouldUse: number; over: number; message: string };

const amount = (limit: QuotaLimit, n: number) => {
  const rounded = Number.isInteger(n) ? String(n) : n.toFixed(1);
  return `${rounded} ${n === 1 ? QUOTA_LABELS[limit].one : QUOTA_LABELS[limit].many}`;
};

/**
 * Does `usage` + `delta` fit `quota`? Only limits the change raises are checked (scaling down always fits, even
 * over a quota lowered since). The first limit exceeded is named, with by how much.
 */
export function checkQuota(team: string, quota: Quota, usage: Usage, delta: Usage): QuotaExceeded | null {
  for (const limit of QUOTA_LIMITS) {
    if (delta[limit] <= 0) continue;
    const wouldUse = usage[limit] + delta[limit];
    if (wouldUse > quota[limit]) {
      const over = wouldUse - quota[limit];
      return {
        limit,
        quota: quota[limit],
        wouldUse,
        over,
        message: `This exceeds the "${team}" team's quota of ${amount(limit, quota[limit])} by ${amount(limit, over)} (it would use ${amount(limit, wouldUse)}; ${amount(limit, Math.max(0, quota[limit] - usage[limit]))} left).`,
      };
    }
  }
  return null;
}
