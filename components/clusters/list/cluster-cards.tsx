'use client';

import Link from 'next/link';
import { memo } from 'react';
import { ClusterRowMenu } from '@/components/clusters/list/cluster-row-menu';
import { CreatedCell, DatacenterCell, MaintenanceCell, useTimeZone, VersionCell } from '@/components/clusters/list/cluster-table';
import { NodePoolCount } from '@/components/clusters/list/node-pool-count';
import { ClusterTeam } from '@/components/portal/team/cluster-team';
import { usePortal } from '@/components/portal/portal-context';
import { ResourceStateBadge } from '@/components/shared/resource-state-badge';
import type { ClusterResponse } from '@/lib/api/clusters/schema';
import type { Datacenter } from '@/lib/api/datacenters/schema';
import { clusterHref } from '@/lib/routes';

type CardProps = {
  cluster: ClusterResponse;
  datacenters: ReadonlyMap<string, Datacenter>;
  now: number;
  timeZone: string | undefined;
  me: string | undefined;
  /** Portal mode: the card names the cluster's team. */
  portal: boolean;
};

function Fact({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="grid grid-cols-[8rem_1fr] gap-2">
      <dt className="text-muted-foreground">{term}</dt>
      <dd className="min-w-0">{children}</dd>
    </div>
  );
}

const ClusterCard = memo(function ClusterCard({ cluster, datacenters, now, timeZone, me, portal }: CardProps) {
  const name = cluster.properties.name ?? cluster.id;
  return (
    <li className="grid gap-2 rounded-lg border border-border p-3">
      <div className="flex items-start justify-between gap-2">
        <div className="flex min-w-0 flex-col gap-1">
          <h3 className="text-base font-medium break-all">
            <Link href={clusterHref(cluster.id)} prefetch={false} className="text-blue-800 underline-offset-4 hover:underline dark:text-blue-300">
              {name}
            </Link>
          </h3>
          <ResourceStateBadge state={cluster.metadata.state} />
        </div>
        <ClusterRowMenu cluster={cluster} />
      </div>
      <dl className="grid gap-1 text-sm">
        {portal ? (
          <Fact term="Team">
            <ClusterTeam clusterId={cluster.id} />
          </Fact>
        ) : null}
        <Fact term="Version">
          <VersionCell cluster={cluster} />
        </Fact>
        <Fact term="Data center">
          <DatacenterCell id={cluster.properties.datacenterId} datacenters={datacenters} />
        </Fact>
        <Fact term="Maintenance">
          <MaintenanceCell cluster={cluster} now={now} timeZone={timeZone} wrap />
        </Fact>
        <Fact term="Node pools">
          <NodePoolCount clusterId={cluster.id} />
        </Fact>
        <Fact term="Created">
          <CreatedCell cluster={cluster} now={now} timeZone={timeZone} me={me} />
        </Fact>
      </dl>
    </li>
  );
});

/** The clusters of the page as cards, for screens under 640 px where the table's seven columns do not fit. */
export function ClusterCards({
  clusters,
  datacenters,
  now,
  me,
}: Omit<CardProps, 'cluster' | 'timeZone' | 'portal'> & { clusters: readonly ClusterResponse[] }) {
  const timeZone = useTimeZone();
  const portal = usePortal() !== null;
  return (
    <ul aria-label="Clusters" className="grid gap-3">
      {clusters.map((cluster) => (
        <ClusterCard key={cluster.id} cluster={cluster} datacenters={datacenters} now={now} timeZone={timeZone} me={me} portal={portal} />
      ))}
    </ul>
  );
}
