import { describe, expect, it } from 'vitest';
import { authorize, deniedReason, teamsAllowed, type Membership } from '@/lib/portal/policy';

const member: Membership = { platformAdmin: false, teams: { analytics: 'member', streaming: 'viewer' } };
const platform: Membership = { platformAdmin: true, teams: {} };

describe('authorize', () => {
  it('lets a role do what its rank allows in its own team', () => {
    expect(authorize(member, 'read', 'analytics')).toEqual({ ok: true });
    expect(authorize(member, 'kubeconfig', 'analytics')).toEqual({ ok: true });
    expect(authorize(member, 'scale', 'analytics')).toEqual({ ok: true });
  });

  it('answers 403 naming the role needed when the rank is too low', () => {
    const decision = authorize(member, 'delete', 'analytics');
    expect(decision).toMatchObject({ ok: false, status: 403, needed: 'admin', have: 'member' });
    expect(deniedReason(member, 'delete', 'analytics')).toBe(
      'To delete clusters and node pools of the team "analytics" you need the team admin role; you are member.',
    );
    expect(authorize(member, 'kubeconfig', 'streaming')).toMatchObject({ status: 403, needed: 'member', have: 'viewer' });
  });

  it('hides other teams and unowned clusters (404) from everyone but platform admins', () => {
    expect(authorize(member, 'read', 'payments')).toMatchObject({ ok: false, status: 404 });
    expect(authorize(member, 'read', null)).toMatchObject({ ok: false, status: 404 });
    expect(authorize(platform, 'delete', null)).toEqual({ ok: true });
    expect(authorize(platform, 'delete', 'payments')).toEqual({ ok: true });
  });

  it('lists the teams where an action is allowed', () => {
    expect(teamsAllowed(member, 'kubeconfig', ['analytics', 'streaming'])).toEqual(['analytics']);
    expect(teamsAllowed(member, 'read', ['analytics', 'streaming'])).toEqual(['analytics', 'streaming']);
    expect(teamsAllowed(platform, 'create', ['analytics', 'streaming'])).toEqual(['analytics', 'streaming']);
  });
});
