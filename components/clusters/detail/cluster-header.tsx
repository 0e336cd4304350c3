'use client';

import Link from 'next/link';
import { useId, useState } from 'react';
import {
  deleteAvailability,
  editAvailability,
  upgradeAvailability,
  type Availability,
} from '@/components/clusters/detail/cluster-actions';
import { DeleteDialog } from '@/components/clusters/detail/delete-dialog';
import { UpgradeDialog } from '@/components/clusters/detail/upgrade-dialog';
import { Button, buttonVariants } from '@/components/ui/button';
import type { ClusterResponse } from '@/lib/api/clusters/schema';
import { clusterHref, clustersHref, editClusterHref } from '@/lib/routes';

const LINK = 'text-blue-800 underline-offset-4 hover:underline dark:text-blue-300';

type ClusterBreadcrumbProps = {
  name?: string;
  /** A page below the cluster's own ("Edit"): the cluster's name then links back to it. */
  below?: { clusterId: string; label: string };
};

/** "Clusters › name" (› "Edit"): the way back, as a breadcrumb. */
export function ClusterBreadcrumb({ name, below }: ClusterBreadcrumbProps) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm">
      <ol className="flex flex-wrap items-center gap-1 text-slate-700 dark:text-slate-300">
        <li>
          <Link href={clustersHref} className={LINK}>
            Clusters
          </Link>
        </li>
        {name ? (
          <li className="flex items-center gap-1">
            <span aria-hidden="true">›</span>
            {below ? (
              <Link href={clusterHref(below.clusterId)} className={LINK}>
                {name}
              </Link>
            ) : (
              <span aria-current="page">{name}</span>
            )}
          </li>
        ) : null}
        {below ? (
          <li className="flex items-center gap-1">
            <span aria-hidden="true">›</span>
            <span aria-current="page">{below.label}</span>
          </li>
        ) : null}
      </ol>
    </nav>
  );
}

type Action = { key: string; availability: Availability };

/** Reasons of disabled actions, each referenced by its button (aria-describedby) and visible to everyone. */
function Reasons({ actions, idOf }: { actions: Action[]; idOf: (key: string) => string }) {
  const reasons = actions.filter((a): a is Action & { availability: { enabled: false; reason: string } } => !a.availability.enabled);
  // The same sentence for several actions is shown once; each button still points at it.
  const shown = new Map<string, string>();
  for (const action of reasons) if (!shown.has(action.availability.reason)) shown.set(action.availability.reason, action.key);
  if (shown.size === 0) return null;
  return (
    <ul className="grid gap-1 text-sm text-slate-700 dark:text-slate-300">
      {[...shown].map(([reason, key]) => (
        <li key={key} id={idOf(key)}>
          {reason}
        </li>
      ))}
    </ul>
  );
}

/** The cluster's name and its actions: Edit (its own page), Upgrade and Delete (dialogs). */
export function ClusterHeader({ cluster }: { cluster: ClusterResponse }) {
  const [dialog, setDialog] = useState<'upgrade' | 'delete' | null>(null);
  const baseId = useId();
  const state = cluster.metadata.state;
  const edit = editAvailability(state);
  const upgrade = upgradeAvailability(cluster);
  const remove = deleteAvailability(state);
  const actions: Action[] = [
    { key: 'edit', availability: edit },
    { key: 'upgrade', availability: upgrade },
    { key: 'delete', availability: remove },
  ];
  // A button whose reason is shared with an earlier action points at the first one's sentence.
  const reasonKey = (key: string) => {
    const own = actions.find((a) => a.key === key)?.availability;
    const first = actions.find((a) => !a.availability.enabled && own && !own.enabled && a.availability.reason === own.reason);
    return `${baseId}-reason-${first?.key ?? key}`;
  };
  const describedBy = (availability: Availability, key: string) => (availability.enabled ? undefined : reasonKey(key));
  const name = cluster.properties.name ?? cluster.id;

  return (
    <div className="grid gap-3">
      <ClusterBreadcrumb name={name} />
      <div className="flex flex-wrap items-start justify-between gap-4">
        <h1 className="text-2xl font-semibold break-all">{name}</h1>
        <div className="flex flex-wrap gap-2">
          {edit.enabled ? (
            <Link href={editClusterHref(cluster.id)} className={buttonVariants({ variant: 'outline' })}>
              Edit
            </Link>
          ) : (
            <Button variant="outline" disabled aria-describedby={describedBy(edit, 'edit')}>
              Edit
            </Button>
          )}
          <Button variant="outline" disabled={!upgrade.enabled} aria-describedby={describedBy(upgrade, 'upgrade')} onClick={() => setDialog('upgrade')}>
            Upgrade
          </Button>
          <Button variant="destructive" disabled={!remove.enabled} aria-describedby={describedBy(remove, 'delete')} onClick={() => setDialog('delete')}>
            Delete
          </Button>
        </div>
      </div>
      <Reasons actions={actions} idOf={(key) => `${baseId}-reason-${key}`} />
      <UpgradeDialog cluster={cluster} open={dialog === 'upgrade'} onOpenChange={(open) => setDialog(open ? 'upgrade' : null)} />
      <DeleteDialog cluster={cluster} open={dialog === 'delete'} onOpenChange={(open) => setDialog(open ? 'delete' : null)} />
    </div>
  );
}
