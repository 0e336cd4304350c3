// Which teams a person may create clusters in (portal mode), and the sentence when there is none. Pure: the wizard's
// team choice and the "Create cluster" button read it, the BFF enforces the same policy on POST /clusters?team=.
import { membershipOfMe } from '@/components/portal/portal-context';
import type { PortalMe } from '@/lib/api/portal/schema';
import { teamsAllowed } from '@/lib/portal/policy';

export type TeamChoice = { id: string; name: string };

export const NO_TEAM_TO_CREATE_IN = 'Creating a cluster needs the team admin role in a team, and you have it in none. Ask your platform team.';

/** The teams where the person may create clusters, in the teams file's order (every team for a platform admin). */
export function creatableTeams(me: PortalMe): TeamChoice[] {
  const allowed = new Set(
    teamsAllowed(
      membershipOfMe(me),
      'create',
      me.teams.map((team) => team.id),
    ),
  );
  return me.teams.filter((team) => allowed.has(team.id)).map(({ id, name }) => ({ id, name }));
}

/** The team to start the wizard with: the one kept in the draft if still allowed, else the only choice, else none. */
export function initialTeam(choices: readonly TeamChoice[], kept: string | undefined): string {
  if (kept && choices.some((team) => team.id === kept)) return kept;
  return choices.length === 1 ? (choices[0]?.id ?? '') : '';
}
