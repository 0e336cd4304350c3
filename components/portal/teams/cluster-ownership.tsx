'use client';

import { useQuery } from '@tanstack/react-query';
import { usePolledQuery } from '@/lib/browser/polled-query';
import Link from 'next/link';
import { useMemo, useState } from 'react';
import { splitByOwnership } from '@/components/portal/teams/ownership-view';
import { EmptyNote } from '@/components/portal/empty-note';
import { errorHint, LoadingBlock, QueryError } from '@/components/shared/query-states';
import { ResourceStateBadge } from '@/components/shared/resource-state-badge';
import { Button } from '@/components/ui/button';
import { NativeSelect } from '@/components/ui/native-select';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { asBffError, isBffError } from '@/lib/api/client';
import type { ClusterResponse } from '@/lib/api/clusters/schema';
import { clusterQueries } from '@/lib/api/clusters/queries';
import { useAssignCluster } from '@/lib/api/portal/mutations';
import { portalQueries } from '@/lib/api/portal/queries';
import { clusterHref } from '@/lib/routes';
import { toast } from '@/lib/toast';

type Team = { id: string; name: string };
const LINK = 'text-blue-800 underline-offset-4 hover:underline dark:text-blue-300';

/** Every cluster of the contract by owner team: the unowned ones to assign, the owned ones to move. */
export function ClusterOwnership({ teams }: { teams: readonly Team[] }) {
  const clusters = usePolledQuery(clusterQueries.list());
  const ownership = useQuery(portalQueries.ownership());
  const split = useMemo(
    () => (clusters.data && ownership.data ? splitByOwnership(clusters.data.items, ownership.data.items) : undefined),
    [clusters.data, ownership.data],
  );
  const failed = [clusters, ownership].find((query) => query.isError);
  if (!split) {
    if (failed) {
      return (
        <QueryError
          title="The clusters could not be loaded"
          error={asBffError(failed.error)}
          hint={errorHint(failed.error)}
          onRetry={() => void Promise.all([clusters.refetch(), ownership.refetch()])}
          retrying={clusters.isFetching || ownership.isFetching}
        />
      );
    }
    return <LoadingBlock label="Loading clusters and their teams…" />;
  }
  const teamName = (id: string) => teams.find((team) => team.id === id)?.name ?? id;
  return (
    <div className="grid min-w-0 gap-6">
      <section aria-labelledby="unowned-heading" className="grid min-w-0 gap-3">
        <h3 id="unowned-heading" className="font-semibold">
          Clusters without a team ({split.unowned.length})
        </h3>
        <p className="text-sm text-muted-foreground">
          Created outside the portal (or before it): only platform admins see them until they belong to a team. Assigning one makes it count against
          the team’s quota.
        </p>
        {split.unowned.length === 0 ? (
          <EmptyNote>Every cluster belongs to a team.</EmptyNote>
        ) : (
          <Table aria-label="Clusters without a team">
            <ClusterHead last="Assign to team" />
            <TableBody>
              {split.unowned.map((cluster) => (
                <TableRow key={cluster.id}>
                  <ClusterCells cluster={cluster} />
                  <TableCell>
                    <AssignControl cluster={cluster} teams={teams} action="Assign" />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </section>
      <section aria-labelledby="owned-heading" className="grid min-w-0 gap-3">
        <h3 id="owned-heading" className="font-semibold">
          Clusters of the teams ({split.owned.length})
        </h3>
        {split.owned.length === 0 ? (
          <EmptyNote>No team owns a cluster yet.</EmptyNote>
        ) : (
          <Table aria-label="Clusters of the teams">
            <ClusterHead owner last="Move to team" />
            <TableBody>
              {split.owned.map(({ cluster, ownership: row }) => (
                <TableRow key={cluster.id}>
                  <ClusterCells cluster={cluster} />
                  <TableCell>
                    <span className="block">{teamName(row.team)}</span>
                    <span className="block text-xs text-muted-foreground">
                      {row.assignedBy ? `assigned by ${row.assignedBy.email}` : row.createdBy ? `created by ${row.createdBy.email}` : ''}
                    </span>
                  </TableCell>
                  <TableCell>
                    <AssignControl cluster={cluster} teams={teams.filter((team) => team.id !== row.team)} action="Move" />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </section>
    </div>
  );
}

function ClusterHead({ owner = false, last }: { owner?: boolean; last: string }) {
  return (
    <TableHeader>
      <TableRow>
        <TableHead>Cluster</TableHead>
        <TableHead>State</TableHead>
        {owner ? <TableHead>Team</TableHead> : null}
        <TableHead>{last}</TableHead>
      </TableRow>
    </TableHeader>
  );
}

function ClusterCells({ cluster }: { cluster: ClusterResponse }) {
  return (
    <>
      <TableCell>
        <Link href={clusterHref(cluster.id)} prefetch={false} className={LINK}>
          {cluster.properties.name ?? cluster.id}
        </Link>
        <span className="block font-mono text-xs break-all text-muted-foreground">{cluster.id}</span>
      </TableCell>
      <TableCell>
        <ResourceStateBadge state={cluster.metadata?.state} />
      </TableCell>
    </>
  );
}

/** A team select and a button: "Assign" for an unowned cluster, "Move" for an owned one. */
function AssignControl({ cluster, teams, action }: { cluster: ClusterResponse; teams: readonly Team[]; action: 'Assign' | 'Move' }) {
  const [team, setTeam] = useState('');
  const assign = useAssignCluster();
  const name = cluster.properties.name ?? cluster.id;
  function submit() {
    if (!team) return;
    assign.mutate(
      { clusterId: cluster.id, team },
      {
        onSuccess: () =>
          toast({
            title: `“${name}” ${action === 'Assign' ? 'assigned' : 'moved'} to ${teams.find((t) => t.id === team)?.name ?? team}`,
            variant: 'success',
          }),
        onError: (error) =>
          toast({
            title: `“${name}” was not ${action === 'Assign' ? 'assigned' : 'moved'}`,
            description: isBffError(error) ? error.message : undefined,
            variant: 'error',
          }),
      },
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-2">
      <NativeSelect
        aria-label={`Team for ${name}`}
        value={team}
        onChange={(event) => setTeam(event.target.value)}
        disabled={assign.isPending}
        className="w-44"
      >
        <option value="">Choose a team</option>
        {teams.map((option) => (
          <option key={option.id} value={option.id}>
            {option.name}
          </option>
        ))}
      </NativeSelect>
      <Button variant="outline" size="sm" onClick={submit} disabled={!team || assign.isPending}>
        {assign.isPending ? `${action === 'Assign' ? 'Assigning' : 'Moving'}…` : action}
      </Button>
    </div>
  );
}
