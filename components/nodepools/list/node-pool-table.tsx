'use client';

import Link from 'next/link';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { formatDateTime, formatRelativeTime } from '@/lib/format/date-time';
import { formatMaintenanceWindow } from '@/lib/format/maintenance-window';
import { ResourceStateBadge } from '@/components/shared/resource-state-badge';
import { KeyValueDetails } from '@/components/nodepools/key-value-details';
import { shownPoolState } from '@/components/nodepools/pool-actions';
import { nodePoolHref } from '@/lib/routes';
import { cpuFamilyLabel, formatRamMb, sizeText, storageText, ZONE_LABELS } from '@/lib/format/node-pool';
import { Badge } from '@/components/ui/badge';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { ResourceState } from '@/lib/api/common/schema';
import { isOperatorsPool } from '@/lib/api/nodepools/operators';
import type { NodePoolResponse } from '@/lib/api/nodepools/schema';

// Machine details share a column (cores and RAM, then CPU family and zone), so the table fits its card on a laptop;
// narrower screens scroll it with the name column kept in place.
const COLUMNS = ['State', 'Size', 'Machine', 'Storage', 'Labels and annotations', 'Maintenance', 'Created'];
/** The name column stays in place while the rest scrolls; its background hides what passes beneath. */
const STICKY = 'sticky left-0 z-10 bg-white dark:bg-slate-950';

export function OperatorsBadge() {
  return <Badge variant="info">Stackable operators</Badge>;
}

/** Whether the table inside `frame` is wider than its scroll container, kept up to date as either changes size. */
function useOverflows(frame: RefObject<HTMLElement | null>): boolean {
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const element = frame.current?.querySelector<HTMLElement>('[data-slot="table-container"]');
    if (!element) return;
    const check = () => setOverflows(element.scrollWidth > element.clientWidth + 1);
    check();
    const observer = new ResizeObserver(check);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, [frame]);
  return overflows;
}

type NodePoolTableProps = {
  clusterId: string;
  pools: readonly NodePoolResponse[];
  /** The data's time: keeps "3 minutes ago" pure. */
  now: number;
  /** A cluster being deleted takes its pools along: they show as going with it. */
  clusterState?: ResourceState;
};

/** One row per pool, with a cue when the table is wider than its card. */
export function NodePoolTable({ clusterId, pools, now, clusterState }: NodePoolTableProps) {
  const frame = useRef<HTMLDivElement>(null);
  const overflows = useOverflows(frame);

  return (
    <div ref={frame} className="grid gap-1">
      {overflows ? (
        <p className="text-xs text-muted-foreground">
          <span aria-hidden="true">⇆ </span>Scroll the table sideways for more columns.
        </p>
      ) : null}
      <Table aria-label="Node pools">
        <TableHeader>
          <TableRow className="hover:bg-transparent">
            <TableHead className="sticky left-0 z-10 bg-subtle">Name</TableHead>
            {COLUMNS.map((column) => (
              // Headings may wrap ("Labels and annotations"): the column is as wide as its content needs.
              <TableHead key={column} className="whitespace-normal">
                {column}
              </TableHead>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {pools.map((pool) => {
            const p = pool.properties;
            const name = p.name ?? pool.id;
            const created = pool.metadata.createdDate;
            const state = shownPoolState(pool.metadata.state, clusterState);
            return (
              <TableRow key={pool.id} data-state={state}>
                <TableHead scope="row" className={`${STICKY} max-w-56 font-medium whitespace-normal`}>
                  <span className="flex flex-wrap items-center gap-2">
                    <Link
                      href={nodePoolHref(clusterId, pool.id)}
                      className="break-all text-blue-800 underline-offset-4 hover:underline dark:text-blue-300"
                    >
                      {name}
                    </Link>
                    {isOperatorsPool(pool) ? <OperatorsBadge /> : null}
                  </span>
                </TableHead>
                <TableCell>
                  <ResourceStateBadge state={state} />
                </TableCell>
                <TableCell className="tabular-nums">{sizeText(p)}</TableCell>
                <TableCell>
                  <span className="block whitespace-nowrap tabular-nums">
                    {p.coresCount} cores · {formatRamMb(p.ramSize)} RAM
                  </span>
                  <span className="block text-xs text-muted-foreground">
                    {cpuFamilyLabel(p.cpuFamily)} · {ZONE_LABELS[p.availabilityZone]}
                  </span>
                </TableCell>
                <TableCell className="whitespace-nowrap tabular-nums">{storageText(p)}</TableCell>
                <TableCell>
                  <KeyValueDetails labels={p.labels} annotations={p.annotations} />
                </TableCell>
                <TableCell>{formatMaintenanceWindow(p.maintenanceWindow)}</TableCell>
                <TableCell>
                  {created ? (
                    <time dateTime={created} title={formatDateTime(created)} className="whitespace-nowrap">
                      {formatRelativeTime(created, now)}
                    </time>
                  ) : (
                    'Unknown'
                  )}
                  {pool.metadata.createdBy ? (
                    <span className="block text-xs break-all text-muted-foreground">by {pool.metadata.createdBy}</span>
                  ) : null}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
