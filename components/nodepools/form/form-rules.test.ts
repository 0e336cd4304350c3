import { describe, expect, it } from 'vitest';
import { clampedNodeCount } from '@/components/nodepools/form/form-rules';

const auto = { scaling: 'autoscaling' as const, nodeCount: '1', minNodeCount: '1', maxNodeCount: '3' };

describe('clampedNodeCount', () => {
  it('moves the count up to a raised minimum and down to a lowered maximum', () => {
    expect(clampedNodeCount({ ...auto, minNodeCount: '2' })).toBe('2');
    expect(clampedNodeCount({ ...auto, nodeCount: '5', maxNodeCount: '4' })).toBe('4');
  });

  it('leaves a count in range, a fixed size and invalid bounds alone', () => {
    expect(clampedNodeCount({ ...auto, nodeCount: '2' })).toBeUndefined();
    expect(clampedNodeCount({ ...auto, scaling: 'fixed', minNodeCount: '2' })).toBeUndefined();
    expect(clampedNodeCount({ ...auto, minNodeCount: '5', maxNodeCount: '4' })).toBeUndefined();
    expect(clampedNodeCount({ ...auto, minNodeCount: 'x' })).toBeUndefined();
    expect(clampedNodeCount({ ...auto, nodeCount: '' })).toBeUndefined();
  });
});
