import { describe, expect, it } from 'vitest';
import { activeHref, isActivePath } from '@/components/console/sidebar-nav';

describe('isActivePath', () => {
  it('marks the section and its sub-pages', () => {
    expect(isActivePath('/clusters', '/clusters')).toBe(true);
    expect(isActivePath('/clusters/abc', '/clusters')).toBe(true);
    expect(isActivePath('/clustersx', '/clusters')).toBe(false);
  });
});

describe('activeHref', () => {
  const hrefs = ['/clusters', '/clusters/upgrades', '/clusters/maintenance'];
  it('picks the most specific section', () => {
    expect(activeHref('/clusters/upgrades', hrefs)).toBe('/clusters/upgrades');
    expect(activeHref('/clusters/maintenance', hrefs)).toBe('/clusters/maintenance');
    expect(activeHref('/clusters/abc/nodepools', hrefs)).toBe('/clusters');
    expect(activeHref('/clusters', hrefs)).toBe('/clusters');
    expect(activeHref('/signin', hrefs)).toBeUndefined();
  });
});
