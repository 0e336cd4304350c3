import { describe, expect, it } from 'vitest';
import { capacityOf, maximumNodes, nodePoolTotals } from '@/lib/api/nodepools/totals';
import { nodePoolResponseSchema } from '@/lib/api/nodepools/schema';

const pool = (properties: Record<string, unknown>) => nodePoolResponseSchema.parse({ id: 'p', metadata: {}, properties });

describe('nodePoolTotals', () => {
  it('sums now and at the autoscaling maximum', () => {
    const totals = nodePoolTotals([
      pool({ name: 'stackable-operators', nodeCount: 1, coresCount: 2, ramSize: 4096, storageSize: 20 }),
      pool({ name: 'trino', nodeCount: 2, coresCount: 8, ramSize: 16384, storageSize: 100, autoScaling: { minNodeCount: 1, maxNodeCount: 5 } }),
    ]);
    expect(totals).toEqual({
      pools: 2,
      now: { nodes: 3, cores: 18, ramMb: 4096 + 2 * 16384, storageGb: 220 },
      atMaximum: { nodes: 6, cores: 42, ramMb: 4096 + 5 * 16384, storageGb: 520 },
      autoscaling: true,
    });
  });

  it('uses the contract’s defaults and is zero without pools', () => {
    expect(nodePoolTotals([pool({ nodeCount: 2 })])).toEqual({
      pools: 1,
      now: { nodes: 2, cores: 8, ramMb: 8192, storageGb: 40 },
      atMaximum: { nodes: 2, cores: 8, ramMb: 8192, storageGb: 40 },
      autoscaling: false,
    });
    expect(nodePoolTotals([]).now).toEqual({ nodes: 0, cores: 0, ramMb: 0, storageGb: 0 });
  });

  it('never shrinks a pool below its current count at the maximum', () => {
    expect(maximumNodes({ nodeCount: 7, autoScaling: { minNodeCount: 1, maxNodeCount: 5 } })).toBe(7);
    expect(maximumNodes({})).toBe(0);
    expect(capacityOf({ coresCount: 4, ramSize: 4096, storageSize: 20 }, 3)).toEqual({ nodes: 3, cores: 12, ramMb: 12288, storageGb: 60 });
  });
});
