// Size presets for the worker pools newcomers ask for first: Spark executors, Kafka brokers and Trino workers.
//
// Where the numbers come from. The Stackable operators size each role through its `resources` (the reference's
// minimal examples ask for 1–2 CPUs and 1 GiB per Spark driver or executor), and a pod only fits on a node with
// that much left after the node's system reserve, so the presets size nodes for several such pods each:
// - Spark: compute-bound executors at 4 GB of RAM per core (the usual executor ratio), shuffle spills to local
//   disk, so SSD. Small runs a few concurrent example jobs; large a team's batch workload.
// - Kafka: brokers are disk- and page-cache-bound, not CPU-bound: fewer cores, RAM for the page cache, and the
//   storage carries the topics, so SSD and the largest disks. Three brokers in every size, as a topic with the
//   usual replication factor 3 needs three brokers; large adds brokers for throughput.
// - Trino: workers hold query state in memory, so the most RAM per core (8 GB); SSD for spilling. Trino's own
//   guidance is large-memory workers; small is for trying queries against the TPC-H example catalog.
// Every preset is a fixed node count (autoscaling off): a starting point to read and adjust, not a capacity plan.
// The data center's CPU family may allow fewer cores or less RAM: applying a preset clamps to those maximums.
import type { z } from 'zod';
import type { storageTypeSchema } from '@/lib/api/common/schema';

type StorageType = z.output<typeof storageTypeSchema>;

export const WORKLOADS = ['spark', 'kafka', 'trino'] as const;
export type Workload = (typeof WORKLOADS)[number];
export const PRESET_SIZES = ['small', 'medium', 'large'] as const;
export type PresetSize = (typeof PRESET_SIZES)[number];

export type PoolPreset = { nodeCount: number; coresCount: number; ramGb: number; storageType: StorageType; storageSize: number; purpose: string };

export const WORKLOAD_LABELS: Record<Workload, { label: string; nodes: string; about: string }> = {
  spark: { label: 'Spark', nodes: 'executors', about: 'Spark jobs: CPU for executors, 4 GB of RAM per core, SSD for shuffle data.' },
  kafka: { label: 'Kafka', nodes: 'brokers', about: 'Kafka brokers: disk and page cache more than CPU, three brokers for replicated topics.' },
  trino: { label: 'Trino', nodes: 'workers', about: 'Trino workers: queries run in memory, so 8 GB of RAM per core, SSD for spilling.' },
};

export const POOL_PRESETS: Record<Workload, Record<PresetSize, PoolPreset>> = {
  spark: {
    small: { nodeCount: 2, coresCount: 4, ramGb: 16, storageType: 'SSD', storageSize: 50, purpose: 'Trying out jobs and notebooks.' },
    medium: { nodeCount: 3, coresCount: 8, ramGb: 32, storageType: 'SSD', storageSize: 100, purpose: 'Regular jobs of one team.' },
    large: { nodeCount: 5, coresCount: 16, ramGb: 64, storageType: 'SSD', storageSize: 200, purpose: 'Large batch jobs and many at once.' },
  },
  kafka: {
    small: { nodeCount: 3, coresCount: 2, ramGb: 8, storageType: 'SSD', storageSize: 100, purpose: 'A first replicated topic, little traffic.' },
    medium: { nodeCount: 3, coresCount: 4, ramGb: 16, storageType: 'SSD', storageSize: 500, purpose: 'Steady streams with a week of retention.' },
    large: { nodeCount: 5, coresCount: 8, ramGb: 32, storageType: 'SSD', storageSize: 1000, purpose: 'High throughput and long retention.' },
  },
  trino: {
    small: { nodeCount: 2, coresCount: 4, ramGb: 32, storageType: 'SSD', storageSize: 50, purpose: 'Trying queries on example data.' },
    medium: { nodeCount: 3, coresCount: 8, ramGb: 64, storageType: 'SSD', storageSize: 100, purpose: 'Interactive analytics of one team.' },
    large: { nodeCount: 5, coresCount: 16, ramGb: 128, storageType: 'SSD', storageSize: 200, purpose: 'Many users and large joins.' },
  },
};

export type AppliedPreset = PoolPreset & { clamped: readonly ('coresCount' | 'ramGb')[] };

/** The preset within a CPU family's maximums (undefined: not known); `clamped` names what was lowered. */
export function presetWithin(preset: PoolPreset, limits: { maxCores?: number; maxRamGb?: number }): AppliedPreset {
  const coresCount = limits.maxCores !== undefined ? Math.min(preset.coresCount, limits.maxCores) : preset.coresCount;
  const ramGb = limits.maxRamGb !== undefined ? Math.min(preset.ramGb, limits.maxRamGb) : preset.ramGb;
  const clamped = [...(coresCount < preset.coresCount ? (['coresCount'] as const) : []), ...(ramGb < preset.ramGb ? (['ramGb'] as const) : [])];
  return { ...preset, coresCount, ramGb, clamped };
}

/** "3 nodes, 4 cores and 16 GB RAM each, 500 GB SSD each". */
export function describePreset(p: PoolPreset): string {
  return `${p.nodeCount} nodes, each ${p.coresCount} cores, ${p.ramGb} GB RAM and ${p.storageSize} GB ${p.storageType}`;
}
