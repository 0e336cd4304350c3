import { describe, expect, it } from 'vitest';
import { deleteAvailability, editAvailability, kubeconfigAvailability, upgradeAvailability } from '@/components/clusters/detail/cluster-actions';
import type { ClusterResponse } from '@/lib/api/clusters/schema';
import type { ResourceState } from '@/lib/api/common/schema';

const cluster = (state: ResourceState, upgrades: string[] = ['25.3']): ClusterResponse => ({
  id: 'c1',
  metadata: { state, currentDataPlatformVersion: '24.11', availableUpgradeVersions: upgrades },
  properties: { name: 'c1' },
});

describe('cluster actions by state', () => {
  it('refuses edits and upgrades while the platform works, with the reason', () => {
    expect(editAvailability('DEPLOYING')).toEqual({
      enabled: false,
      reason: 'The platform is applying a change (DEPLOYING). You can edit once it is AVAILABLE.',
    });
    expect(upgradeAvailability(cluster('UPDATING'))).toMatchObject({ enabled: false, reason: expect.stringContaining('(UPDATING)') });
    expect(editAvailability('AVAILABLE').enabled).toBe(true);
    expect(editAvailability('FAILED').enabled).toBe(true);
    expect(upgradeAvailability(cluster('AVAILABLE')).enabled).toBe(true);
  });

  it('explains a missing upgrade', () => {
    expect(upgradeAvailability(cluster('AVAILABLE', []))).toEqual({
      enabled: false,
      reason: 'No upgrade is available: 24.11 is the newest version for this cluster.',
    });
  });

  it('refuses a second delete only', () => {
    expect(deleteAvailability('DESTROYING').enabled).toBe(false);
    for (const state of ['AVAILABLE', 'DEPLOYING', 'FAILED', 'UPDATING'] as const) expect(deleteAvailability(state).enabled).toBe(true);
  });

  it('offers the kubeconfig once provisioned', () => {
    for (const state of ['AVAILABLE', 'UPDATING', 'FAILED_UPDATING'] as const) expect(kubeconfigAvailability(state).enabled).toBe(true);
    expect(kubeconfigAvailability('DEPLOYING')).toMatchObject({ enabled: false, reason: expect.stringContaining('DEPLOYING') });
    expect(kubeconfigAvailability('FAILED')).toMatchObject({ enabled: false, reason: expect.stringContaining('never provisioned') });
    expect(kubeconfigAvailability(undefined).enabled).toBe(false);
  });
});
