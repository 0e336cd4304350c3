// The audit log's filters as the BFF reads them (the page and the export share them), and who may read what.
import 'server-only';
import { z } from 'zod';
import { teamsAllowed } from '@/lib/portal/policy';
import { AUDIT_ACTIONS, type AuditQuery } from '@/lib/portal/store/types';
import { HttpError } from '@/lib/server/errors';
import type { PortalRequest } from '@/lib/server/portal/guard';
import { portalConfig } from '@/lib/server/portal/settings';

const isoTime = z.string().refine((value) => !Number.isNaN(Date.parse(value)) && /^\d{4}-\d{2}-\d{2}T/.test(value), 'Not an ISO 8601 time.');

export const auditQuerySpec = {
  team: z.string().regex(/^[a-z0-9-]{1,40}$/, 'Not a team id.'),
  actor: z.string().min(1).max(320),
  action: z.enum(AUDIT_ACTIONS, 'Not an audit action.'),
  from: isoTime,
  to: isoTime,
} as const;

export const pageSpec = {
  offset: z.string().regex(/^\d{1,7}$/, 'A whole number from 0.'),
  limit: z.string().regex(/^(?:[1-9]\d?|1\d\d|200)$/, 'A whole number from 1 to 200.'),
} as const;

type Filters = { team?: string; actor?: string; action?: (typeof AUDIT_ACTIONS)[number]; from?: string; to?: string };

/** The store query for these filters: platform admins see every entry, team admins their teams' (403 for others). */
export function auditQueryFor(portal: PortalRequest, filters: Filters): Omit<AuditQuery, 'limit' | 'offset'> {
  const allTeams = portalConfig().config.teams.map((team) => team.id);
  const visibleTeams = portal.membership.platformAdmin ? 'all' : teamsAllowed(portal.membership, 'audit', allTeams);
  if (visibleTeams !== 'all' && visibleTeams.length === 0) {
    throw new HttpError(403, 'forbidden_role', 'The audit log needs the team admin role in a team (or the platform admin role).');
  }
  if (filters.team && visibleTeams !== 'all' && !visibleTeams.includes(filters.team)) {
    throw new HttpError(403, 'forbidden_role', `You may read the audit log of ${visibleTeams.join(', ')} only.`);
  }
  const iso = (value: string | undefined) => (value === undefined ? undefined : new Date(value).toISOString());
  return { visibleTeams, team: filters.team, actor: filters.actor, action: filters.action, from: iso(filters.from), to: iso(filters.to) };
}
