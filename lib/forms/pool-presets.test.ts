import { describe, expect, it } from 'vitest';
import { createNodePoolPropertiesSchema } from '@/lib/api/nodepools/schema';
import { describePreset, POOL_PRESETS, PRESET_SIZES, presetWithin, WORKLOADS } from '@/lib/forms/pool-presets';

describe('pool presets', () => {
  it('are valid pools that grow from small to large', () => {
    for (const workload of WORKLOADS) {
      const sizes = PRESET_SIZES.map((size) => POOL_PRESETS[workload][size]);
      for (const p of sizes) {
        const body = {
          name: 'pool',
          nodeCount: p.nodeCount,
          coresCount: p.coresCount,
          ramSize: p.ramGb * 1024,
          storageType: p.storageType,
          storageSize: p.storageSize,
        };
        expect(createNodePoolPropertiesSchema.safeParse(body).success).toBe(true);
      }
      const capacity = sizes.map((p) => p.nodeCount * p.coresCount);
      expect(capacity).toEqual([...capacity].sort((a, b) => a - b));
    }
    // Replicated topics need three brokers in every size.
    expect(PRESET_SIZES.every((size) => POOL_PRESETS.kafka[size].nodeCount >= 3)).toBe(true);
  });

  it('clamps cores and RAM to a CPU family’s maximums and says which', () => {
    const large = POOL_PRESETS.trino.large;
    expect(presetWithin(large, { maxCores: 12, maxRamGb: 96 })).toMatchObject({ coresCount: 12, ramGb: 96, clamped: ['coresCount', 'ramGb'] });
    expect(presetWithin(large, {})).toMatchObject({ coresCount: 16, ramGb: 128, clamped: [] });
    expect(presetWithin(large, { maxCores: 64 }).clamped).toEqual([]);
  });

  it('reads as a sentence', () => {
    expect(describePreset(POOL_PRESETS.kafka.medium)).toBe('3 nodes, each 4 cores, 16 GB RAM and 500 GB SSD');
  });
});
