import Link from 'next/link';
import { newNodePoolHref } from '@/lib/routes';
import { cpuFamilyLabel, formatRamMb, storageText, ZONE_LABELS } from '@/lib/format/node-pool';
import { buttonVariants } from '@/components/ui/button';
import { canReplacePool } from '@/components/nodepools/pool-actions';
import type { PortalRole } from '@/components/shared/availability';
import { isOperatorsPool } from '@/lib/api/nodepools/operators';
import type { NodePoolResponse } from '@/lib/api/nodepools/schema';

/** The fields the API cannot change after creation, shown with the reason and the way to a new shape. */
export function ReadOnlyMachine({ clusterId, pool, role }: { clusterId: string; pool: NodePoolResponse; role?: PortalRole }) {
  const p = pool.properties;
  const rows: [string, string][] = [
    ['CPU family', cpuFamilyLabel(p.cpuFamily)],
    ['Cores per node', String(p.coresCount)],
    ['RAM per node', formatRamMb(p.ramSize)],
    ['Availability zone', ZONE_LABELS[p.availabilityZone]],
    ['Storage per node', storageText(p)],
  ];
  return (
    <section aria-labelledby="fixed-fields-heading" className="grid gap-3 rounded-lg border border-border bg-subtle p-4">
      <h2 id="fixed-fields-heading" className="text-base font-semibold">
        Machine and storage (cannot be changed)
      </h2>
      <p className="text-sm text-muted-foreground">
        The Data Platform API fixes these when a pool is created. For another shape, create a pool with the new values and delete this one once the
        new pool is available.
      </p>
      <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[11rem_1fr] [&_dd]:font-medium [&_dt]:text-slate-700 dark:[&_dt]:text-slate-300">
        {rows.map(([term, value]) => (
          <div key={term} className="contents">
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {isOperatorsPool(pool) ? (
        <p className="text-sm text-muted-foreground">The operators&apos; pool comes with the cluster and cannot be replaced.</p>
      ) : canReplacePool(pool, role) ? (
        <Link href={newNodePoolHref(clusterId, pool.id)} className={buttonVariants({ variant: 'outline', size: 'sm', className: 'w-fit' })}>
          Replace this pool
        </Link>
      ) : null}
    </section>
  );
}
