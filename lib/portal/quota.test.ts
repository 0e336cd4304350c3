import { describe, expect, it } from 'vitest';
import { checkQuota, emptyUsage, poolUsage, remaining, subtractUsage, teamUsage } from '@/lib/portal/quota';

const quota = { clusters: 2, nodes: 10, cores: 40, ramGiB: 80 };

describe('quota', () => {
  it('counts a pool at its autoscaling maximum, cores and RAM per node', () => {
    expect(poolUsage({ nodeCount: 2, coresCount: 4, ramSize: 8192, autoScaling: { minNodeCount: 2, maxNodeCount: 5 } })).toEqual({
      clusters: 0,
      nodes: 5,
      cores: 20,
      ramGiB: 40,
    });
    expect(teamUsage(1, [{ nodeCount: 3, coresCount: 2, ramSize: 4096 }])).toEqual({ clusters: 1, nodes: 3, cores: 6, ramGiB: 12 });
  });

  it('names the first limit exceeded and by how much', () => {
    const usage = teamUsage(1, [{ nodeCount: 8, coresCount: 4, ramSize: 4096 }]);
    const refused = checkQuota('analytics', quota, usage, poolUsage({ nodeCount: 4, coresCount: 2, ramSize: 4096 }));
    expect(refused).toMatchObject({ limit: 'nodes', quota: 10, wouldUse: 12, over: 2 });
    expect(refused?.message).toBe('This exceeds the "analytics" team\'s quota of 10 nodes by 2 nodes (it would use 12 nodes; 2 nodes left).');
    expect(checkQuota('analytics', quota, usage, { ...emptyUsage(), clusters: 1 })).toBeNull();
    expect(checkQuota('analytics', quota, { ...usage, clusters: 2 }, { ...emptyUsage(), clusters: 1 })?.limit).toBe('clusters');
  });

  it('always lets a change shrink, even over a quota lowered since', () => {
    const over = { clusters: 3, nodes: 20, cores: 80, ramGiB: 160 };
    const shrink = subtractUsage(
      poolUsage({ nodeCount: 2, coresCount: 4, ramSize: 4096 }),
      poolUsage({ nodeCount: 4, coresCount: 4, ramSize: 4096 }),
    );
    expect(checkQuota('analytics', quota, over, shrink)).toBeNull();
    expect(remaining(quota, over)).toEqual(emptyUsage());
  });
});
