// Whether an action on a resource can be offered now, and the reason shown (as a tooltip and description) when not.
import type { ResourceState } from '@/lib/api/common/schema';
import { authorize, type Membership, type TeamAction } from '@/lib/portal/policy';

export type Availability = { enabled: true } | { enabled: false; reason: string };

export const enabled: Availability = { enabled: true };
export const disabled = (reason: string): Availability => ({ enabled: false, reason });

/** "Create a copy" opens the wizard prefilled; for a failed creation it is the way to try again. */
export function copyLabel(state: ResourceState | undefined): string {
  return state === 'FAILED' ? 'Create again with the same settings' : 'Create a copy';
}

/**
 * In portal mode, the signed-in person's standing towards the team that owns a cluster (and its node pools):
 * `team` null when no team owns it, undefined while the ownership is still being read. Personal mode has none (the
 * action rules take `undefined`): IONOS decides there.
 */
export type PortalRole = { membership: Membership; team: string | null | undefined };

export const ROLE_CHECKING = 'Checking your role in the cluster’s team…';

/**
 * What the person's role allows (lib/portal/policy.ts, the rules the BFF enforces), with the policy's sentence as
 * the reason ("… you need the team admin role; you are member."). A role outranks a state: it does not pass.
 */
export function roleAvailability(role: PortalRole | undefined, action: TeamAction): Availability {
  if (!role) return enabled;
  // A platform admin may do everything whoever owns the cluster: no need to wait for the answer.
  if (role.team === undefined && !role.membership.platformAdmin) return disabled(ROLE_CHECKING);
  const decision = authorize(role.membership, action, role.team ?? null);
  return decision.ok ? enabled : disabled(decision.message);
}

/** The first refusal of `checks` (in order), or enabled. */
export function firstRefusal(...checks: Availability[]): Availability {
  return checks.find((check) => !check.enabled) ?? enabled;
}
