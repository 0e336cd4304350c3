import { describe, expect, it } from 'vitest';
import { splitByOwnership, usageText, type OwnershipView } from '@/components/portal/teams/ownership-view';
import type { ClusterResponse } from '@/lib/api/clusters/schema';

const cluster = (id: string) => ({ id, type: 'cluster', properties: { name: `c-${id}` }, metadata: {} }) as unknown as ClusterResponse;
const owned = (clusterId: string, team: string): OwnershipView => ({
  clusterId,
  team,
  createdBy: null,
  createdAt: '2026-12-01T00:00:00Z',
  assignedBy: { sub: 's', email: 'ada@portal.test' },
  assignedAt: '2026-12-01T00:00:00Z',
});

describe('splitByOwnership', () => {
  it('keeps the list order and leaves out ownership of clusters that are gone', () => {
    const split = splitByOwnership([cluster('a'), cluster('b'), cluster('c')], [owned('b', 'analytics'), owned('gone', 'streaming')]);
    expect(split.unowned.map((c) => c.id)).toEqual(['a', 'c']);
    expect(split.owned.map(({ cluster: c, ownership }) => [c.id, ownership.team])).toEqual([['b', 'analytics']]);
  });
});

describe('usageText', () => {
  it('names the limit, in the singular for a quota of one', () => {
    expect(usageText('nodes', 5, 12)).toBe('5 of 12 nodes');
    expect(usageText('clusters', 0, 1)).toBe('0 of 1 cluster');
    expect(usageText('ramGiB', 7.5, 192)).toBe('7.5 of 192 GiB of RAM');
  });
});
