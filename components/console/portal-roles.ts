// The signed-in person's standing in portal mode, as the header shows it: "Platform admin", "Analytics · team admin".
import type { PortalMe } from '@/lib/api/portal/schema';
import { ROLE_LABELS } from '@/lib/portal/policy';

/** One label per role the person holds: platform admin first, then each team with a role, in the teams file's order. */
export function portalRoleLabels(me: PortalMe): string[] {
  const teams = me.teams.flatMap((team) => (team.role ? [`${team.name} · ${ROLE_LABELS[team.role]}`] : []));
  return me.platformAdmin ? ['Platform admin', ...teams] : teams;
}
