'use client';

import { useWatch } from 'react-hook-form';
import { ReviewSection } from '@/components/forms/wizard/review-section';
import { RequestBodySection } from '@/components/forms/request-body';
import { ExportSection } from '@/components/export/export-panel';
import { poolRequestFromValues } from '@/components/nodepools/create/to-request';
import type { PoolWizardStep } from '@/components/nodepools/create/wizard';
import { usePoolForm } from '@/components/nodepools/create/use-pool-form';
import { NewPoolQuota } from '@/components/nodepools/create/new-pool-quota';
import { CapacityTable } from '@/components/nodepools/list/node-pool-totals';
import { cpuFamilyLabel, formatGb, formatRamMb, plural, storageText, ZONE_LABELS } from '@/lib/format/node-pool';
import { TableCell, TableHead, TableRow } from '@/components/ui/table';
import type { CpuArchitecture } from '@/lib/api/datacenters/schema';
import type { NodePool } from '@/lib/api/nodepools/schema';
import { capacityOf, maximumNodes, type Capacity } from '@/lib/api/nodepools/totals';
import { formatWindowSpan, utcWindow } from '@/lib/forms/maintenance-window';

function Pairs({ map }: { map?: Record<string, string> }) {
  const entries = Object.entries(map ?? {});
  if (entries.length === 0) return <>None</>;
  return (
    <ul className="grid gap-0.5 font-mono text-xs font-normal break-all">
      {entries.map(([key, value]) => (
        <li key={key}>
          {key}={value}
        </li>
      ))}
    </ul>
  );
}

function TotalsRow({ label, shape, nodes }: { label: string; shape: Pick<NodePool, 'coresCount' | 'ramSize' | 'storageSize'>; nodes: number }) {
  const c: Capacity = capacityOf(shape, nodes);
  return (
    <TableRow>
      <TableHead scope="row">{label}</TableHead>
      <TableCell className="tabular-nums">{c.nodes}</TableCell>
      <TableCell className="tabular-nums">
        {nodes} × {shape.coresCount} = {c.cores}
      </TableCell>
      <TableCell className="tabular-nums">
        {nodes} × {formatRamMb(shape.ramSize)} = {formatRamMb(c.ramMb)}
      </TableCell>
      <TableCell className="tabular-nums">
        {nodes} × {formatGb(shape.storageSize)} = {formatGb(c.storageGb)}
      </TableCell>
    </TableRow>
  );
}

/** Every choice, what the pool adds up to, and the exact body of the POST that "Create node pool" sends. */
type ReviewProps = { clusterId: string; onEdit: (step: PoolWizardStep) => void; architectures?: readonly CpuArchitecture[] };

export function PoolReviewStep({ clusterId, onEdit, architectures }: ReviewProps) {
  const { control } = usePoolForm();
  const values = useWatch({ control });
  const body = poolRequestFromValues(values, architectures);
  if (!body) return <p className="text-sm text-muted-foreground">Some values are not valid yet. Go back to fix them.</p>;
  const p = body.properties;
  const shape = { coresCount: p.coresCount ?? 4, ramSize: p.ramSize ?? 4096, storageSize: p.storageSize ?? 20 };

  return (
    <div className="grid gap-6">
      <ReviewSection title="Name and size" onEdit={() => onEdit('size')}>
        <dt>Name</dt>
        <dd>{p.name}</dd>
        <dt>Size</dt>
        <dd>
          {p.autoScaling
            ? `${plural(p.nodeCount, 'node')} to start, autoscaling ${p.autoScaling.minNodeCount}–${p.autoScaling.maxNodeCount}`
            : plural(p.nodeCount, 'node')}
        </dd>
      </ReviewSection>
      <ReviewSection title="Machine" onEdit={() => onEdit('machine')}>
        <dt>CPU family</dt>
        <dd>{cpuFamilyLabel(p.cpuFamily ?? 'AUTO')}</dd>
        <dt>Per node</dt>
        <dd>
          {plural(shape.coresCount, 'core')}, {formatRamMb(shape.ramSize)} RAM
        </dd>
        <dt>Availability zone</dt>
        <dd>{ZONE_LABELS[p.availabilityZone ?? 'AUTO']}</dd>
      </ReviewSection>
      <ReviewSection title="Storage" onEdit={() => onEdit('storage')}>
        <dt>Per node</dt>
        <dd>{storageText({ storageSize: shape.storageSize, storageType: p.storageType ?? 'SSD' })}</dd>
      </ReviewSection>
      <ReviewSection title="Maintenance window" onEdit={() => onEdit('maintenance')}>
        <dt>Window (UTC)</dt>
        <dd>{p.maintenanceWindow ? `${formatWindowSpan(utcWindow(p.maintenanceWindow))} UTC` : 'The cluster’s'}</dd>
      </ReviewSection>
      <ReviewSection title="Labels and annotations" onEdit={() => onEdit('labels')}>
        <dt>Labels</dt>
        <dd>
          <Pairs map={p.labels} />
        </dd>
        <dt>Annotations</dt>
        <dd>
          <Pairs map={p.annotations} />
        </dd>
      </ReviewSection>
      <div className="grid gap-2">
        <h3 className="text-base font-semibold">Totals of this pool</h3>
        <CapacityTable label="Totals of this pool">
          <TotalsRow label="At creation" shape={shape} nodes={p.nodeCount} />
          {p.autoScaling ? <TotalsRow label="At autoscaling maximum" shape={shape} nodes={maximumNodes(p)} /> : null}
        </CapacityTable>
      </div>
      <NewPoolQuota clusterId={clusterId} />
      <RequestBodySection endpoint="POST /clusters/{clusterId}/nodepools" body={body} />
      <ExportSection subject={{ kind: 'nodepool', body, clusterId }} />
    </div>
  );
}
