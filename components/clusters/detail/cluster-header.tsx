'use client';

import Link from 'next/link';
import { useId, useState } from 'react';
import { copyAvailability, deleteAvailability, editAvailability, upgradeAvailability } from '@/components/clusters/detail/cluster-actions';
import { ClusterSummary, UpgradeCallout } from '@/components/clusters/detail/cluster-summary';
import { DeleteDialog } from '@/components/clusters/detail/delete-dialog';
import { ExportClusterButton } from '@/components/export/export-dialog';
import { UpgradeDialog } from '@/components/clusters/detail/upgrade-dialog';
import { ClusterTeam } from '@/components/portal/team/cluster-team';
import { useClusterRole } from '@/components/portal/team/use-cluster-team';
import { usePortal } from '@/components/portal/portal-context';
import { Breadcrumb, PageHeader, type Crumb } from '@/components/shared/page-header';
import { Button, buttonVariants } from '@/components/ui/button';
import type { ClusterResponse } from '@/lib/api/clusters/schema';
import { clusterHref, clustersHref, copyClusterHref, editClusterHref } from '@/lib/routes';
import { copyLabel, type Availability } from '@/components/shared/availability';

type ClusterBreadcrumbProps = {
  name?: string;
  /** A page below the cluster's own ("Edit"): the cluster's name then links back to it. */
  below?: { clusterId: string; label: string };
};

/** "Clusters › name" (› "Edit"): the way back, as a breadcrumb. */
export function ClusterBreadcrumb({ name, below }: ClusterBreadcrumbProps) {
  const crumbs: Crumb[] = [{ label: 'Clusters', href: clustersHref }];
  if (name) crumbs.push({ label: name, href: below ? clusterHref(below.clusterId) : undefined });
  if (below) crumbs.push({ label: below.label });
  return <Breadcrumb items={crumbs} />;
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
    <ul className="grid gap-1 text-sm text-muted-foreground">
      {[...shown].map(([reason, key]) => (
        <li key={key} id={idOf(key)}>
          {reason}
        </li>
      ))}
    </ul>
  );
}

/** A cluster whose creation failed offers only what can work: delete, and create again with the same settings. */
const NEVER_CREATED: ReadonlySet<string> = new Set(['FAILED', 'FAILED_DESTROYING', 'TERMINATED']);

type ClusterHeaderProps = {
  cluster: ClusterResponse;
  /** The data center's name and location for the summary line (its id until the Cloud API answered). */
  datacenter?: { name: string; location?: string };
};

/**
 * The cluster's name, a summary line (version, data center, an upgrade when there is one) and its actions: Edit
 * (its own page), Upgrade and Delete (dialogs), and a copy in the wizard.
 */
export function ClusterHeader({ cluster, datacenter }: ClusterHeaderProps) {
  const [dialog, setDialog] = useState<'upgrade' | 'delete' | null>(null);
  const baseId = useId();
  const state = cluster.metadata.state;
  const role = useClusterRole(cluster.id);
  const portal = usePortal() !== null;
  const edit = editAvailability(state, role);
  const upgrade = upgradeAvailability(cluster, role);
  const copy = copyAvailability(role);
  const remove = deleteAvailability(state, role);
  const actions: Action[] = [
    { key: 'edit', availability: edit },
    { key: 'upgrade', availability: upgrade },
    { key: 'copy', availability: copy },
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
  const changeable = !(state && NEVER_CREATED.has(state));

  return (
    <PageHeader
      back={<ClusterBreadcrumb name={name} />}
      title={name}
      description={<ClusterSummary cluster={cluster} datacenter={datacenter} team={portal ? <ClusterTeam clusterId={cluster.id} /> : undefined} />}
      actions={
        <>
          {!changeable ? null : edit.enabled ? (
            <Link href={editClusterHref(cluster.id)} className={buttonVariants({ variant: 'outline' })}>
              Edit
            </Link>
          ) : (
            <Button variant="outline" disabled aria-describedby={describedBy(edit, 'edit')}>
              Edit
            </Button>
          )}
          {changeable ? (
            <Button
              variant="outline"
              disabled={!upgrade.enabled}
              aria-describedby={describedBy(upgrade, 'upgrade')}
              onClick={() => setDialog('upgrade')}
            >
              Upgrade
            </Button>
          ) : null}
          {copy.enabled ? (
            <Link href={copyClusterHref(cluster.id)} className={buttonVariants({ variant: 'outline' })}>
              {copyLabel(state)}
            </Link>
          ) : (
            <Button variant="outline" disabled aria-describedby={describedBy(copy, 'copy')}>
              {copyLabel(state)}
            </Button>
          )}
          <ExportClusterButton cluster={cluster} />
          <Button
            variant="destructive"
            disabled={!remove.enabled}
            aria-describedby={describedBy(remove, 'delete')}
            onClick={() => setDialog('delete')}
          >
            Delete
          </Button>
        </>
      }
    >
      {upgrade.enabled ? <UpgradeCallout cluster={cluster} onUpgrade={() => setDialog('upgrade')} /> : null}
      <Reasons actions={actions} idOf={(key) => `${baseId}-reason-${key}`} />
      <UpgradeDialog cluster={cluster} open={dialog === 'upgrade'} onOpenChange={(open) => setDialog(open ? 'upgrade' : null)} />
      <DeleteDialog cluster={cluster} open={dialog === 'delete'} onOpenChange={(open) => setDialog(open ? 'delete' : null)} />
    </PageHeader>
  );
}
