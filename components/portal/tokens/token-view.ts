// Access tokens as the Tokens page shows them, pure: a token's status and the curl command that uses one.
import type { AccessTokenView } from '@/lib/api/portal/schema';

export type TokenStatus = 'active' | 'expired' | 'revoked';

export const TOKEN_STATUS_LABELS: Readonly<Record<TokenStatus, string>> = { active: 'Active', expired: 'Expired', revoked: 'Revoked' };

/** Revoked wins over expired: it says what someone did. */
export function tokenStatus(token: Pick<AccessTokenView, 'expiresAt' | 'revokedAt'>, now: number): TokenStatus {
  if (token.revokedAt) return 'revoked';
  return Date.parse(token.expiresAt) <= now ? 'expired' : 'active';
}

export const DEFAULT_TOKEN_DAYS = 30;

/** The environment variable the examples read the token from, so the secret never lands in shell history or a wiki. */
export const TOKEN_VARIABLE = 'CONSOLE_TOKEN';

/** The kubeconfig of a cluster with a token, as a script runs it. */
export function kubeconfigCurl(origin: string, clusterId: string | undefined): string {
  const url = `${origin}/api/v1/clusters/${clusterId ?? '<cluster-id>'}/kubeconfig`;
  return `curl -fsS -H "Authorization: Bearer $${TOKEN_VARIABLE}" \\\n  ${url} -o kubeconfig.yaml`;
}
