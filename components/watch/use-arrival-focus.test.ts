import { describe, expect, it } from 'vitest';
import { ARRIVAL_WINDOW_MS, isFreshCreate } from '@/components/watch/use-arrival-focus';
import { CLUSTER, entry, NOW, pool } from '@/test/support/watch-entries';

const cluster = { kind: 'cluster', id: entry().id } as const;
const ownPool = { kind: 'nodepool', clusterId: CLUSTER, id: pool().id } as const;

describe('isFreshCreate', () => {
  it('is the create just asked for, of this very resource', () => {
    expect(isFreshCreate(entry(), cluster, NOW + 1000)).toBe(true);
    expect(isFreshCreate(pool(), ownPool, NOW + 1000)).toBe(true);
    expect(isFreshCreate(entry(), cluster, NOW + ARRIVAL_WINDOW_MS + 1)).toBe(false);
    expect(isFreshCreate(entry({ action: 'update' }), cluster, NOW)).toBe(false);
    expect(isFreshCreate(pool(), { ...ownPool, clusterId: 'other' }, NOW)).toBe(false);
    expect(isFreshCreate(pool(), { kind: 'cluster', id: pool().id }, NOW)).toBe(false);
  });
});
