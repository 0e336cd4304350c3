'use client';

import Link from 'next/link';
import { useId, useState } from 'react';
import { DeleteNodePoolDialog } from '@/components/nodepools/detail/delete-node-pool-dialog';
import { ExportNodePoolButton } from '@/components/export/export-dialog';
import { useClusterRole } from '@/components/portal/team/use-cluster-team';
import { OperatorsBadge } from '@/components/nodepools/list/node-pool-table';
import { copyNodePoolHref, editNodePoolHref, newNodePoolHref } from '@/lib/routes';
import {
  addPoolAvailability,
  canReplacePool,
  deletePoolAvailability,
  editPoolAvailability,
  shownPoolState,
} from '@/components/nodepools/pool-actions';
import { copyLabel, type Availability } from '@/components/shared/availability';
import { PageHeader } from '@/components/shared/page-header';
import { ResourceStateBadge } from '@/components/shared/resource-state-badge';
import { Button, buttonVariants } from '@/components/ui/button';
import type { ResourceState } from '@/lib/api/common/schema';
import { isOperatorsPool } from '@/lib/api/nodepools/operators';
import type { NodePoolResponse } from '@/lib/api/nodepools/schema';

type HeaderProps = { clusterId: string; pool: NodePoolResponse; clusterState?: ResourceState };

const reasonOf = (a: Availability) => (a.enabled ? undefined : a.reason);

/**
 * The pool's name and state, and its actions: Edit (its own page), Replace and Create a copy (the wizard), Delete (a
 * dialog). A pool whose creation failed offers only delete and create again; the operators' pool, which the platform
 * creates, neither a copy nor a replacement.
 */
export function NodePoolHeader({ clusterId, pool, clusterState }: HeaderProps) {
  const [deleting, setDeleting] = useState(false);
  const baseId = useId();
  const state = pool.metadata.state;
  const role = useClusterRole(clusterId);
  const edit = editPoolAvailability(pool, clusterState, role);
  const remove = deletePoolAvailability(pool, clusterState, role);
  const copy = addPoolAvailability(clusterState, role);
  const operators = isOperatorsPool(pool);
  const failed = state === 'FAILED';
  const reasons = [...new Set([reasonOf(edit), reasonOf(remove), operators ? undefined : reasonOf(copy)].filter((r): r is string => Boolean(r)))];
  const reasonId = (reason: string | undefined) => (reason ? `${baseId}-${reasons.indexOf(reason)}` : undefined);

  return (
    <PageHeader
      title={pool.properties.name ?? pool.id}
      badges={
        <>
          <ResourceStateBadge state={shownPoolState(state, clusterState)} />
          {operators ? <OperatorsBadge /> : null}
        </>
      }
      actions={
        <>
          {failed ? null : edit.enabled ? (
            <Link href={editNodePoolHref(clusterId, pool.id)} className={buttonVariants({ variant: 'outline' })}>
              Edit
            </Link>
          ) : (
            <Button variant="outline" disabled aria-describedby={reasonId(reasonOf(edit))}>
              Edit
            </Button>
          )}
          <ExportNodePoolButton clusterId={clusterId} pool={pool} />
          {canReplacePool(pool, role) ? (
            <Link href={newNodePoolHref(clusterId, pool.id)} className={buttonVariants({ variant: 'outline' })}>
              Replace this pool
            </Link>
          ) : null}
          {operators ? null : copy.enabled ? (
            <Link href={copyNodePoolHref(clusterId, pool.id)} className={buttonVariants({ variant: 'outline' })}>
              {copyLabel(state)}
            </Link>
          ) : (
            <Button variant="outline" disabled aria-describedby={reasonId(reasonOf(copy))}>
              {copyLabel(state)}
            </Button>
          )}
          <Button variant="destructive" onClick={() => setDeleting(true)} disabled={!remove.enabled} aria-describedby={reasonId(reasonOf(remove))}>
            Delete
          </Button>
        </>
      }
    >
      {reasons.length > 0 ? (
        <ul className="grid gap-1 text-sm text-muted-foreground">
          {reasons.map((reason) => (
            <li key={reason} id={reasonId(reason)}>
              {reason}
            </li>
          ))}
        </ul>
      ) : null}
      <DeleteNodePoolDialog clusterId={clusterId} pool={pool} open={deleting} onOpenChange={setDeleting} />
    </PageHeader>
  );
}
