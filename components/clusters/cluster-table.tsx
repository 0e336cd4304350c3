import Link from 'next/link';
import {
  datacenterDisplay,
  formatDateTime,
  formatMaintenanceWindow,
  formatRelativeTime,
} from '@/components/clusters/cluster-format';
import { ClusterStateBadge } from '@/components/clusters/cluster-state-badge';
import { Badge } from '@/components/ui/badge';
import { Skeleton } from '@/components/ui/skeleton';
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { ClusterResponse } from '@/lib/api/clusters/schema';
import type { Datacenter } from '@/lib/api/datacenters/schema';

const COLUMNS = ['Name', 'State', 'Data Platform version', 'Data center', 'Maintenance window', 'Created'] as const;

function ClusterTableHeader() {
  return (
    <TableHeader>
      <TableRow className="hover:bg-transparent">
        {COLUMNS.map((column) => (
          <TableHead key={column}>{column}</TableHead>
        ))}
      </TableRow>
    </TableHeader>
  );
}

function VersionCell({ cluster }: { cluster: ClusterResponse }) {
  const version = cluster.properties.dataPlatformVersion ?? cluster.metadata.currentDataPlatformVersion;
  const upgrades = cluster.metadata.availableUpgradeVersions ?? [];
  return (
    <div className="flex flex-col items-start gap-1">
      <span>{version ?? 'Unknown'}</span>
      {upgrades.length > 0 ? (
        <Badge variant="info" title={`Available: ${upgrades.join(', ')}`}>
          Upgrade available<span className="sr-only">: {upgrades.join(', ')}</span>
        </Badge>
      ) : null}
    </div>
  );
}

function DatacenterCell({ id, datacenters }: { id: string | undefined; datacenters: ReadonlyMap<string, Datacenter> }) {
  const display = datacenterDisplay(id, datacenters);
  if (!display.known) return <span className="font-mono text-xs break-all text-slate-700 dark:text-slate-300">{display.name}</span>;
  return (
    <div className="flex flex-col">
      <span>{display.name}</span>
      {display.location ? <span className="text-xs text-slate-600 dark:text-slate-400">{display.location}</span> : null}
    </div>
  );
}

function CreatedCell({ cluster, now }: { cluster: ClusterResponse; now: number }) {
  const { createdBy, createdDate } = cluster.metadata;
  return (
    <div className="flex flex-col">
      <span className="break-all">{createdBy ?? 'Unknown'}</span>
      {createdDate ? (
        <time dateTime={createdDate} title={formatDateTime(createdDate)} className="text-xs text-slate-600 dark:text-slate-400">
          {formatRelativeTime(createdDate, now)}
        </time>
      ) : null}
    </div>
  );
}

type ClusterTableProps = {
  clusters: readonly ClusterResponse[];
  datacenters: ReadonlyMap<string, Datacenter>;
  /** When the data was fetched: relative times are measured from it. */
  now: number;
  /** A newer answer is on its way (e.g. after the filter changed). */
  busy?: boolean;
};

export function ClusterTable({ clusters, datacenters, now, busy = false }: ClusterTableProps) {
  return (
    <Table aria-label="Clusters" aria-busy={busy || undefined}>
      <TableCaption>
        {clusters.length === 1 ? '1 cluster' : `${clusters.length} clusters`}, updated automatically
      </TableCaption>
      <ClusterTableHeader />
      <TableBody>
        {clusters.map((cluster) => (
          <TableRow key={cluster.id}>
            <TableHead scope="row" className="h-auto py-3 font-medium whitespace-normal">
              <Link
                href={`/clusters/${cluster.id}`}
                className="text-blue-800 underline-offset-4 hover:underline dark:text-blue-300"
              >
                {cluster.properties.name ?? cluster.id}
              </Link>
            </TableHead>
            <TableCell>
              <ClusterStateBadge state={cluster.metadata.state} />
            </TableCell>
            <TableCell>
              <VersionCell cluster={cluster} />
            </TableCell>
            <TableCell>
              <DatacenterCell id={cluster.properties.datacenterId} datacenters={datacenters} />
            </TableCell>
            <TableCell className="whitespace-nowrap">{formatMaintenanceWindow(cluster.properties.maintenanceWindow)}</TableCell>
            <TableCell>
              <CreatedCell cluster={cluster} now={now} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** The table's shape with placeholder rows while the first answer is on its way. */
export function ClusterTableSkeleton({ rows = 3 }: { rows?: number }) {
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
              {COLUMNS.map((column) => (
                <TableCell key={column}>
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
