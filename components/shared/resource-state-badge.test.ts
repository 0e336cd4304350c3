import { describe, expect, it } from 'vitest';
import { stateBadgeVariants } from '@/components/shared/resource-state-badge';
import { RESOURCE_STATES } from '@/lib/api/common/schema';

describe('stateBadgeVariants', () => {
  it('has a distinct style per group of states', () => {
    for (const state of RESOURCE_STATES) expect(stateBadgeVariants({ state })).toBeTruthy();
    expect(stateBadgeVariants({ state: 'AVAILABLE' })).toMatch(/green/);
    expect(stateBadgeVariants({ state: 'DEPLOYING' })).toMatch(/blue/);
    expect(stateBadgeVariants({ state: 'FAILED_DESTROYING' })).toMatch(/red/);
    expect(stateBadgeVariants({ state: 'TERMINATED' })).toMatch(/slate/);
  });
});
