'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useEffect, useRef } from 'react';
import { MaintenanceCell, useTimeZone } from '@/components/clusters/list/cluster-table';
import type { BehindCluster } from '@/components/clusters/upgrades/behind';
import { ResourceStateBadge } from '@/components/shared/resource-state-badge';
import { NativeSelect } from '@/components/ui/native-select';
import { Skeleton } from '@/components/ui/skeleton';
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { asBffError } from '@/lib/api/client';
import { nodePoolQueries } from '@/lib/api/nodepools/queries';
import { formatDateTime } from '@/lib/format/date-time';
import { nextWindowStart } from '@/lib/forms/maintenance-window';
import { clusterHref } from '@/lib/routes';

const LINK = 'text-blue-800 underline-offset-4 hover:underline dark:text-blue-300';
const CHECKBOX = 'size-4 accent-blue-700 disabled:cursor-not-allowed dark:accent-blue-400';

/** The pools an upgrade takes along (they follow the cluster's version). Not polled: states do not change the names. */
function NodePoolsCell({ clusterId }: { clusterId: string }) {
  const pools = useQuery({ ...nodePoolQueries.list(clusterId), refetchInterval: false, staleTime: 60_000 });
  if (pools.isError) return <span className="text-subtle-foreground">Not known: {asBffError(pools.error).message}</span>;
  if (!pools.data) {
    return (
      <>
        <Skeleton className="h-4 w-16" />
        <span className="sr-only">Loading node pools</span>
      </>
    );
  }
  const names = pools.data.items.map((pool) => pool.properties.name ?? pool.id);
  return (
    <div className="flex flex-col">
      <span className="tabular-nums">{names.length === 1 ? '1 node pool' : `${names.length} node pools`}</span>
      {names.length > 0 ? <span className="text-xs break-all text-subtle-foreground">{names.join(', ')}</span> : null}
    </div>
  );
}

function NextWindowCell({ row, now, timeZone }: { row: BehindCluster; now: number; timeZone: string | undefined }) {
  const maintenance = row.cluster.properties.maintenanceWindow;
  if (!maintenance) return <MaintenanceCell cluster={row.cluster} now={now} timeZone={timeZone} />;
  const next = nextWindowStart(maintenance, new Date(now)).toISOString();
  return (
    <div className="flex flex-col gap-1 whitespace-nowrap">
      <time dateTime={next} className="flex flex-col">
        <span>Next: {formatDateTime(next, 'UTC')}</span>
        {timeZone && timeZone !== 'UTC' ? <span>{formatDateTime(next, timeZone)}</span> : null}
      </time>
      <div className="text-xs text-subtle-foreground">Every week:</div>
      <MaintenanceCell cluster={row.cluster} now={now} timeZone={timeZone} />
    </div>
  );
}

export type Selection = {
  selected: ReadonlySet<string>;
  toggle: (row: BehindCluster, on: boolean) => void;
  toggleAll: (on: boolean) => void;
  targetOf: (row: BehindCluster) => string;
  setTarget: (row: BehindCluster, version: string) => void;
};

function SelectAll({ rows, selection, disabled }: { rows: readonly BehindCluster[]; selection: Selection; disabled: boolean }) {
  const ref = useRef<HTMLInputElement>(null);
  const selectable = rows.filter((row) => !row.blocked);
  const count = selectable.filter((row) => selection.selected.has(row.cluster.id)).length;
  const all = selectable.length > 0 && count === selectable.length;
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = count > 0 && !all;
  }, [count, all]);
  return (
    <input
      ref={ref}
      type="checkbox"
      className={CHECKBOX}
      aria-label="Select all clusters that can be upgraded"
      checked={all}
      disabled={disabled || selectable.length === 0}
      // With some selected (mixed), it clears them, as mail clients do; the native toggle would select all then.
      onChange={() => selection.toggleAll(count === 0)}
    />
  );
}

type UpgradeTableProps = { rows: readonly BehindCluster[]; selection: Selection; now: number; disabled: boolean };

/** The clusters behind, furthest first, each with its checkbox and the version it is to go to. */
export function UpgradeTable({ rows, selection, now, disabled }: UpgradeTableProps) {
  const timeZone = useTimeZone();
  return (
    <Table aria-label="Clusters behind the newest version">
      <TableCaption>
        {rows.length === 1 ? '1 cluster' : `${rows.length} clusters`} behind the newest version, furthest behind first, updated automatically
      </TableCaption>
      <TableHeader>
        <TableRow className="hover:bg-transparent">
          <TableHead className="w-10">
            <SelectAll rows={rows} selection={selection} disabled={disabled} />
          </TableHead>
          <TableHead>Name</TableHead>
          <TableHead>Version</TableHead>
          <TableHead>Behind by</TableHead>
          <TableHead>Upgrade to</TableHead>
          <TableHead>Next maintenance window</TableHead>
          <TableHead>Node pools affected</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => {
          const { cluster } = row;
          const name = cluster.properties.name ?? cluster.id;
          return (
            <TableRow key={cluster.id}>
              <TableCell>
                <input
                  type="checkbox"
                  className={CHECKBOX}
                  aria-label={`Select ${name}`}
                  aria-describedby={row.blocked ? `blocked-${cluster.id}` : undefined}
                  checked={selection.selected.has(cluster.id)}
                  disabled={disabled || Boolean(row.blocked)}
                  onChange={(event) => selection.toggle(row, event.target.checked)}
                />
              </TableCell>
              <TableHead scope="row" className="h-auto py-3 font-medium whitespace-normal">
                <div className="flex flex-col items-start gap-1">
                  <Link href={clusterHref(cluster.id)} prefetch={false} className={LINK}>
                    {name}
                  </Link>
                  <ResourceStateBadge state={cluster.metadata.state} />
                </div>
              </TableHead>
              <TableCell>
                <div className="flex flex-col">
                  <span>{row.current}</span>
                  <span className="text-xs text-subtle-foreground">Newest: {row.newest}</span>
                </div>
              </TableCell>
              <TableCell className="tabular-nums">{row.behindBy === 1 ? '1 version' : `${row.behindBy} versions`}</TableCell>
              <TableCell>
                {row.blocked ? (
                  <span id={`blocked-${cluster.id}`} className="text-sm whitespace-normal text-muted-foreground">
                    {row.blocked}
                  </span>
                ) : (
                  <NativeSelect
                    aria-label={`Upgrade ${name} to`}
                    className="w-28"
                    value={selection.targetOf(row)}
                    disabled={disabled}
                    onChange={(event) => selection.setTarget(row, event.target.value)}
                  >
                    {row.targets.map((version) => (
                      <option key={version} value={version}>
                        {version}
                      </option>
                    ))}
                  </NativeSelect>
                )}
              </TableCell>
              <TableCell>
                <NextWindowCell row={row} now={now} timeZone={timeZone} />
              </TableCell>
              <TableCell className="max-w-60 whitespace-normal">
                <NodePoolsCell clusterId={cluster.id} />
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
