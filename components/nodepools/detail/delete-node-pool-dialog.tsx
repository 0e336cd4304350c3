'use client';

import { useRouter } from 'next/navigation';
import { ConfirmDeleteForm } from '@/components/forms/confirm-delete-form';
import { nodePoolListHref } from '@/lib/routes';
import { Dialog } from '@/components/ui/dialog';
import { useDeleteNodePool } from '@/lib/api/nodepools/mutations';
import type { NodePoolResponse } from '@/lib/api/nodepools/schema';
import { toast } from '@/lib/toast';

type DeleteProps = {
  clusterId: string;
  pool: NodePoolResponse;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Stay on the page that asked (a replacement's step 2) instead of going to the pool list. */
  stay?: boolean;
};

function DeleteForm({ clusterId, pool, onDone, stay }: { clusterId: string; pool: NodePoolResponse; onDone: () => void; stay?: boolean }) {
  const router = useRouter();
  const name = pool.properties.name ?? pool.id;
  const remove = useDeleteNodePool(clusterId, pool.id);

  function deleted() {
    toast({ title: `Deleting node pool “${name}”`, description: 'Its nodes are being removed; the list shows when it is gone.' });
    onDone();
    // Back to the list, where the pool shows DESTROYING and then disappears.
    if (!stay) router.push(nodePoolListHref(clusterId));
  }

  return (
    <ConfirmDeleteForm
      subject="node pool"
      name={name}
      mutation={remove}
      onConfirm={() => remove.mutate(undefined, { onSuccess: deleted })}
      onCancel={onDone}
    />
  );
}

/** Deleting removes the pool's nodes and what runs on them: the user types the name to confirm. */
export function DeleteNodePoolDialog({ clusterId, pool, open, onOpenChange, stay }: DeleteProps) {
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={`Delete ${pool.properties.name ?? 'node pool'}`}
      description="The pool's nodes and the data on their volumes are deleted; Kubernetes moves the workloads to the other pools if they fit. This cannot be undone."
    >
      <DeleteForm clusterId={clusterId} pool={pool} onDone={() => onOpenChange(false)} stay={stay} />
    </Dialog>
  );
}
