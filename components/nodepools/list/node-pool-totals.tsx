import type { ReactNode } from 'react';
import { formatGb, formatRamMb, plural } from '@/lib/format/node-pool';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { Capacity, NodePoolTotals as Totals } from '@/lib/api/nodepools/totals';

function Row({ label, capacity }: { label: string; capacity: Capacity }) {
  return (
    <TableRow>
      <TableHead scope="row">{label}</TableHead>
      <TableCell className="tabular-nums">{capacity.nodes}</TableCell>
      <TableCell className="tabular-nums">{capacity.cores}</TableCell>
      <TableCell className="tabular-nums">{formatRamMb(capacity.ramMb)}</TableCell>
      <TableCell className="tabular-nums">{formatGb(capacity.storageGb)}</TableCell>
    </TableRow>
  );
}

/** A table of nodes, cores, RAM and storage, one row (`children`) per moment: now, at creation, at the maximum. */
export function CapacityTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table aria-label={label}>
      <TableHeader>
        <TableRow className="hover:bg-transparent">
          <TableHead>
            <span className="sr-only">When</span>
          </TableHead>
          <TableHead>Nodes</TableHead>
          <TableHead>Cores</TableHead>
          <TableHead>RAM</TableHead>
          <TableHead>Storage</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>{children}</TableBody>
    </Table>
  );
}

/** Nodes, cores, RAM and storage of all the cluster's pools: now, and with every autoscaling pool at its maximum. */
export function NodePoolTotals({ totals }: { totals: Totals }) {
  return (
    <div className="grid gap-2">
      <CapacityTable label="Cluster totals">
        <Row label="Now" capacity={totals.now} />
        {totals.autoscaling ? <Row label="At autoscaling maximum" capacity={totals.atMaximum} /> : null}
      </CapacityTable>
      <p className="text-xs text-subtle-foreground">
        Across {plural(totals.pools, 'node pool')}.{' '}
        {totals.autoscaling ? 'Autoscaling pools may grow up to their maximum node count.' : 'No pool autoscales, so this is also the maximum.'}
      </p>
    </div>
  );
}
