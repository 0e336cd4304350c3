// Reads of the portal's own routes (/api/portal/*, portal mode only). Keys hang under ['portal'] so one
// invalidation after a change (an assignment, a token) reaches everything that shows it.
import { queryOptions } from '@tanstack/react-query';
import { bffFetch } from '@/lib/api/client';
import {
  auditPageSchema,
  ownershipListSchema,
  portalConfigViewSchema,
  portalMeSchema,
  teamQuotaSchema,
  tokenListSchema,
} from '@/lib/api/portal/schema';
import type { AuditAction } from '@/lib/portal/store/types';

/** The audit log's filters as the BFF reads them; `from`/`to` are ISO 8601 UTC (inclusive from, exclusive to). */
export type AuditFilters = { team?: string; actor?: string; action?: AuditAction; from?: string; to?: string };
export type AuditPageRequest = AuditFilters & { offset?: number; limit?: number };

export const AUDIT_PAGE_SIZE = 50;
const AUDIT_FILTER_KEYS = ['team', 'actor', 'action', 'from', 'to'] as const satisfies readonly (keyof AuditFilters)[];

/** The filters as query parameters, empty ones left out, in a fixed order (the same filters make the same URL). */
export function auditSearchParams(filters: AuditFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of AUDIT_FILTER_KEYS) {
    const value = filters[key]?.trim();
    if (value) params.set(key, value);
  }
  return params;
}

/** GET /api/portal/audit for one page of the filtered log. */
export function auditPath({ offset = 0, limit = AUDIT_PAGE_SIZE, ...filters }: AuditPageRequest): string {
  const params = auditSearchParams(filters);
  params.set('offset', String(offset));
  params.set('limit', String(limit));
  return `/api/portal/audit?${params}`;
}

/** The download of every entry the filters match (a plain link: the browser streams it to a file). */
export function auditExportPath(format: 'csv' | 'ndjson', filters: AuditFilters): string {
  const params = new URLSearchParams({ format });
  for (const [key, value] of auditSearchParams(filters)) params.set(key, value);
  return `/api/portal/audit/export?${params}`;
}

export const portalKeys = {
  all: ['portal'] as const,
  me: () => [...portalKeys.all, 'me'] as const,
  quotas: () => [...portalKeys.all, 'quota'] as const,
  teamQuota: (teamId: string) => [...portalKeys.quotas(), teamId] as const,
  ownership: () => [...portalKeys.all, 'ownership'] as const,
  audits: () => [...portalKeys.all, 'audit'] as const,
  audit: ({ offset = 0, limit = AUDIT_PAGE_SIZE, ...filters }: AuditPageRequest) =>
    [...portalKeys.audits(), { ...Object.fromEntries(auditSearchParams(filters)), offset, limit }] as const,
  tokens: () => [...portalKeys.all, 'tokens'] as const,
  config: () => [...portalKeys.all, 'config'] as const,
};

export const portalQueries = {
  /** GET /api/portal/me: the signed-in person and their role per team. */
  me: () =>
    queryOptions({
      queryKey: portalKeys.me(),
      queryFn: ({ signal }) => bffFetch('/api/portal/me', { schema: portalMeSchema, signal }),
    }),
  /** GET /api/portal/teams/{teamId}/quota: limits, usage and what is left (needs a role in the team). */
  teamQuota: (teamId: string) =>
    queryOptions({
      queryKey: portalKeys.teamQuota(teamId),
      queryFn: ({ signal }) => bffFetch(`/api/portal/teams/${encodeURIComponent(teamId)}/quota`, { schema: teamQuotaSchema, signal }),
    }),
  /** GET /api/portal/ownership: the owner team of every cluster the person may see. */
  ownership: () =>
    queryOptions({
      queryKey: portalKeys.ownership(),
      queryFn: ({ signal }) => bffFetch('/api/portal/ownership', { schema: ownershipListSchema, signal }),
    }),
  /** GET /api/portal/audit: one page of the log, newest first. */
  audit: (request: AuditPageRequest = {}) =>
    queryOptions({
      queryKey: portalKeys.audit(request),
      queryFn: ({ signal }) => bffFetch(auditPath(request), { schema: auditPageSchema, signal }),
    }),
  /** GET /api/portal/tokens: the person's own access tokens. */
  tokens: () =>
    queryOptions({
      queryKey: portalKeys.tokens(),
      queryFn: ({ signal }) => bffFetch('/api/portal/tokens', { schema: tokenListSchema, signal }),
    }),
  /** GET /api/portal/config (platform admins): the teams file as the server enforces it. */
  config: () =>
    queryOptions({
      queryKey: portalKeys.config(),
      queryFn: ({ signal }) => bffFetch('/api/portal/config', { schema: portalConfigViewSchema, signal }),
      // Read once at the server's start-up: it cannot change while the page is open.
      staleTime: Infinity,
    }),
};
