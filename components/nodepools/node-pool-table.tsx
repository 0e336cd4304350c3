import Link from 'next/link';
import { formatDateTime, formatRelativeTime } from '@/lib/format/date-time';
import { formatMaintenanceWindow } from '@/lib/format/maintenance-window';
import { ResourceStateBadge } from '@/components/shared/resource-state-badge';
import { KeyValueDetails } from '@/components/nodepools/key-value-details';
import { nodePoolHref } from '@/lib/routes';
import { cpuFamilyLabel, formatRamMb, sizeText, storageText, ZONE_LABELS } from '@/lib/format/node-pool';
import { Badge } from '@/components/ui/badge';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { isOperatorsPool } from '@/lib/api/nodepools/operators';
import type { NodePoolResponse } from '@/lib/api/nodepools/schema';

const COLUMNS = ['Name', 'State', 'Size', 'CPU family', 'Cores', 'RAM', 'Storage', 'Zone', 'Labels and annotations', 'Maintenance', 'Created'];

export function OperatorsBadge() {
  return <Badge variant="info">Stackable operators</Badge>;
}

/** One row per pool; `now` (the data's time) keeps "3 minutes ago" pure. */
export function NodePoolTable({ clusterId, pools, now }: { clusterId: string; pools: readonly NodePoolResponse[]; now: number }) {
  return (
    <Table aria-label="Node pools">
      <TableHeader>
        <TableRow className="hover:bg-transparent">
          {COLUMNS.map((column) => (
            <TableHead key={column}>{column}</TableHead>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {pools.map((pool) => {
          const p = pool.properties;
          const name = p.name ?? pool.id;
          const created = pool.metadata.createdDate;
          return (
            <TableRow key={pool.id} data-state={pool.metadata.state}>
              <TableHead scope="row" className="font-medium">
                <span className="flex flex-wrap items-center gap-2">
                  <Link href={nodePoolHref(clusterId, pool.id)} className="text-blue-800 underline-offset-4 hover:underline dark:text-blue-300">
                    {name}
                  </Link>
                  {isOperatorsPool(pool) ? <OperatorsBadge /> : null}
                </span>
              </TableHead>
              <TableCell>
                <ResourceStateBadge state={pool.metadata.state} />
              </TableCell>
              <TableCell className="whitespace-nowrap tabular-nums">{sizeText(p)}</TableCell>
              <TableCell className="whitespace-nowrap">{cpuFamilyLabel(p.cpuFamily)}</TableCell>
              <TableCell className="tabular-nums">{p.coresCount}</TableCell>
              <TableCell className="whitespace-nowrap tabular-nums">{formatRamMb(p.ramSize)}</TableCell>
              <TableCell className="whitespace-nowrap tabular-nums">{storageText(p)}</TableCell>
              <TableCell className="whitespace-nowrap">{ZONE_LABELS[p.availabilityZone]}</TableCell>
              <TableCell>
                <KeyValueDetails labels={p.labels} annotations={p.annotations} />
              </TableCell>
              <TableCell className="whitespace-nowrap">{formatMaintenanceWindow(p.maintenanceWindow)}</TableCell>
              <TableCell className="whitespace-nowrap">
                {created ? (
                  <time dateTime={created} title={formatDateTime(created)}>
                    {formatRelativeTime(created, now)}
                  </time>
                ) : (
                  'Unknown'
                )}
                {pool.metadata.createdBy ? <span className="block text-xs text-muted-foreground">by {pool.metadata.createdBy}</span> : null}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
