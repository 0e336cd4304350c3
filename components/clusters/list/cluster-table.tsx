'use client';

import Link from 'next/link';
import { memo, useSyncExternalStore } from 'react';
import { datacenterDisplay } from '@/lib/format/datacenter';
import { formatDateTime, formatRelativeTime, localTimeZone } from '@/lib/format/date-time';
import { maintenanceWindowTimes } from '@/lib/format/maintenance-window';
import { ResourceStateBadge } from '@/components/shared/resource-state-badge';
import { ClusterRowMenu } from '@/components/clusters/list/cluster-row-menu';
import { ClusterTeam } from '@/components/portal/team/cluster-team';
import { useClusterCreator } from '@/components/portal/team/use-cluster-team';
import { usePortal } from '@/components/portal/portal-context';
import { NodePoolCount } from '@/components/clusters/list/node-pool-count';
import { SortableHead } from '@/components/clusters/list/sortable-head';
import { Badge } from '@/components/ui/badge';
import { Skeleton } from '@/components/ui/skeleton';
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { clusterVersion, type SortDir, type SortKey } from '@/components/clusters/list/list-view';
import type { ClusterResponse } from '@/lib/api/clusters/schema';
import type { Datacenter } from '@/lib/api/datacenters/schema';
import { clusterHref } from '@/lib/routes';
import { cn } from '@/lib/utils';

const COLUMNS: { label: string; sort?: SortKey }[] = [
  { label: 'Name', sort: 'name' },
  { label: 'State', sort: 'state' },
  { label: 'Data Platform version', sort: 'version' },
  { label: 'Data center' },
  { label: 'Maintenance window' },
  { label: 'Node pools' },
  { label: 'Created', sort: 'created' },
  { label: 'Actions' },
];
// Portal mode: the owning team, after the state (who to ask about a cluster matters more than its details).
const PORTAL_COLUMNS: { label: string; sort?: SortKey }[] = [...COLUMNS.slice(0, 2), { label: 'Team' }, ...COLUMNS.slice(2)];

function useColumns() {
  return usePortal() ? PORTAL_COLUMNS : COLUMNS;
}

type Sorting = { sort: SortKey; dir: SortDir; onSort: (column: SortKey) => void };

function ClusterTableHeader({ sorting }: { sorting?: Sorting }) {
  const columns = useColumns();
  return (
    <TableHeader>
      <TableRow className="hover:bg-transparent">
        {columns.map((column) =>
          column.sort && sorting ? (
            <SortableHead key={column.label} column={column.sort} label={column.label} {...sorting} />
          ) : column.label === 'Actions' ? (
            <TableHead key={column.label} className="w-10">
              <span className="sr-only">{column.label}</span>
            </TableHead>
          ) : (
            <TableHead key={column.label}>{column.label}</TableHead>
          ),
        )}
      </TableRow>
    </TableHeader>
  );
}

// One line where the column is wide enough: the "Upgrade available" hint must not double the row's height.
export function VersionCell({ cluster }: { cluster: ClusterResponse }) {
  const version = clusterVersion(cluster);
  const target = cluster.properties.dataPlatformVersion;
  const upgrades = cluster.metadata.availableUpgradeVersions ?? [];
  return (
    <div className="flex flex-wrap items-center gap-x-2 gap-y-0.5">
      <span>{version ?? 'Unknown'}</span>
      {target && version && target !== version ? <span className="text-xs text-subtle-foreground">Moving to {target}</span> : null}
      {upgrades.length > 0 ? (
        <Badge variant="info" title={`Available: ${upgrades.join(', ')}`}>
          Upgrade available<span className="sr-only">: {upgrades.join(', ')}</span>
        </Badge>
      ) : null}
    </div>
  );
}

export function DatacenterCell({ id, datacenters }: { id: string | undefined; datacenters: ReadonlyMap<string, Datacenter> }) {
  const display = datacenterDisplay(id, datacenters);
  if (!display.known) return <span className="font-mono text-xs break-all text-muted-foreground">{display.name}</span>;
  return (
    <div className="flex flex-wrap items-baseline gap-x-1.5">
      <span>{display.name}</span>
      {display.location ? <span className="text-xs text-subtle-foreground">{display.location}</span> : null}
    </div>
  );
}

const noSubscription = () => () => {};

/**
 * The browser's time zone; undefined on the server and while hydrating its HTML (the server does not know it), so
 * the server-rendered rows show UTC and the local times follow right after hydration, without a mismatch.
 */
export function useTimeZone(): string | undefined {
  return useSyncExternalStore(noSubscription, localTimeZone, () => undefined);
}

type TimeProps = { cluster: ClusterResponse; now: number; timeZone: string | undefined };
/** The signed-in user's e-mail: their own clusters say "you" instead of repeating it on every row. */
type Me = { me: string | undefined };

