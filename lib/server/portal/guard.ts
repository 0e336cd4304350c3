// Portal mode's enforcement, called by every BFF route before anything goes upstream: who the person is (session or
// personal access token), which team owns the cluster a request touches, whether their role allows the action
// (lib/portal/policy.ts), and the audit entry the request leaves. Another team's resource answers 404, a role too
// low 403 naming the role needed.
import 'server-only';
import { authorize, ROLE_LABELS, teamsAllowed, type Membership, type TeamAction } from '@/lib/portal/policy';
import type { Actor, AuditAction, AuditInput, Ownership } from '@/lib/portal/store/types';
import { HttpError } from '@/lib/server/errors';
import { log } from '@/lib/server/log';
import { membershipOfSession, portalConfig } from '@/lib/server/portal/settings';
import { portalStores } from '@/lib/server/portal/stores';
import type { ConsoleSession } from '@/lib/server/session';

type AuditTarget = NonNullable<AuditInput['target']>;

/** One portal request: the person, and what the route's checks learnt for its audit entry. */
export type PortalRequest = {
  membership: Membership;
  actor: Actor;
  via: NonNullable<AuditInput['via']>;
  /** Set by the route: what the request does (audited when set). */
  action: AuditAction | null;
  team: string | null;
  target: AuditTarget | null;
  changes: Record<string, unknown> | null;
};

/** The portal side of a request; null in personal mode. A personal access token reads as a member of its teams. */
export function portalRequestFor(session: ConsoleSession): PortalRequest | null {
  if (session.via !== 'oidc') return null;
  const actor: Actor = { sub: session.user.sub ?? '', email: session.user.email ?? session.user.name };
  if (session.accessTokenId) {
    // Its scope was fixed at creation: read and kubeconfig of these teams (the routes that accept tokens are GETs).
    return { membership: { platformAdmin: false, teams: {} }, actor, via: { kind: 'token', tokenId: session.accessTokenId }, ...blank() };
  }
  return { membership: membershipOfSession(session), actor, via: { kind: 'session' }, ...blank() };
}

const blank = () => ({ action: null, team: null, target: null, changes: null });

/** Token requests carry their scope here (set by the token authentication of lib/server/route.ts). */
export function withTokenScope(portal: PortalRequest, teams: readonly string[]): PortalRequest {
  return { ...portal, membership: { platformAdmin: false, teams: Object.fromEntries(teams.map((team) => [team, 'member' as const])) } };
}

function notFound(what: 'cluster' | 'team'): HttpError {
  return new HttpError(404, 'not_found', what === 'cluster' ? 'The cluster was not found.' : 'The team was not found.');
}

/**
 * The cluster's owner team after checking that the person may do `action` to it: 404 for a cluster of a team they
 * have no role in (or unowned, unless platform admin), 403 when their role is too low. Nothing goes upstream first.
 */
export async function requireCluster(portal: PortalRequest, clusterId: string, action: TeamAction): Promise<string | null> {
  const owner = await (await portalStores()).ownership.get(clusterId);
  const team = owner?.team ?? null;
  portal.team = team;
  portal.target ??= { type: 'cluster', id: clusterId };
  const decision = authorize(portal.membership, action, team);
  if (decision.ok) return team;
  if (decision.status === 404) throw notFound('cluster');
  throw new HttpError(403, 'forbidden_role', decision.message);
}

/** The clusters a person may see: ownership rows of their teams (platform admins: all, unowned included). */
export async function visibleClusterFilter(portal: PortalRequest): Promise<(clusterId: string) => boolean> {
  if (portal.membership.platformAdmin) return () => true;
  const rows = await (await portalStores()).ownership.all();
  const visible = new Set(rows.filter((row) => portal.membership.teams[row.team] !== undefined).map((row) => row.clusterId));
  return (clusterId) => visible.has(clusterId);
}

