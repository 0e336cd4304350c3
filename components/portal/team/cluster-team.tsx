'use client';

import Link from 'next/link';
import { teamName, useClusterTeam } from '@/components/portal/team/use-cluster-team';
import { usePortal } from '@/components/portal/portal-context';
import { teamsHref } from '@/lib/routes';

/**
 * The team that owns a cluster (portal mode; nothing in personal mode). Only platform admins see clusters no team
 * owns: for them "Unowned" leads to the Teams page, where clusters are assigned.
 */
export function ClusterTeam({ clusterId }: { clusterId: string }) {
  const me = usePortal();
  const team = useClusterTeam(clusterId);
  if (!me) return null;
  if (team === undefined) {
    return (
      // Text, not a skeleton block: the team also shows inside the detail page's summary paragraph.
      <span className="text-subtle-foreground">
        <span aria-hidden="true">…</span>
        <span className="sr-only">Loading the team</span>
      </span>
    );
  }
  if (team === null) {
    return (
      <Link
        href={teamsHref}
        className="text-blue-800 underline-offset-4 hover:underline dark:text-blue-300"
        title="Assign it to a team on the Teams page"
      >
        Unowned
      </Link>
    );
  }
  return <span>{teamName(me, team)}</span>;
}
