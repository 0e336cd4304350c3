// What is left of a team's quota, in words, for the wizards and the scale form (the warning before a request that
// would not fit is lib/portal/quota.ts checkQuota, the maths the BFF decides with).
import type { TeamQuota } from '@/lib/api/portal/schema';
import { QUOTA_LABELS, QUOTA_LIMITS, type QuotaLimit } from '@/lib/portal/quota';

const number = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

function part(limit: QuotaLimit, left: number, quota: number): string {
  return `${number(left)} of ${number(quota)} ${quota === 1 ? QUOTA_LABELS[limit].one : QUOTA_LABELS[limit].many}`;
}

/** "Analytics has 2 of 3 clusters, 4 of 12 nodes, 16 of 48 cores and 64 of 192 GiB of RAM left." */
export function quotaLeftText(teamName: string, quota: TeamQuota): string {
  const parts = QUOTA_LIMITS.map((limit) => part(limit, quota.left[limit], quota.quota[limit]));
  const last = parts.pop() ?? '';
  return `${teamName} has ${parts.length > 0 ? `${parts.join(', ')} and ${last}` : last} left.`;
}
