// Test data of the export tests: a cluster with LANs and routes, and a pool with autoscaling, labels and
// annotations whose values need escaping in every format (quotes, backslashes, newlines, `${`, commas, ').
import type { ClusterResponse } from '@/lib/api/clusters/schema';
import { nodePoolResponseSchema, type NodePoolResponse } from '@/lib/api/nodepools/schema';

export const CLUSTER_ID = '5c2b4a10-7d3e-4f6a-8b9c-0d1e2f3a4b5c';
export const POOL_ID = '9e8d7c6b-5a49-4382-9170-6f5e4d3c2b1a';
export const OPERATORS_POOL_ID = '11111111-2222-4333-8444-555555555555';
export const DATACENTER_ID = '0f0a3c8e-5b1d-4c2e-9a61-1d2b3c4d5e01';

export const TRICKY_NOTE = 'He said "ship it" \\o/\nthen left: ${var.x} 100%{y}, it\'s done';

export const cluster: ClusterResponse = {
  id: CLUSTER_ID,
  metadata: { state: 'AVAILABLE' },
  properties: {
    name: 'analytics.prod',
    dataPlatformVersion: '25.3',
    datacenterId: DATACENTER_ID,
    maintenanceWindow: { dayOfTheWeek: 'Saturday', time: '22:00:00' },
    lans: [
      { lanId: '2', dhcp: true, routes: [{ network: '10.1.0.0/16', gateway: '10.0.0.1' }] },
      {
        lanId: '3',
        dhcp: false,
        routes: [
          { network: '192.168.40.0/24', gateway: '192.168.40.1' },
          { network: 'fd00:1::/64', gateway: 'fd00:1::1' },
        ],
      },
    ],
  },
};

export const pool: NodePoolResponse = nodePoolResponseSchema.parse({
  id: POOL_ID,
  metadata: { state: 'AVAILABLE' },
  properties: {
    name: 'workers',
    nodeCount: 2,
    cpuFamily: 'INTEL_SKYLAKE',
    coresCount: 8,
    ramSize: 16384,
    availabilityZone: 'ZONE_1',
    storageType: 'HDD',
    storageSize: 100,
    maintenanceWindow: { dayOfTheWeek: 'Sunday', time: '03:00:00' },
    labels: { app: 'kafka', 'example.com/team': 'data-eng' },
    annotations: { 'example.com/note': TRICKY_NOTE, owner: 'a,b=c' },
    autoScaling: { minNodeCount: 2, maxNodeCount: 5 },
  },
});

export const operatorsPool: NodePoolResponse = nodePoolResponseSchema.parse({
  id: OPERATORS_POOL_ID,
  metadata: { state: 'AVAILABLE' },
  properties: { name: 'stackable-operators', nodeCount: 1, labels: { 'dataplatform.sandbox.test/pool': 'operators' } },
});
