'use client';
// The team that owns each cluster (portal mode), read once from GET /api/portal/ownership and shared by every
// component that shows or gates by it. Personal mode has no teams: nothing is read there.
import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo } from 'react';
import { membershipOfMe, usePortal } from '@/components/portal/portal-context';
import type { PortalRole } from '@/components/shared/availability';
import type { OwnershipView } from '@/components/portal/teams/ownership-view';
import type { PortalMe } from '@/lib/api/portal/schema';
import { portalQueries } from '@/lib/api/portal/queries';

/** Ownership older than this is read again when it lacks a cluster the person can see (created since by a teammate). */
const STALE_FOR_MISSING_MS = 5_000;

type TeamOf = (clusterId: string) => string | null | undefined;

/** Each ownership answer indexed once, shared by every row and header that asks (not once per component). */
const indexed = new WeakMap<readonly OwnershipView[], ReadonlyMap<string, OwnershipView>>();

function recordsOf(items: readonly OwnershipView[]): ReadonlyMap<string, OwnershipView> {
  let records = indexed.get(items);
  if (!records) {
    records = new Map(items.map((item) => [item.clusterId, item]));
    indexed.set(items, records);
  }
  return records;
}

/**
 * The team of any cluster: its id, null when no team owns it, undefined while unknown (still reading). The BFF lists
 * only clusters of the person's teams, except to platform admins: a cluster missing from the ownership of anyone
 * else is one the ownership read has not seen yet, so it stays unknown rather than unowned.
 */
function useOwnership(me: PortalMe | null) {
  const ownership = useQuery({ ...portalQueries.ownership(), enabled: me !== null });
  const records = ownership.data ? recordsOf(ownership.data.items) : undefined;
  const platformAdmin = me?.platformAdmin ?? false;
  const teamOf = useCallback<TeamOf>(
    (clusterId) => (records ? (records.get(clusterId)?.team ?? (platformAdmin ? null : undefined)) : undefined),
    [records, platformAdmin],
  );
  const creatorOf = useCallback((clusterId: string) => records?.get(clusterId)?.createdBy?.email, [records]);
  return { ownership, teamOf, creatorOf, loaded: records !== undefined };
}

/** The cluster's team (see useOwnership); undefined in personal mode. A cluster not in the ownership yet has it read again. */
export function useClusterTeam(clusterId: string | undefined): string | null | undefined {
  const me = usePortal();
  const { ownership, teamOf, loaded } = useOwnership(me);
  const team = clusterId === undefined ? undefined : teamOf(clusterId);
  const missing = loaded && clusterId !== undefined && team === undefined;
  const { refetch, isFetching, dataUpdatedAt } = ownership;
  useEffect(() => {
    if (missing && !isFetching && Date.now() - dataUpdatedAt > STALE_FOR_MISSING_MS) void refetch();
  }, [missing, isFetching, dataUpdatedAt, refetch]);
  return team;
}

/**
 * Who created the cluster: in portal mode the person the ownership record names (the API's `createdBy` is the
 * service account there), else what the API says (personal mode, and clusters the portal did not create).
 */
export function useClusterCreator(clusterId: string, upstream: string | undefined): string | undefined {
  const me = usePortal();
  const { creatorOf } = useOwnership(me);
  return creatorOf(clusterId) ?? upstream;
}

/** The person's role towards the cluster's team, for the action rules; undefined in personal mode. */
export function useClusterRole(clusterId: string | undefined): PortalRole | undefined {
  const me = usePortal();
  const team = useClusterTeam(clusterId);
  return me ? { membership: membershipOfMe(me), team } : undefined;
}

/** For pages of many clusters (the upgrades): the role towards each one's team; undefined in personal mode. */
export function useClusterRoles(): ((clusterId: string) => PortalRole) | undefined {
  const me = usePortal();
  const { teamOf } = useOwnership(me);
  return useMemo(() => {
    if (!me) return undefined;
    const membership = membershipOfMe(me);
    return (clusterId: string) => ({ membership, team: teamOf(clusterId) });
  }, [me, teamOf]);
}

/** A team's display name ("Analytics"), or its id when the teams file does not name it. */
export function teamName(me: PortalMe, teamId: string): string {
  return me.teams.find((team) => team.id === teamId)?.name ?? teamId;
}
