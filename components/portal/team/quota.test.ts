import { describe, expect, it } from 'vitest';
import { quotaLeftText } from '@/components/portal/team/quota';
import type { TeamQuota } from '@/lib/api/portal/schema';

const analytics: TeamQuota = {
  team: 'analytics',
  quota: { clusters: 3, nodes: 12, cores: 48, ramGiB: 192 },
  usage: { clusters: 1, nodes: 8, cores: 32, ramGiB: 128 },
  left: { clusters: 2, nodes: 4, cores: 16, ramGiB: 64 },
};

describe('quotaLeftText', () => {
  it('says what is left of every limit, of how much', () => {
    expect(quotaLeftText('Analytics', analytics)).toBe('Analytics has 2 of 3 clusters, 4 of 12 nodes, 16 of 48 cores and 64 of 192 GiB of RAM left.');
  });

  it('uses the singular for a limit of one and keeps fractions of GiB short', () => {
    const small: TeamQuota = {
      ...analytics,
      quota: { clusters: 1, nodes: 1, cores: 1, ramGiB: 1.5 },
      left: { clusters: 0, nodes: 1, cores: 1, ramGiB: 0.25 },
    };
    expect(quotaLeftText('Lab', small)).toBe('Lab has 0 of 1 cluster, 1 of 1 node, 1 of 1 core and 0.3 of 1.5 GiB of RAM left.');
  });
});
