// Watched entries for the tests of lib/watch and components/watch.
import type { WatchedCluster, WatchedNodePool } from '@/lib/watch/store';

export const NOW = 1_750_000_000_000;
export const CLUSTER = '5eedc100-0000-4000-8000-000000000001';

export const entry = (over: Partial<WatchedCluster> = {}): WatchedCluster => ({
  id: '5eedc100-0000-4000-8000-000000000009',
  action: 'create',
  at: NOW,
  ...over,
});

export const pool = (over: Partial<WatchedNodePool> = {}): WatchedNodePool => ({
  kind: 'nodepool',
  clusterId: CLUSTER,
  id: '9001a000-0000-4000-8000-000000000002',
  action: 'create',
  at: NOW,
  ...over,
});
