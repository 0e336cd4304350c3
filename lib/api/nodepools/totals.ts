// The size of a cluster as the sum of its node pools, now and with every autoscaling pool at its maximum.
// The API gives RAM in MB and storage in GB, both per node.
import type { NodePool, NodePoolResponse } from '@/lib/api/nodepools/schema';

export type Capacity = { nodes: number; cores: number; ramMb: number; storageGb: number };
export type NodePoolTotals = {
  pools: number;
  now: Capacity;
  /** Every autoscaling pool at its maximum node count (fixed pools as they are). */
  atMaximum: Capacity;
  /** Whether any pool autoscales, i.e. whether `atMaximum` can differ from `now`. */
  autoscaling: boolean;
};

const ZERO: Capacity = { nodes: 0, cores: 0, ramMb: 0, storageGb: 0 };

type Shape = Pick<NodePool, 'coresCount' | 'ramSize' | 'storageSize'>;

/** `nodes` nodes of one pool's shape. */
export function capacityOf(shape: Shape, nodes: number): Capacity {
  return { nodes, cores: nodes * shape.coresCount, ramMb: nodes * shape.ramSize, storageGb: nodes * shape.storageSize };
}

export function addCapacity(a: Capacity, b: Capacity): Capacity {
  return { nodes: a.nodes + b.nodes, cores: a.cores + b.cores, ramMb: a.ramMb + b.ramMb, storageGb: a.storageGb + b.storageGb };
}

/** The nodes a pool may grow to: its autoscaling maximum, or its count (a count above the maximum counts as is). */
export function maximumNodes(pool: Pick<NodePool, 'nodeCount' | 'autoScaling'>): number {
  const now = pool.nodeCount ?? 0;
  return pool.autoScaling ? Math.max(now, pool.autoScaling.maxNodeCount) : now;
}

export function nodePoolTotals(pools: readonly Pick<NodePoolResponse, 'properties'>[]): NodePoolTotals {
  return pools.reduce<NodePoolTotals>(
    (totals, { properties: p }) => ({
      pools: totals.pools + 1,
      now: addCapacity(totals.now, capacityOf(p, p.nodeCount ?? 0)),
      atMaximum: addCapacity(totals.atMaximum, capacityOf(p, maximumNodes(p))),
      autoscaling: totals.autoscaling || p.autoScaling !== undefined,
    }),
    { pools: 0, now: ZERO, atMaximum: ZERO, autoscaling: false },
  );
}
