import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { resourceHref } from '@/lib/calendar/resources';
import type { MaintenanceResource, OverlapGroup } from '@/lib/calendar/week-layout';
import { offsetInWeek } from '@/lib/forms/maintenance-window';
import { maintenanceWindowTimes } from '@/lib/format/maintenance-window';

type TableProps = {
  resources: readonly MaintenanceResource[];
  groups: readonly OverlapGroup[];
  timeZone: string;
  now: Date;
  datacenterName: (id: string | undefined) => string;
};

/** The week as rows, in UTC order from Monday: for screen readers and phones, and every window the grid had to fold. */
export function WindowTable({ resources, groups, timeZone, now, datacenterName }: TableProps) {
  const overlapping = new Set(groups.flatMap((group) => group.resources.map((resource) => resource.key)));
  const rows = [...resources].sort((a, b) => offsetInWeek(a.window) - offsetInWeek(b.window) || a.name.localeCompare(b.name));
  return (
    <section aria-labelledby="maintenance-windows-table" className="grid min-w-0 gap-3">
      <h2 id="maintenance-windows-table" tabIndex={-1} className="text-lg font-semibold">
        All windows
      </h2>
      <Table aria-labelledby="maintenance-windows-table">
        <TableCaption>{rows.length === 1 ? '1 window' : `${rows.length} windows`}, in the order of their UTC start from Monday.</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHead>Resource</TableHead>
            <TableHead>Type</TableHead>
            <TableHead>Data center</TableHead>
            <TableHead>Your time</TableHead>
            <TableHead>UTC</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((resource) => {
            const times = maintenanceWindowTimes(resource.window, timeZone, now.getTime());
            return (
              <TableRow key={resource.key}>
                <TableCell>
                  <Link href={resourceHref(resource)} className="font-medium text-blue-800 underline-offset-4 hover:underline dark:text-blue-300">
                    {resource.name}
                  </Link>
                  {resource.kind === 'nodepool' ? <span className="block text-xs text-muted-foreground">of {resource.clusterName}</span> : null}
                </TableCell>
                <TableCell>
                  <span className="flex flex-wrap items-center gap-1.5">
                    {resource.kind === 'nodepool' ? 'Node pool' : 'Cluster'}
                    {overlapping.has(resource.key) ? <Badge variant="warning">Overlaps</Badge> : null}
                  </span>
                </TableCell>
                <TableCell>{datacenterName(resource.datacenterId)}</TableCell>
                <TableCell className="whitespace-nowrap">{times.local}</TableCell>
                <TableCell className="whitespace-nowrap">{times.utc}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </section>
  );
}
