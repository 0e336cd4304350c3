// What the BFF's portal routes (/api/portal/*, portal mode only) answer. One schema per answer; the server builds
// its answers with these types and the browser parses with them.
import { z } from 'zod';
import { TEAM_ROLES } from '@/lib/portal/policy';
import { QUOTA_LIMITS } from '@/lib/portal/quota';
import { AUDIT_ACTIONS } from '@/lib/portal/store/types';

export const teamRoleSchema = z.enum(TEAM_ROLES);
const actorSchema = z.object({ sub: z.string(), email: z.string() });
const usageSchema = z.object(
  Object.fromEntries(QUOTA_LIMITS.map((limit) => [limit, z.number()])) as Record<(typeof QUOTA_LIMITS)[number], z.ZodNumber>,
);

/** GET /api/portal/me: who is signed in and their role per team (every configured team is listed; role null: none). */
export const portalMeSchema = z.object({
  user: z.object({ sub: z.string(), email: z.string(), name: z.string() }),
  platformAdmin: z.boolean(),
  teams: z.array(z.object({ id: z.string(), name: z.string(), role: teamRoleSchema.nullable() })),
});
export type PortalMe = z.infer<typeof portalMeSchema>;

/** GET /api/portal/teams/{teamId}/quota (needs a role in the team): limits, what the team uses, what is left. */
export const teamQuotaSchema = z.object({ team: z.string(), quota: usageSchema, usage: usageSchema, left: usageSchema });
export type TeamQuota = z.infer<typeof teamQuotaSchema>;

export const ownershipSchema = z.object({
  clusterId: z.string(),
  team: z.string(),
  createdBy: actorSchema.nullable(),
  createdAt: z.string(),
  assignedBy: actorSchema.nullable(),
  assignedAt: z.string().nullable(),
});
/** GET /api/portal/ownership: the owner team of every cluster the person may see (platform admins: all owned ones). */
export const ownershipListSchema = z.object({ items: z.array(ownershipSchema) });
/** PUT /api/portal/ownership/{clusterId} (platform admins): assign or move a cluster. */
export const assignClusterRequestSchema = z.strictObject({ team: z.string().min(1).max(40) });

export const auditActionSchema = z.enum(AUDIT_ACTIONS);
export const auditEntrySchema = z.object({
  seq: z.number(),
  at: z.string(),
  actor: actorSchema,
  team: z.string().nullable(),
  action: auditActionSchema,
  target: z.object({ type: z.enum(['cluster', 'nodepool', 'token', 'session']), id: z.string(), name: z.string().nullable().optional() }).nullable(),
  changes: z.record(z.string(), z.unknown()).nullable(),
  outcome: z.enum(['success', 'refused', 'failed']),
  status: z.number().nullable(),
  reason: z.string().nullable(),
  requestId: z.string().nullable(),
  via: z.union([z.object({ kind: z.literal('session') }), z.object({ kind: z.literal('token'), tokenId: z.string() })]).nullable(),
  prevHash: z.string(),
  hash: z.string(),
});
export type AuditEntryView = z.infer<typeof auditEntrySchema>;
/** GET /api/portal/audit?team&actor&action&from&to&offset&limit (newest first). Export: /api/portal/audit/export?format=csv|ndjson&… */
export const auditPageSchema = z.object({ items: z.array(auditEntrySchema), total: z.number(), offset: z.number(), limit: z.number() });

export const accessTokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  teams: z.array(z.string()),
  createdAt: z.string(),
  expiresAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type AccessTokenView = z.infer<typeof accessTokenSchema>;
/** GET /api/portal/tokens: the person's own tokens. */
export const tokenListSchema = z.object({ items: z.array(accessTokenSchema) });
/** POST /api/portal/tokens. */
export const createTokenRequestSchema = z.strictObject({
  name: z.string().trim().min(1, 'Name the token (what uses it).').max(80, 'At most 80 characters.'),
  expiresInDays: z.number().int('Whole days.').min(1, 'At least 1 day.').max(90, 'At most 90 days.'),
});
/** 201: the secret, shown once. DELETE /api/portal/tokens/{tokenId} revokes (200 with the token). */
export const createdTokenSchema = z.object({ secret: z.string(), token: accessTokenSchema });

/** GET /api/portal/config (platform admins): the teams file as read at start-up. */
export const portalConfigViewSchema = z.object({
  file: z.string(),
  text: z.string(),
  retentionDays: z.number(),
  maxTokenDays: z.number(),
  teams: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      groups: z.object({ admin: z.array(z.string()), member: z.array(z.string()), viewer: z.array(z.string()) }),
      quota: usageSchema,
    }),
  ),
  platformAdminGroups: z.array(z.string()),
});
