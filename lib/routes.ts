// The console's page URLs in one place, so links, redirects and the pages' id checks agree.
import { notFound, redirect } from 'next/navigation';
import { uuidSchema } from '@/lib/api/common/schema';

const seg = encodeURIComponent;

export const clustersHref = '/clusters';
export const newClusterHref = '/clusters/new';
export const clusterHref = (clusterId: string) => `/clusters/${seg(clusterId)}`;
export const editClusterHref = (clusterId: string) => `${clusterHref(clusterId)}/edit`;
export const nodePoolListHref = (clusterId: string) => `${clusterHref(clusterId)}/nodepools`;
/** A node pool's page; `replaces` marks it as the replacement of that pool, which is to be deleted next. */
export const nodePoolHref = (clusterId: string, nodePoolId: string, replaces?: string) =>
  `${nodePoolListHref(clusterId)}/${seg(nodePoolId)}${replaces ? `?${new URLSearchParams({ replaces })}` : ''}`;
export const editNodePoolHref = (clusterId: string, nodePoolId: string) => `${nodePoolHref(clusterId, nodePoolId)}/edit`;
/**
 * The cluster's kubeconfig as a stable link (for wikis, READMEs, portals): the page downloads the file, through
 * sign-in when signed out. It carries no secret; the session decides access. JSON on request.
 */
export const kubeconfigHref = (clusterId: string, format: 'yaml' | 'json' = 'yaml') =>
  `${clusterHref(clusterId)}/kubeconfig${format === 'json' ? '?format=json' : ''}`;
/** The create wizard; `replace` prefills it from an existing pool (the guided "replace this pool" path). */
export const newNodePoolHref = (clusterId: string, replace?: string) =>
  `${nodePoolListHref(clusterId)}/new${replace ? `?${new URLSearchParams({ replace })}` : ''}`;

/**
 * The path ids of a console page: ids the API could never know get the console's not-found page without a
 * round trip, and ids pasted in capitals are redirected to `canonicalPath` of their lowercase form.
 */
export function checkRouteIds(ids: string[], canonicalPath: (lowercase: string[]) => string): void {
  if (ids.every((id) => uuidSchema.safeParse(id).success)) return;
  const lower = ids.map((id) => id.toLowerCase());
  if (lower.every((id) => uuidSchema.safeParse(id).success)) redirect(canonicalPath(lower));
  notFound();
}

/** The upgrade assistant: a static segment, which Next matches before /clusters/[clusterId]. */
export const upgradesHref = '/clusters/upgrades';
/** The maintenance calendar: a static segment, so the `[clusterId]` route never sees "maintenance". */
export const maintenanceHref = '/clusters/maintenance';
/** The create wizard prefilled from an existing cluster ("Create a copy", and "create again" for a FAILED one). */
export const copyClusterHref = (clusterId: string) => `${newClusterHref}?${new URLSearchParams({ copyOf: clusterId })}`;
/** The node pool wizard prefilled from an existing pool of the same cluster, under a new name. */
export const copyNodePoolHref = (clusterId: string, nodePoolId: string) =>
  `${nodePoolListHref(clusterId)}/new?${new URLSearchParams({ copyOf: nodePoolId })}`;
/** Portal mode (CONSOLE_AUTH=oidc): the audit log, the person's access tokens, the teams file and unowned clusters. */
export const auditHref = '/portal/audit';
export const tokensHref = '/portal/tokens';
export const teamsHref = '/portal/teams';
