import { describe, expect, it } from 'vitest';
import { behindClusters, defaultTarget } from '@/components/clusters/upgrades/behind';
import type { PortalRole } from '@/components/shared/availability';
import type { ClusterResponse } from '@/lib/api/clusters/schema';
import type { ResourceState } from '@/lib/api/common/schema';

const VERSIONS = ['25.3', '24.3', '24.11', '24.7'];

function cluster(name: string, version: string, upgrades: string[], state: ResourceState = 'AVAILABLE'): ClusterResponse {
  return {
    id: `id-${name}`,
    metadata: { state, currentDataPlatformVersion: version, availableUpgradeVersions: upgrades },
    properties: { name, dataPlatformVersion: version },
  };
}

describe('behindClusters', () => {
  it('lists only clusters older than the newest version, furthest behind first, then by name', () => {
    const rows = behindClusters(
      [
        cluster('b-mid', '24.7', ['24.11', '25.3']),
        cluster('current', '25.3', []),
        cluster('oldest', '24.3', ['24.7', '24.11', '25.3']),
        cluster('a-mid', '24.7', ['24.11', '25.3']),
        cluster('close', '24.11', ['25.3']),
      ],
      VERSIONS,
    );
    expect(rows.map((row) => [row.cluster.properties.name, row.behindBy])).toEqual([
      ['oldest', 3],
      ['a-mid', 2],
      ['b-mid', 2],
      ['close', 1],
    ]);
    expect(rows[0]).toMatchObject({ current: '24.3', newest: '25.3', targets: ['25.3', '24.11', '24.7'], blocked: undefined });
  });

  it('reads the running version, not the requested one, so a cluster still upgrading is behind', () => {
    const moving: ClusterResponse = {
      ...cluster('moving', '24.7', ['24.11', '25.3'], 'UPDATING'),
      properties: { name: 'moving', dataPlatformVersion: '25.3' },
    };
    const [row] = behindClusters([moving], VERSIONS);
    expect(row).toMatchObject({ current: '24.7', behindBy: 2 });
    expect(row?.blocked).toMatch(/UPDATING/);
  });

  it('blocks clusters the platform offers no upgrade and leaves out the ones being deleted', () => {
    const rows = behindClusters([cluster('stuck', '24.3', []), cluster('going', '24.3', ['25.3'], 'DESTROYING')], VERSIONS);
    expect(rows.map((row) => row.cluster.properties.name)).toEqual(['stuck']);
    expect(rows[0]?.blocked).toMatch(/no upgrade/);
  });

  it('counts versions newer than the current one by version order, not by list position', () => {
    expect(behindClusters([cluster('x', '24.11-rc1', ['24.11', '25.3'])], VERSIONS)[0]?.behindBy).toBe(2);
    expect(behindClusters([cluster('x', '24.3', ['25.3'])], [])).toEqual([]);
  });
});

describe('defaultTarget', () => {
  it('is the newest version the cluster may go to', () => {
    expect(defaultTarget(['24.7', '25.3', '24.11'])).toBe('25.3');
    expect(defaultTarget([])).toBeUndefined();
  });
});

describe('behindClusters in portal mode', () => {
  it('blocks a cluster whose upgrade the person’s role does not allow, with the needed role', () => {
    const clusters = [cluster('a', '24.3', ['25.3']), cluster('b', '24.3', ['25.3'])];
    const teams: Record<string, string> = { 'id-a': 'analytics', 'id-b': 'streaming' };
    const roleOf = (id: string): PortalRole => ({
      membership: { platformAdmin: false, teams: { analytics: 'admin', streaming: 'member' } },
      team: teams[id],
    });
    const rows = behindClusters(clusters, ['24.3', '25.3'], roleOf);
    expect(rows.find((row) => row.cluster.id === 'id-a')?.blocked).toBeUndefined();
    expect(rows.find((row) => row.cluster.id === 'id-b')?.blocked).toMatch(/upgrade clusters of the team "streaming" you need the team admin role/);
  });
});