/** A cluster list answer with only the clusters the person may see (another team's never reaches the browser). */
export async function scopeClusterList<L extends { items?: { id?: string }[] }>(portal: PortalRequest | null, list: L): Promise<L> {
  if (!portal || !list.items) return list;
  const visible = await visibleClusterFilter(portal);
  return { ...list, items: list.items.filter((item) => item.id !== undefined && visible(item.id)) };
}

/**
 * The team a new cluster goes to: `?team=` when given (the person must be its team admin), else their only team
 * where they are team admin. 400 when it is missing and ambiguous, 404 for an unknown team, 403 for a role too low.
 */
export function teamForCreate(portal: PortalRequest, requested: string | undefined): string {
  const { config } = portalConfig();
  const allTeams = config.teams.map((team) => team.id);
  if (requested === undefined) {
    const candidates = teamsAllowed(portal.membership, 'create', allTeams);
    if (candidates.length === 1) return (portal.team = candidates[0]!);
    if (candidates.length === 0)
      throw new HttpError(403, 'forbidden_role', 'Creating clusters needs the team admin role in a team; you have it in none.');
    throw new HttpError(400, 'team_required', `Choose the team the cluster belongs to (?team=): you may create in ${candidates.join(', ')}.`);
  }
  if (!allTeams.includes(requested)) throw notFound('team');
  portal.team = requested;
  const decision = authorize(portal.membership, 'create', requested);
  if (decision.ok) return requested;
  // A team the person has no role in is not hidden: the teams file is no secret, but say so plainly.
  if (decision.status === 404)
    throw new HttpError(403, 'forbidden_role', `You have no role in the team "${requested}"; creating there needs ${ROLE_LABELS.admin}.`);
  throw new HttpError(403, 'forbidden_role', decision.message);
}

/** Refuses what portal mode does not allow whatever the role (e.g. a personal access token on a mutating route). */
export function refuse(status: 401 | 403, errorCode: string, message: string): never {
  throw new HttpError(status, errorCode, message);
}

/** Every ownership row the person may see (platform admins: all). */
export async function visibleOwnership(portal: PortalRequest): Promise<Ownership[]> {
  const rows = await (await portalStores()).ownership.all();
  return portal.membership.platformAdmin ? rows : rows.filter((row) => portal.membership.teams[row.team] !== undefined);
}

/**
 * Writes the request's audit entry, when the route named an action. Outcome: success below 400; `refused` when the
 * console said no before the upstream was asked; `failed` when the upstream refused or could not be reached.
 * A failure to write is logged as an error (the answer has been decided already).
 */
export async function auditRequest(
  portal: PortalRequest,
  outcome: { status: number; upstreamCalled: boolean; reason?: string; requestId: string },
): Promise<void> {
  if (!portal.action) return;
  const entry: AuditInput = {
    actor: portal.actor,
    team: portal.team,
    action: portal.action,
    target: portal.target,
    changes: portal.changes,
    outcome: outcome.status < 400 ? 'success' : outcome.upstreamCalled ? 'failed' : 'refused',
    status: outcome.status,
    reason: outcome.status < 400 ? null : (outcome.reason ?? null),
    requestId: outcome.requestId,
    via: portal.via,
  };
  await appendAudit(entry);
}

/** Appends one audit entry (sign-in and sign-out call it directly). */
export async function appendAudit(entry: AuditInput): Promise<void> {
  try {
    await (await portalStores()).audit.append(entry);
  } catch (error) {
    log.error({
      event: 'audit.append-failed',
      action: entry.action,
      requestId: entry.requestId ?? undefined,
      message: error instanceof Error ? error.message : 'unknown',
    });
  }
}

/** The portal side of a /api/portal or /api/v1 request; those routes answer 404 in personal mode. */
export function requirePortal(portal: PortalRequest | null): PortalRequest {
  if (!portal) throw new HttpError(404, 'not_found', 'This path exists only in portal mode.');
  return portal;
}

/** Platform admins only (403 naming the role otherwise). */
export function requirePlatformAdmin(portal: PortalRequest, what: string): void {
  if (!portal.membership.platformAdmin) throw new HttpError(403, 'forbidden_role', `${what} needs the platform admin role.`);
}
