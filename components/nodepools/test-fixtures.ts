// A node pool for the unit tests of the pool rules and forms (2 nodes of 4 cores and 8 GiB).
import type { ResourceState } from '@/lib/api/common/schema';
import type { NodePoolResponse } from '@/lib/api/nodepools/schema';

export const samplePool = (state: ResourceState = 'AVAILABLE', name = 'spark'): NodePoolResponse => ({
  id: 'p1',
  metadata: { state },
  properties: {
    name,
    nodeCount: 2,
    cpuFamily: 'INTEL_SKYLAKE',
    coresCount: 4,
    ramSize: 8192,
    availabilityZone: 'AUTO',
    storageType: 'SSD',
    storageSize: 100,
  },
});
