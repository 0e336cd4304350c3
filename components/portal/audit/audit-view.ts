// The audit page's view, pure: the filters and page the URL holds (?team=&actor=&action=&from=&to=&page=), the
// browser's local datetime inputs ↔ the ISO UTC instants the BFF filters by, and how entries read in the table.
import type { AuditFilters } from '@/lib/api/portal/queries';
import { auditActionSchema, type AuditEntryView } from '@/lib/api/portal/schema';
import type { AuditAction } from '@/lib/portal/store/types';

export type AuditView = { filters: AuditFilters; /** 1-based. */ page: number };

type ParamSource = { get(name: string): string | null };

const isInstant = (value: string) => !Number.isNaN(Date.parse(value));

/** Reads the view from the URL; anything unusable (an unknown action, a date that is none) is left out. */
export function parseAuditView(params: ParamSource): AuditView {
  const filters: AuditFilters = {};
  const team = params.get('team')?.trim();
  if (team) filters.team = team;
  const actor = params.get('actor')?.trim();
  if (actor) filters.actor = actor;
  const action = auditActionSchema.safeParse(params.get('action'));
  if (action.success) filters.action = action.data;
  for (const key of ['from', 'to'] as const) {
    const value = params.get(key);
    if (value && isInstant(value)) filters[key] = new Date(value).toISOString();
  }
  const page = Number(params.get('page'));
  return { filters, page: Number.isInteger(page) && page > 1 ? page : 1 };
}

/** The view as search parameters, in a fixed order; page 1 and empty filters are left out. */
export function serializeAuditView({ filters, page }: AuditView): string {
  const params = new URLSearchParams();
  for (const key of ['team', 'actor', 'action', 'from', 'to'] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  if (page > 1) params.set('page', String(page));
  return params.toString();
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO instant as a `datetime-local` value in the browser's time zone ('' for none). */
export function isoToLocalInput(iso: string | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A `datetime-local` value (the browser's time zone) as an ISO UTC instant; undefined for none or nonsense. */
export function localInputToIso(value: string): string | undefined {
  // Without an offset, a date-time string is local time (ECMAScript Date.parse), which is what the input means.
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value)) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

export const AUDIT_ACTION_LABELS: Readonly<Record<AuditAction, string>> = {
  signin: 'Sign-in',
  signout: 'Sign-out',
  'cluster.create': 'Cluster created',
  'cluster.edit': 'Cluster edited',
  'cluster.upgrade': 'Cluster upgraded',
  'cluster.delete': 'Cluster deleted',
  'cluster.assign': 'Cluster assigned to a team',
  'nodepool.create': 'Node pool created',
  'nodepool.edit': 'Node pool edited',
  'nodepool.scale': 'Node pool scaled',
  'nodepool.delete': 'Node pool deleted',
  'kubeconfig.download': 'Kubeconfig downloaded',
  'token.create': 'Access token created',
  'token.revoke': 'Access token revoked',
};

export const OUTCOME_LABELS: Readonly<Record<AuditEntryView['outcome'], string>> = { success: 'Success', refused: 'Refused', failed: 'Failed' };

const MAX_VALUE = 60;

function show(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  if (text === undefined) return String(value);
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
}

const isChange = (value: unknown): value is { from: unknown; to: unknown } =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && 'from' in value && 'to' in value && Object.keys(value).length === 2;

/** The changed fields in one line: `nodeCount: 2 → 3; name: "a"`; '' when there are none. */
export function summarizeChanges(changes: AuditEntryView['changes']): string {
  if (!changes) return '';
  return Object.entries(changes)
    .map(([field, value]) => (isChange(value) ? `${field}: ${show(value.from)} → ${show(value.to)}` : `${field}: ${show(value)}`))
    .join('; ');
}

/** "Showing 51–100 of 123" for a page of `total` entries. */
export function pageRange(offset: number, count: number, total: number): string {
  if (total === 0 || count === 0) return 'No entries';
  return `Showing ${offset + 1}–${offset + count} of ${total}`;
}
