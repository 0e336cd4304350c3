import type { ReactNode } from 'react';
import { formatDateTime, formatRelativeTime } from '@/lib/format/date-time';
import { formatMaintenanceWindow } from '@/lib/format/maintenance-window';
import { cpuFamilyLabel, formatRamMb, sizeText, storageText, ZONE_LABELS } from '@/lib/format/node-pool';
import { CopyId } from '@/components/shared/copy-id';
import { isOperatorsPool } from '@/lib/api/nodepools/operators';
import type { NodePoolResponse } from '@/lib/api/nodepools/schema';

function Section({ title, note, children }: { title: string; note?: string; children: ReactNode }) {
  return (
    <section aria-label={title} className="grid content-start gap-2 rounded-lg border border-border p-4">
      <h2 className="text-base font-semibold">{title}</h2>
      {note ? <p className="text-xs text-subtle-foreground">{note}</p> : null}
      <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[11rem_1fr] [&_dd]:font-medium [&_dd]:break-words [&_dt]:text-slate-700 dark:[&_dt]:text-slate-300">
        {children}
      </dl>
    </section>
  );
}

function Pairs({ map, none }: { map?: Record<string, string>; none: string }) {
  const entries = Object.entries(map ?? {});
  if (entries.length === 0) return <p className="text-sm text-muted-foreground">{none}</p>;
  return (
    <dl className="grid gap-x-6 gap-y-1 font-mono text-xs sm:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
      {entries.map(([key, value]) => (
        <div key={key} className="contents">
          <dt className="break-all text-muted-foreground">{key}</dt>
          <dd className="break-all">{value === '' ? <span className="font-sans italic">empty</span> : value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Everything the API says about the pool; `now` is the data's time, so "3 minutes ago" stays pure. */
export function NodePoolProperties({ pool, now }: { pool: NodePoolResponse; now: number }) {
  const p = pool.properties;
  // The operators' pool cannot be replaced (the platform creates it), so "replace the pool" would be no way on.
  const fixedNote = isOperatorsPool(pool)
    ? 'Fixed when the platform created the pool with the cluster; they cannot be changed.'
    : 'Fixed when the pool was created: to change them, replace the pool.';
  const m = pool.metadata;
  const when = (iso?: string) => (iso ? `${formatRelativeTime(iso, now)} (${formatDateTime(iso)})` : 'Unknown');
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <Section title="Size" note="Node count, autoscaling and the maintenance window can be edited.">
        <dt>Nodes</dt>
        <dd>{sizeText(p)}</dd>
        <dt>Maintenance window</dt>
        <dd>{formatMaintenanceWindow(p.maintenanceWindow)}</dd>
      </Section>
      <Section title="Machine and storage" note={fixedNote}>
        <dt>CPU family</dt>
        <dd>{cpuFamilyLabel(p.cpuFamily)}</dd>
        <dt>Cores per node</dt>
        <dd>{p.coresCount}</dd>
        <dt>RAM per node</dt>
        <dd>{formatRamMb(p.ramSize)}</dd>
        <dt>Storage per node</dt>
        <dd>{storageText(p)}</dd>
        <dt>Availability zone</dt>
        <dd>{ZONE_LABELS[p.availabilityZone]}</dd>
      </Section>
      <section aria-label="Labels" className="grid content-start gap-2 rounded-lg border border-border p-4">
        <h2 className="text-base font-semibold">Labels</h2>
        <Pairs map={p.labels} none="No labels." />
      </section>
      <section aria-label="Annotations" className="grid content-start gap-2 rounded-lg border border-border p-4">
        <h2 className="text-base font-semibold">Annotations</h2>
        <Pairs map={p.annotations} none="No annotations." />
      </section>
      <Section title="History">
        <dt>Created</dt>
        <dd>
          {when(m.createdDate)}
          {m.createdBy ? ` by ${m.createdBy}` : ''}
        </dd>
        <dt>Last changed</dt>
        <dd>
          {when(m.lastModifiedDate)}
          {m.lastModifiedBy ? ` by ${m.lastModifiedBy}` : ''}
        </dd>
        <dt>Data Platform version</dt>
        <dd>{m.currentDataPlatformVersion ?? p.dataPlatformVersion ?? 'Unknown'}</dd>
        <dt>ID</dt>
        <dd>
          <CopyId id={pool.id} label="node pool ID" />
        </dd>
      </Section>
    </div>
  );
}
