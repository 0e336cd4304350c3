'use client';
// The team that owns each cluster (portal mode), read once from GET /api/portal/ownership and shared by every
// component that shows or gates by it. Personal mode has no teams: nothing is read there.
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { membershipOfMe, usePortal } from '@/components/portal/portal-context';
import type { PortalRole } from '@/components/shared/availability';
import type { PortalMe } from '@/lib/api/portal/schema';
import { portalQueries } from '@/lib/api/portal/queries';

/** Ownership older than this is read again when it lacks a cluster the person can see (created since by a teammate). */
const STALE_FOR_MISSING_MS = 5_000;

/**
 * The cluster's team: its id, null when no team owns it, undefined while unknown (still reading, or personal mode).
 * The BFF lists only clusters of the person's teams, except to platform admins: a cluster missing from the ownership
 * of anyone else is one the ownership read has not seen yet, so it is read again rather than taken as unowned.
 */
export function useClusterTeam(clusterId: string | undefined): string | null | undefined {
  const me = usePortal();
  const ownership = useQuery({ ...portalQueries.ownership(), enabled: me !== null });
  const items = ownership.data?.items;
  const team = clusterId === undefined || !items ? undefined : (items.find((item) => item.clusterId === clusterId)?.team ?? null);
  const missing = me !== null && !me.platformAdmin && team === null;
  const { refetch, isFetching, dataUpdatedAt } = ownership;
  useEffect(() => {
    if (missing && !isFetching && Date.now() - dataUpdatedAt > STALE_FOR_MISSING_MS) void refetch();
  }, [missing, isFetching, dataUpdatedAt, refetch]);
  return missing ? undefined : team;
}

/** The person's role towards the cluster's team, for the action rules; undefined in personal mode. */
export function useClusterRole(clusterId: string | undefined): PortalRole | undefined {
  const me = usePortal();
  const team = useClusterTeam(clusterId);
  return me ? { membership: membershipOfMe(me), team } : undefined;
}

/** A team's display name ("Analytics"), or its id when the teams file does not name it. */
export function teamName(me: PortalMe, teamId: string): string {
  return me.teams.find((team) => team.id === teamId)?.name ?? teamId;
}
