import { describe, expect, it } from 'vitest';
import { portalRoleLabels } from '@/components/console/portal-roles';
import type { PortalMe } from '@/lib/api/portal/schema';

const me = (platformAdmin: boolean, roles: Record<string, 'viewer' | 'member' | 'admin' | null>): PortalMe => ({
  user: { sub: 's', email: 'ben@portal.test', name: 'Ben' },
  platformAdmin,
  teams: Object.entries(roles).map(([id, role]) => ({ id, name: id[0]?.toUpperCase() + id.slice(1), role })),
});

describe('portalRoleLabels', () => {
  it('names each team with a role and the role in words, leaving out teams without one', () => {
    expect(portalRoleLabels(me(false, { analytics: 'admin', streaming: null }))).toEqual(['Analytics · team admin']);
    expect(portalRoleLabels(me(false, { analytics: 'member', streaming: 'viewer' }))).toEqual(['Analytics · member', 'Streaming · viewer']);
  });

  it('puts platform admin first, and says nothing for someone without any role', () => {
    expect(portalRoleLabels(me(true, { analytics: null, streaming: 'member' }))).toEqual(['Platform admin', 'Streaming · member']);
    expect(portalRoleLabels(me(false, { analytics: null }))).toEqual([]);
  });
});
