import { describe, expect, it } from 'vitest';
import {
  addPoolAvailability,
  canReplacePool,
  deletePoolAvailability,
  editPoolAvailability,
  POOL_CREATION_FAILED,
  poolSettingsAvailability,
  shownPoolState,
} from '@/components/nodepools/pool-actions';
import type { PortalRole } from '@/components/shared/availability';
import { RESOURCE_STATES } from '@/lib/api/common/schema';
import { OPERATORS_POOL_NAME } from '@/lib/api/nodepools/operators';
import { samplePool } from '@/components/nodepools/test-fixtures';

const pool = samplePool;

const reasonOf = (a: { enabled: boolean; reason?: string }) => (a.enabled ? undefined : a.reason);

describe('node pool actions', () => {
  it('offers a pool whose creation failed only delete and a copy', () => {
    expect(editPoolAvailability(pool('FAILED'), 'AVAILABLE')).toEqual({ enabled: false, reason: POOL_CREATION_FAILED });
    expect(canReplacePool(pool('FAILED'))).toBe(false);
    expect(deletePoolAvailability(pool('FAILED'), 'AVAILABLE').enabled).toBe(true);
    // A failed change leaves a running pool that takes changes again.
    expect(editPoolAvailability(pool('FAILED_UPDATING'), 'AVAILABLE').enabled).toBe(true);
    expect(canReplacePool(pool('AVAILABLE'))).toBe(true);
    expect(canReplacePool(pool('AVAILABLE', OPERATORS_POOL_NAME))).toBe(false);
  });

  it('takes no pool on a cluster whose creation failed', () => {
    expect(addPoolAvailability('FAILED')).toMatchObject({ enabled: false, reason: expect.stringContaining('creation failed') });
    expect(addPoolAvailability('FAILED_UPDATING').enabled).toBe(true);
    expect(addPoolAvailability('AVAILABLE').enabled).toBe(true);
  });

  it('says a cluster’s deletion once for every action, and shows its pools as going with it', () => {
    const reasons = new Set([
      reasonOf(addPoolAvailability('DESTROYING')),
      reasonOf(editPoolAvailability(pool('AVAILABLE'), 'DESTROYING')),
      reasonOf(deletePoolAvailability(pool('AVAILABLE'), 'DESTROYING')),
    ]);
    expect([...reasons]).toEqual(['The cluster is being deleted, together with its node pools.']);
    expect(shownPoolState('AVAILABLE', 'DESTROYING')).toBe('DESTROYING');
    expect(shownPoolState('AVAILABLE', 'UPDATING')).toBe('AVAILABLE');
  });

  it('names no API state in its sentences', () => {
    for (const clusterState of RESOURCE_STATES) {
      for (const poolState of RESOURCE_STATES) {
        const sentences = [reasonOf(editPoolAvailability(pool(poolState), clusterState)), reasonOf(addPoolAvailability(clusterState))];
        for (const sentence of sentences) expect(sentence ?? '').not.toMatch(/\b[A-Z]{4,}(_[A-Z]+)?\b/);
      }
    }
  });
});

describe('node pool actions by portal role', () => {
  const role = (r: 'viewer' | 'member' | 'admin'): PortalRole => ({
    membership: { platformAdmin: false, teams: { analytics: r } },
    team: 'analytics',
  });
  const offered = (r: PortalRole) => ({
    add: addPoolAvailability('AVAILABLE', r).enabled,
    scale: editPoolAvailability(pool('AVAILABLE'), 'AVAILABLE', r).enabled,
    settings: poolSettingsAvailability(r).enabled,
    replace: canReplacePool(pool('AVAILABLE'), r),
    delete: deletePoolAvailability(pool('AVAILABLE'), 'AVAILABLE', r).enabled,
  });

  it('lets a member scale a pool and nothing else, a team admin do everything, a viewer nothing', () => {
    expect(offered(role('viewer'))).toEqual({ add: false, scale: false, settings: false, replace: false, delete: false });
    expect(offered(role('member'))).toEqual({ add: false, scale: true, settings: false, replace: false, delete: false });
    expect(offered(role('admin'))).toEqual({ add: true, scale: true, settings: true, replace: true, delete: true });
  });

  it('gives the needed role as the reason, before the pool’s own', () => {
    expect(reasonOf(deletePoolAvailability(pool('AVAILABLE', OPERATORS_POOL_NAME), 'AVAILABLE', role('member')))).toBe(
      'To delete clusters and node pools of the team "analytics" you need the team admin role; you are member.',
    );
    expect(reasonOf(poolSettingsAvailability(role('member')))).toMatch(/edit clusters and node pools .* team admin role/);
    expect(reasonOf(editPoolAvailability(pool('DEPLOYING'), 'AVAILABLE', role('member')))).toBe(
      reasonOf(editPoolAvailability(pool('DEPLOYING'), 'AVAILABLE')),
    );
  });
});
