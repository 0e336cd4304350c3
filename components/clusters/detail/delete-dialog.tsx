'use client';

import { ConfirmDeleteForm } from '@/components/forms/confirm-delete-form';
import { Dialog } from '@/components/ui/dialog';
import { useDeleteCluster } from '@/lib/api/clusters/mutations';
import type { ClusterResponse } from '@/lib/api/clusters/schema';

type DeleteDialogProps = { cluster: ClusterResponse; open: boolean; onOpenChange: (open: boolean) => void };

function DeleteForm({ cluster, onDone }: { cluster: ClusterResponse; onDone: () => void }) {
  const remove = useDeleteCluster(cluster.id);
  return (
    <ConfirmDeleteForm
      subject="cluster"
      name={cluster.properties.name ?? cluster.id}
      mutation={remove}
      onConfirm={() => remove.mutate(undefined, { onSuccess: onDone })}
      onCancel={onDone}
    />
  );
}

/** Deleting takes the node pools and the data on them along: the user types the name to confirm. */
export function DeleteDialog({ cluster, open, onOpenChange }: DeleteDialogProps) {
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={`Delete ${cluster.properties.name ?? 'cluster'}`}
      description="The cluster, all its node pools and the data on them are deleted. This cannot be undone."
    >
      <DeleteForm cluster={cluster} onDone={() => onOpenChange(false)} />
    </Dialog>
  );
}
