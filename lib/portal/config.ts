// The teams file (PORTAL_CONFIG, default portal.yaml): teams, their quotas, and which identity-provider groups give
// which role. Parsed and checked here (pure: text in, config or an error naming the line out); the server reads the
// file once at start-up (lib/server/portal/settings.ts). GitOps-friendly: the platform team reviews it like code.
import { LineCounter, parseDocument, isNode } from 'yaml';
import { z } from 'zod';
import { higherRole, type Membership, type TeamRole } from '@/lib/portal/policy';
import { QUOTA_LIMITS, type Quota } from '@/lib/portal/quota';

const TEAM_ID = /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/;
const groupSchema = z.string().trim().min(1, 'A group name cannot be empty.').max(256);
const groupsSchema = z.array(groupSchema).default([]);
const limitSchema = z.number().int('Must be a whole number.').min(0, 'Cannot be negative.').max(1_000_000);

const quotaSchema = z.strictObject(
  Object.fromEntries(QUOTA_LIMITS.map((limit) => [limit, limitSchema])) as Record<(typeof QUOTA_LIMITS)[number], typeof limitSchema>,
);

const teamSchema = z.strictObject({
  id: z.string().regex(TEAM_ID, 'A team id is 1–40 lowercase letters, digits and hyphens, starting and ending with a letter or digit.'),
  name: z.string().trim().min(1).max(80),
  groups: z.strictObject({ admin: groupsSchema, member: groupsSchema, viewer: groupsSchema }),
  quota: quotaSchema,
});

export const portalConfigSchema = z
  .strictObject({
    platformAdmins: z.strictObject({ groups: z.array(groupSchema).min(1, 'Name at least one group of platform admins.') }),
    teams: z.array(teamSchema).min(1, 'Define at least one team.'),
    audit: z.strictObject({ retentionDays: z.number().int().min(1).max(36_500) }).default({ retentionDays: 365 }),
    tokens: z.strictObject({ maxDays: z.number().int().min(1).max(90) }).default({ maxDays: 90 }),
  })
  .superRefine((config, ctx) => {
    const seen = new Set<string>();
    config.teams.forEach((team, index) => {
      if (seen.has(team.id)) ctx.addIssue({ code: 'custom', path: ['teams', index, 'id'], message: `The team id "${team.id}" is used twice.` });
      seen.add(team.id);
    });
  });

export type PortalConfig = z.output<typeof portalConfigSchema>;
export type PortalTeam = PortalConfig['teams'][number];
export type { Quota };

export class PortalConfigError extends Error {
  override name = 'PortalConfigError';
}

/** Parses the teams file; a PortalConfigError names the file, the line and the field of the first problem. */
export function parsePortalConfig(text: string, file = 'portal.yaml'): PortalConfig {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineOf = (offset: number | undefined) => (offset === undefined ? undefined : lineCounter.linePos(offset).line);
  const yamlError = doc.errors[0];
  if (yamlError) {
    throw new PortalConfigError(
      `${file} line ${lineOf(yamlError.pos[0]) ?? '?'}: not valid YAML (${yamlError.code}: ${yamlError.message.split('\n')[0]}).`,
    );
  }
  const parsed = portalConfigSchema.safeParse(doc.toJS());
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  // The deepest node of the document on the issue's path gives the line (a missing field: its parent's line).
  let line: number | undefined;
  for (let depth = issue.path.length; depth >= 0 && line === undefined; depth--) {
    const node = doc.getIn(issue.path.slice(0, depth) as (string | number)[], true);
    if (isNode(node)) line = lineOf(node.range?.[0]);
  }
  const field = issue.path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`)).join('');
  throw new PortalConfigError(`${file} line ${line ?? 1}: ${field ? `${field}: ` : ''}${issue.message}`);
}

/** A person's role per team from their identity-provider groups; the highest role wins within a team. */
export function membershipOf(config: PortalConfig, groups: readonly string[]): Membership {
  const has = new Set(groups);
  const teams: Record<string, TeamRole> = {};
  for (const team of config.teams) {
    for (const role of ['viewer', 'member', 'admin'] as const) {
      if (team.groups[role].some((group) => has.has(group))) teams[team.id] = higherRole(teams[team.id], role);
    }
  }
  return { platformAdmin: config.platformAdmins.groups.some((group) => has.has(group)), teams };
}

export function findTeam(config: PortalConfig, id: string): PortalTeam | undefined {
  return config.teams.find((team) => team.id === id);
}
