import { describe, expect, it } from 'vitest';
import {
  clusterBlockedReason,
  copyAvailability,
  deleteAvailability,
  editAvailability,
  kubeconfigAvailability,
  upgradeAvailability,
} from '@/components/clusters/detail/cluster-actions';
import { copyLabel, ROLE_CHECKING, type PortalRole } from '@/components/shared/availability';
import type { ClusterResponse } from '@/lib/api/clusters/schema';
import { RESOURCE_STATES, type ResourceState } from '@/lib/api/common/schema';

const cluster = (state: ResourceState, upgrades: string[] = ['25.3']): ClusterResponse => ({
  id: 'c1',
  metadata: { state, currentDataPlatformVersion: '24.11', availableUpgradeVersions: upgrades },
  properties: { name: 'c1' },
});

const reasonOf = (a: { enabled: boolean; reason?: string }) => (a.enabled ? undefined : a.reason);

describe('cluster actions by state', () => {
  it('refuses edits and upgrades while the platform works, with one sentence for both', () => {
    expect(editAvailability('DEPLOYING')).toEqual({
      enabled: false,
      reason: 'The cluster is being created. You can change it once it is available.',
    });
    expect(reasonOf(upgradeAvailability(cluster('DEPLOYING')))).toBe(reasonOf(editAvailability('DEPLOYING')));
    expect(reasonOf(upgradeAvailability(cluster('UPDATING')))).toBe(reasonOf(editAvailability('UPDATING')));
    expect(editAvailability('AVAILABLE').enabled).toBe(true);
    expect(upgradeAvailability(cluster('AVAILABLE')).enabled).toBe(true);
  });

  it('names no API state in its sentences', () => {
    for (const state of RESOURCE_STATES) {
      const sentences = [clusterBlockedReason(state), reasonOf(kubeconfigAvailability(state)), reasonOf(deleteAvailability(state))];
      for (const sentence of sentences) expect(sentence ?? '').not.toMatch(/\b[A-Z]{4,}(_[A-Z]+)?\b/);
    }
  });

  it('offers a failed creation only delete and a copy, but a failed change everything', () => {
    expect(editAvailability('FAILED')).toMatchObject({ enabled: false, reason: expect.stringContaining('create it again with the same settings') });
    expect(upgradeAvailability(cluster('FAILED')).enabled).toBe(false);
    expect(kubeconfigAvailability('FAILED').enabled).toBe(false);
    expect(deleteAvailability('FAILED').enabled).toBe(true);
    expect(copyLabel('FAILED')).toBe('Create again with the same settings');
    expect(copyLabel('AVAILABLE')).toBe('Create a copy');

    expect(editAvailability('FAILED_UPDATING').enabled).toBe(true);
    expect(upgradeAvailability(cluster('FAILED_UPDATING')).enabled).toBe(true);
    expect(kubeconfigAvailability('FAILED_UPDATING').enabled).toBe(true);
  });

  it('explains a missing upgrade', () => {
    expect(upgradeAvailability(cluster('AVAILABLE', []))).toEqual({
      enabled: false,
      reason: 'No upgrade is available: 24.11 is the newest version for this cluster.',
    });
  });

  it('says a deletion once: the same sentence for edit, upgrade and delete', () => {
    const reasons = new Set([
      reasonOf(editAvailability('DESTROYING')),
      reasonOf(upgradeAvailability(cluster('DESTROYING'))),
      reasonOf(deleteAvailability('DESTROYING')),
    ]);
    expect([...reasons]).toEqual(['The cluster is being deleted.']);
    for (const state of ['AVAILABLE', 'DEPLOYING', 'FAILED', 'UPDATING', 'FAILED_DESTROYING'] as const)
      expect(deleteAvailability(state).enabled).toBe(true);
  });

  it('offers the kubeconfig once provisioned', () => {
    for (const state of ['AVAILABLE', 'UPDATING', 'FAILED_UPDATING'] as const) expect(kubeconfigAvailability(state).enabled).toBe(true);
    expect(kubeconfigAvailability('DEPLOYING')).toMatchObject({ enabled: false, reason: expect.stringContaining('once the cluster is provisioned') });
    expect(kubeconfigAvailability('FAILED')).toMatchObject({ enabled: false, reason: expect.stringContaining('never provisioned') });
    expect(kubeconfigAvailability(undefined).enabled).toBe(false);
  });
});

describe('cluster actions by portal role', () => {
  const role = (teams: Record<string, 'viewer' | 'member' | 'admin'>, team: string | null | undefined, platformAdmin = false): PortalRole => ({
    membership: { platformAdmin, teams },
    team,
  });
  const all = (r: PortalRole | undefined) => ({
    edit: editAvailability('AVAILABLE', r),
    upgrade: upgradeAvailability(cluster('AVAILABLE'), r),
    delete: deleteAvailability('AVAILABLE', r),
    kubeconfig: kubeconfigAvailability('AVAILABLE', r),
    copy: copyAvailability(r),
  });
  const allowed = (r: PortalRole | undefined) =>
    Object.entries(all(r))
      .filter(([, a]) => a.enabled)
      .map(([key]) => key);

  it('offers a viewer nothing but reading, a member the kubeconfig, a team admin everything', () => {
    expect(allowed(role({ analytics: 'viewer' }, 'analytics'))).toEqual([]);
    expect(allowed(role({ analytics: 'member' }, 'analytics'))).toEqual(['kubeconfig']);
    expect(allowed(role({ analytics: 'admin' }, 'analytics'))).toEqual(['edit', 'upgrade', 'delete', 'kubeconfig', 'copy']);
    expect(allowed(role({}, null, true))).toEqual(['edit', 'upgrade', 'delete', 'kubeconfig', 'copy']);
    // Personal mode: the state alone decides.
    expect(allowed(undefined)).toEqual(['edit', 'upgrade', 'delete', 'kubeconfig', 'copy']);
  });

  it('says which role is needed, ahead of any state reason', () => {
    const member = role({ analytics: 'member' }, 'analytics');
    expect(reasonOf(deleteAvailability('AVAILABLE', member))).toBe(
      'To delete clusters and node pools of the team "analytics" you need the team admin role; you are member.',
    );
    expect(reasonOf(editAvailability('DEPLOYING', member))).toMatch(/you need the team admin role/);
    expect(reasonOf(kubeconfigAvailability('DEPLOYING', role({ analytics: 'viewer' }, 'analytics')))).toMatch(/you need the member role/);
    // A role that allows it leaves the state's reason.
    expect(reasonOf(kubeconfigAvailability('DEPLOYING', member))).toBe(reasonOf(kubeconfigAvailability('DEPLOYING')));
  });

  it('waits for the cluster’s team before offering anything, except to a platform admin', () => {
    expect(reasonOf(editAvailability('AVAILABLE', role({ analytics: 'admin' }, undefined)))).toBe(ROLE_CHECKING);
    expect(editAvailability('AVAILABLE', role({}, undefined, true)).enabled).toBe(true);
  });
});
