import { describe, expect, it } from 'vitest';
import { defaultCreateNodePoolForm } from '@/components/nodepools/create/form-schema';
import { newPoolUsage, scaleUsage } from '@/components/nodepools/form/pool-usage';
import { samplePool } from '@/components/nodepools/test-fixtures';

const pool = samplePool();

describe('newPoolUsage', () => {
  it('counts a fixed pool by its nodes, an autoscaling one at its maximum, RAM in GiB', () => {
    const fixed = { ...defaultCreateNodePoolForm(), nodeCount: '3', coresCount: '4', ramGb: '16' };
    expect(newPoolUsage(fixed)).toEqual({ clusters: 0, nodes: 3, cores: 12, ramGiB: 48 });
    expect(newPoolUsage({ ...fixed, scaling: 'autoscaling', minNodeCount: '2', maxNodeCount: '5' })).toEqual({
      clusters: 0,
      nodes: 5,
      cores: 20,
      ramGiB: 80,
    });
  });

  it('says nothing while the sizing is not valid, whatever else is', () => {
    expect(newPoolUsage({ ...defaultCreateNodePoolForm(), nodeCount: 'x' })).toBeUndefined();
    expect(newPoolUsage({ ...defaultCreateNodePoolForm(), scaling: 'autoscaling', minNodeCount: '4', maxNodeCount: '2' })).toBeUndefined();
    expect(newPoolUsage({ ...defaultCreateNodePoolForm(), name: '' })).toEqual({ clusters: 0, nodes: 1, cores: 4, ramGiB: 4 });
  });
});

describe('scaleUsage', () => {
  const values = { scaling: 'fixed', nodeCount: '5', minNodeCount: '1', maxNodeCount: '3' };

  it('is the difference to the pool as it is: more nodes add, fewer give back', () => {
    expect(scaleUsage(pool, values)).toEqual({ clusters: 0, nodes: 3, cores: 12, ramGiB: 24 });
    expect(scaleUsage(pool, { ...values, nodeCount: '1' })).toEqual({ clusters: 0, nodes: -1, cores: -4, ramGiB: -8 });
    expect(scaleUsage(pool, { ...values, scaling: 'autoscaling', nodeCount: '2', minNodeCount: '2', maxNodeCount: '6' })?.nodes).toBe(4);
  });

  it('says nothing for an unfinished count', () => {
    expect(scaleUsage(pool, { ...values, nodeCount: '' })).toBeUndefined();
  });
});
