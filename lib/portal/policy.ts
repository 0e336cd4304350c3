// Who may do what in portal mode (CONSOLE_AUTH=oidc). Pure and isomorphic: the BFF enforces it on every route, the
// browser reads the same rules to hide or disable what a role cannot do. Nothing here reads the teams file: the
// server turns a person's groups into a Membership (lib/portal/config.ts `membershipOf`) and passes that around.

/** Roles within one team, lowest first. Platform admins stand above every team (Membership.platformAdmin). */
export const TEAM_ROLES = ['viewer', 'member', 'admin'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

export const ROLE_LABELS: Readonly<Record<TeamRole, string>> = { viewer: 'viewer', member: 'member', admin: 'team admin' };

/** A signed-in person's standing: their role per team id, and whether they are a platform admin. */
export type Membership = { platformAdmin: boolean; teams: Readonly<Record<string, TeamRole>> };

/**
 * What can be done to a team's resources, and the lowest team role that may do it.
 * - read: see the team's clusters and node pools;
 * - kubeconfig: download a kubeconfig (also with a personal access token);
 * - scale: change a node pool's node count or autoscaling, within quota;
 * - create / edit / upgrade / delete: clusters and node pools;
 * - audit: read the team's audit log.
 */
export const TEAM_ACTIONS = {
  read: 'viewer',
  kubeconfig: 'member',
  scale: 'member',
  create: 'admin',
  edit: 'admin',
  upgrade: 'admin',
  delete: 'admin',
  audit: 'admin',
} as const satisfies Record<string, TeamRole>;
export type TeamAction = keyof typeof TEAM_ACTIONS;

export const ACTION_LABELS: Readonly<Record<TeamAction, string>> = {
  read: 'see',
  kubeconfig: 'download kubeconfigs of',
  scale: 'scale node pools of',
  create: 'create clusters and node pools in',
  edit: 'edit clusters and node pools of',
  upgrade: 'upgrade clusters of',
  delete: 'delete clusters and node pools of',
  audit: 'read the audit log of',
};

export function roleRank(role: TeamRole | undefined): number {
  return role === undefined ? -1 : TEAM_ROLES.indexOf(role);
}

/** The higher of two roles (a person in several groups of one team gets the highest). */
export function higherRole(a: TeamRole | undefined, b: TeamRole): TeamRole {
  return roleRank(a) >= roleRank(b) ? (a as TeamRole) : b;
}

export type Decision =
  | { ok: true }
  /** 404: the resource is another team's (or no team's) and must not be acknowledged. */
  | { ok: false; status: 404; message: string }
  /** 403: the person sees the resource but their role is too low; the message names the role needed. */
  | { ok: false; status: 403; message: string; needed: TeamRole; have: TeamRole };

/**
 * May `who` do `action` to a resource owned by `team` (null: no team owns it)? Platform admins may do everything.
 * Anyone without a role in the owning team, and everyone but platform admins for unowned clusters, gets a 404.
 */
export function authorize(who: Membership, action: TeamAction, team: string | null): Decision {
  if (who.platformAdmin) return { ok: true };
  const have = team === null ? undefined : who.teams[team];
  if (have === undefined) return { ok: false, status: 404, message: 'Not found.' };
  const needed: TeamRole = TEAM_ACTIONS[action];
  if (roleRank(have) >= roleRank(needed)) return { ok: true };
  return {
    ok: false,
    status: 403,
    needed,
    have,
    message: `To ${ACTION_LABELS[action]} the team "${team}" you need the ${ROLE_LABELS[needed]} role; you are ${ROLE_LABELS[have]}.`,
  };
}

/** The reason `action` is not allowed, for a disabled button's description; null when it is allowed. */
export function deniedReason(who: Membership, action: TeamAction, team: string | null): string | null {
  const decision = authorize(who, action, team);
  return decision.ok ? null : decision.message;
}

/** Teams in which `who` may do `action` (all configured teams for a platform admin: pass them as `allTeams`). */
export function teamsAllowed(who: Membership, action: TeamAction, allTeams: readonly string[]): string[] {
  if (who.platformAdmin) return [...allTeams];
  return Object.entries(who.teams)
    .filter(([, role]) => roleRank(role) >= roleRank(TEAM_ACTIONS[action]))
    .map(([team]) => team);
}