/** `wrap` lets the window break across lines where there is no table column to hold it (the cards at 320 px). */
export function MaintenanceCell({ cluster, now, timeZone, wrap = false }: TimeProps & { wrap?: boolean }) {
  const nowrap = wrap ? undefined : 'whitespace-nowrap';
  const maintenance = cluster.properties.maintenanceWindow;
  if (!maintenance) return <span className="text-subtle-foreground">Not set</span>;
  // The contract's time is UTC; the user thinks in his own time zone.
  const times = maintenanceWindowTimes(maintenance, timeZone ?? 'UTC', now);
  if (times.sameAsUtc) return <span className={nowrap}>{times.utc}</span>;
  return (
    <div className={cn('flex flex-col', nowrap)}>
      <span>{times.local}</span>
      <span className="text-xs text-subtle-foreground">{times.utc}</span>
    </div>
  );
}

export function CreatedCell({ cluster, now, timeZone, me }: TimeProps & Me) {
  const { createdDate } = cluster.metadata;
  const createdBy = useClusterCreator(cluster.id, cluster.metadata.createdBy);
  const mine = Boolean(me && createdBy && createdBy.toLowerCase() === me.toLowerCase());
  return (
    <div className="flex flex-wrap items-baseline gap-x-1.5">
      <span className="break-all" title={mine ? createdBy : undefined}>
        {mine ? 'You' : (createdBy ?? 'Unknown')}
      </span>
      {createdDate ? (
        <time dateTime={createdDate} title={formatDateTime(createdDate, timeZone ?? 'UTC')} className="text-xs text-subtle-foreground">
          {formatRelativeTime(createdDate, now)}
        </time>
      ) : null}
    </div>
  );
}

type RowProps = TimeProps & Me & { datacenters: ReadonlyMap<string, Datacenter> };

// Memoized: react-query keeps unchanged clusters referentially equal between polls, so only changed rows render.
const ClusterRow = memo(function ClusterRow({ cluster, datacenters, now, timeZone, me, portal }: RowProps & { portal: boolean }) {
  return (
    <TableRow>
      <TableHead scope="row" className="h-auto py-2 font-medium whitespace-normal">
        {/* No prefetch: a page of rows would start 25 server renders of detail pages (dynamic, so only their loading
            state) that compete with the list's own reads on every page change. */}
        <Link href={clusterHref(cluster.id)} prefetch={false} className="text-blue-800 underline-offset-4 hover:underline dark:text-blue-300">
          {cluster.properties.name ?? cluster.id}
        </Link>
      </TableHead>
      <TableCell className="py-2">
        <ResourceStateBadge state={cluster.metadata.state} />
      </TableCell>
      {portal ? (
        <TableCell className="py-2">
          <ClusterTeam clusterId={cluster.id} />
        </TableCell>
      ) : null}
      <TableCell className="py-2">
        <VersionCell cluster={cluster} />
      </TableCell>
      <TableCell className="py-2">
        <DatacenterCell id={cluster.properties.datacenterId} datacenters={datacenters} />
      </TableCell>
      <TableCell className="py-2">
        <MaintenanceCell cluster={cluster} now={now} timeZone={timeZone} />
      </TableCell>
      <TableCell className="py-2">
        <NodePoolCount clusterId={cluster.id} />
      </TableCell>
      <TableCell className="py-2">
        <CreatedCell cluster={cluster} now={now} timeZone={timeZone} me={me} />
      </TableCell>
      <TableCell className="py-1">
        <ClusterRowMenu cluster={cluster} />
      </TableCell>
    </TableRow>
  );
});

type ClusterTableProps = {
  /** The rows of the current page. */
  clusters: readonly ClusterResponse[];
  datacenters: ReadonlyMap<string, Datacenter>;
  /** When the data was fetched: relative times are measured from it. */
  now: number;
  caption: string;
  sorting?: Sorting;
  /** A newer answer is on its way (e.g. after the filter changed). */
  busy?: boolean;
  /** The signed-in user's e-mail. */
  me?: string;
};

export function ClusterTable({ clusters, datacenters, now, caption, sorting, busy = false, me }: ClusterTableProps) {
  const timeZone = useTimeZone();
  const portal = usePortal() !== null;
  return (
    <Table aria-label="Clusters" aria-busy={busy || undefined}>
      <TableCaption>{caption}</TableCaption>
      <ClusterTableHeader sorting={sorting} />
      <TableBody>
        {clusters.map((cluster) => (
          <ClusterRow key={cluster.id} cluster={cluster} datacenters={datacenters} now={now} timeZone={timeZone} me={me} portal={portal} />
        ))}
      </TableBody>
    </Table>
  );
}

/** The table's shape with placeholder rows while the first answer is on its way. */
export function ClusterTableSkeleton({ rows = 3 }: { rows?: number }) {
  const columns = useColumns();
  return (
    <div className="grid gap-2">
      <p role="status" className="sr-only">
        Loading clusters…
      </p>
      <Table aria-label="Loading clusters" aria-busy="true">
        <ClusterTableHeader />
        <TableBody>
          {Array.from({ length: rows }, (_, row) => (
            <TableRow key={row}>
              {columns.map((column) => (
                <TableCell key={column.label}>
                  <Skeleton className="h-4 w-24" />
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
