import { describe, expect, it } from 'vitest';
import { activeHref, isActivePath, portalNavItems } from '@/components/console/sidebar-nav';
import type { PortalMe } from '@/lib/api/portal/schema';

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

describe('portalNavItems', () => {
  const me = (platformAdmin: boolean, roles: Record<string, 'viewer' | 'member' | 'admin' | null>): PortalMe => ({
    user: { sub: 's', email: 'x@portal.test', name: 'X' },
    platformAdmin,
    teams: Object.entries(roles).map(([id, role]) => ({ id, name: id, role })),
  });
  const labels = (items: ReturnType<typeof portalNavItems>) => items.map((item) => item.label);

  it('shows nothing in personal mode', () => {
    expect(portalNavItems(null)).toEqual([]);
  });

  it('shows Audit to team and platform admins, Teams to platform admins, Access tokens to everyone', () => {
    expect(labels(portalNavItems(me(true, { analytics: null, streaming: null })))).toEqual(['Audit', 'Access tokens', 'Teams']);
    expect(labels(portalNavItems(me(false, { analytics: 'admin', streaming: null })))).toEqual(['Audit', 'Access tokens']);
    expect(labels(portalNavItems(me(false, { analytics: 'member', streaming: null })))).toEqual(['Access tokens']);
    expect(labels(portalNavItems(me(false, { analytics: null, streaming: 'viewer' })))).toEqual(['Access tokens']);
  });
});
