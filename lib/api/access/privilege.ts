// Whether the signed-in user may use the Data Platform at all. The token does not say (an IONOS JWT names the user
// and contract, not their group privileges), so the console asks the API once: the clusters list answers 403 only
// when the user lacks "Manage Dataplatform" (a contract administrator always has it). The answer is the list
// query's own, cached for the page's session; the list page reads the same entry, so no extra request is made there.
import { useQuery } from '@tanstack/react-query';
import { isBffError } from '@/lib/api/client';
import { clusterQueries } from '@/lib/api/clusters/queries';

export const DATA_PLATFORM_PRIVILEGE = 'Manage Dataplatform';

/** Whom to ask and for what: the guidance every 403 of the Data Platform API comes with. */
export const PRIVILEGE_GUIDANCE = `Your user needs the group privilege “${DATA_PLATFORM_PRIVILEGE}”. Ask a contract administrator to add you, in User management, to a group that has it (or to give you administrator rights).`;

/** A 403 from the Data Platform API: permanent until an administrator changes the user's groups. */
export function isPermissionDenied(error: unknown): boolean {
  return isBffError(error) && error.status === 403;
}

export type DataPlatformAccess = 'granted' | 'denied' | 'unknown';

/** What the API said about the privilege; `unknown` while asking, or when the answer was another error. */
export function accessOf(query: { isSuccess: boolean; error: unknown }): DataPlatformAccess {
  if (isPermissionDenied(query.error)) return 'denied';
  return query.isSuccess ? 'granted' : 'unknown';
}

/** The user's access, read once per session from the clusters list (no polling of its own). */
export function useDataPlatformAccess(): DataPlatformAccess {
  const probe = useQuery({ ...clusterQueries.list(), refetchInterval: false, staleTime: Number.POSITIVE_INFINITY, select: () => true });
  return accessOf(probe);
}
