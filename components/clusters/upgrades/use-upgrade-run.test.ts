import { describe, expect, it } from 'vitest';
import { rejectionOf } from '@/components/clusters/upgrades/use-upgrade-run';
import { BffError } from '@/lib/api/client';
import { ClusterChangedError } from '@/lib/api/clusters/mutations';
import type { ClusterResponse } from '@/lib/api/clusters/schema';

const current: ClusterResponse = {
  id: 'c1',
  metadata: { state: 'AVAILABLE', lastModifiedBy: 'ops@example.com', currentDataPlatformVersion: '24.7' },
  properties: { name: 'c1', dataPlatformVersion: '24.7' },
};

describe('rejectionOf', () => {
  it('turns the edit path’s ClusterChangedError into a conflict that says who changed what', () => {
    const error = new ClusterChangedError(current, [{ field: 'dataPlatformVersion', loaded: '24.3', current: '24.7' }]);
    expect(rejectionOf('c1', error)).toEqual({
      type: 'rejected',
      clusterId: 'c1',
      conflict: true,
      reason:
        'ops@example.com changed its Data Platform version (24.3 → 24.7) after you selected it. Nothing was sent; select it again to upgrade it as it is now.',
    });
  });

  it('gives any other refusal as a failure with the upgrade dialog’s words and the API’s message', () => {
    const refused = rejectionOf(
      'c1',
      new BffError({ status: 409, message: "The cluster 'c1' is UPDATING; change it once it is no longer in a transitional state." }),
    );
    expect(refused.conflict).toBe(false);
    expect(refused.reason).toContain('is UPDATING; change it once');
    const lost = rejectionOf('c1', new BffError({ status: 0, message: 'The console could not reach its server.' }));
    expect(lost.reason).toMatch(/^The upgrade may still have been started: /);
  });
});
