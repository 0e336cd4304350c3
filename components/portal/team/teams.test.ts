import { describe, expect, it } from 'vitest';
import { creatableTeams, initialTeam } from '@/components/portal/team/teams';
import type { PortalMe } from '@/lib/api/portal/schema';

const teams = [
  { id: 'analytics', name: 'Analytics' },
  { id: 'streaming', name: 'Streaming' },
];
const me = (platformAdmin: boolean, roles: [string | null, string | null]): PortalMe => ({
  user: { sub: 's', email: 'x@portal.test', name: 'X' },
  platformAdmin,
  teams: teams.map((team, i) => ({ ...team, role: roles[i] as PortalMe['teams'][number]['role'] })),
});

describe('creatableTeams', () => {
  it('offers the teams where the person is team admin, all teams to a platform admin, none to members and viewers', () => {
    expect(creatableTeams(me(false, ['admin', 'member']))).toEqual([teams[0]]);
    expect(creatableTeams(me(true, [null, null]))).toEqual(teams);
    expect(creatableTeams(me(false, ['member', 'viewer']))).toEqual([]);
  });
});

describe('initialTeam', () => {
  it('keeps the draft’s team while it is still a choice, else preselects the only one', () => {
    expect(initialTeam(teams, 'streaming')).toBe('streaming');
    expect(initialTeam([teams[0]!], 'streaming')).toBe('analytics');
    expect(initialTeam(teams, undefined)).toBe('');
    expect(initialTeam([], undefined)).toBe('');
  });
});
