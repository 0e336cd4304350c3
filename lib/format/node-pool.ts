// Sizes, counts and labels of node pool fields for tables, summaries and the wizard's review.
import type { NodePool } from '@/lib/api/nodepools/schema';

const number = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });

/** "12 GB", "1.5 TB" from GB. */
export function formatGb(gb: number): string {
  return gb >= 1024 ? `${number.format(gb / 1024)} TB` : `${number.format(gb)} GB`;
}

/** RAM as the API gives it (MB) in GB: "16 GB". */
export function formatRamMb(mb: number): string {
  return formatGb(mb / 1024);
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${number.format(n)} ${n === 1 ? one : many}`;
}

export const ZONE_LABELS: Record<NodePool['availabilityZone'], string> = {
  AUTO: 'Automatic',
  ZONE_1: 'Zone 1',
  ZONE_2: 'Zone 2',
};

export const STORAGE_LABELS: Record<NodePool['storageType'], string> = { SSD: 'SSD', HDD: 'HDD' };

/** "Automatic (AUTO)" for the platform's choice, the family's name otherwise. */
export function cpuFamilyLabel(cpuFamily: string): string {
  return cpuFamily === 'AUTO' ? 'Automatic (AUTO)' : cpuFamily;
}

/** "3 nodes" or, while autoscaling, "3 nodes, autoscaling 1–5". */
export function sizeText(pool: Pick<NodePool, 'nodeCount' | 'autoScaling'>): string {
  const count = plural(pool.nodeCount ?? 0, 'node');
  if (!pool.autoScaling) return count;
  return `${count}, autoscaling ${pool.autoScaling.minNodeCount}–${pool.autoScaling.maxNodeCount}`;
}

/** "20 GB SSD" per node. */
export function storageText(pool: Pick<NodePool, 'storageSize' | 'storageType'>): string {
  return `${formatGb(pool.storageSize)} ${STORAGE_LABELS[pool.storageType]}`;
}
