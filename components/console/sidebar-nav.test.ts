import { describe, expect, it } from 'vitest';
import { isActivePath } from '@/components/console/sidebar-nav';

describe('isActivePath', () => {
  it('marks the section and its sub-pages', () => {
    expect(isActivePath('/clusters', '/clusters')).toBe(true);
    expect(isActivePath('/clusters/abc', '/clusters')).toBe(true);
    expect(isActivePath('/clustersx', '/clusters')).toBe(false);
  });
});
