'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { nodePoolListHref } from '@/components/nodepools/paths';
import { watchNodePool } from '@/components/nodepools/pool-watch';
import { Alert, AlertDescription } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog, DialogFooter } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { isApiError } from '@/lib/api/client';
import { useDeleteNodePool } from '@/lib/api/nodepools/mutations';
import type { NodePoolResponse } from '@/lib/api/nodepools/schema';
import { toast } from '@/lib/toast';

type DeleteProps = { clusterId: string; pool: NodePoolResponse; open: boolean; onOpenChange: (open: boolean) => void };

function DeleteForm({ clusterId, pool, onDone }: { clusterId: string; pool: NodePoolResponse; onDone: () => void }) {
  const router = useRouter();
  const name = pool.properties.name ?? pool.id;
  const [typed, setTyped] = useState('');
  const remove = useDeleteNodePool(clusterId, pool.id);
  const matches = typed === name;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!matches) return;
    remove.mutate(undefined, {
      onSuccess: () => {
        watchNodePool({ clusterId, id: pool.id, name }, 'delete');
        toast({ title: `Deleting node pool “${name}”`, description: 'Its nodes are being removed; the list shows when it is gone.' });
        onDone();
        // Back to the list, where the pool shows DESTROYING and then disappears.
        router.push(nodePoolListHref(clusterId));
      },
    });
  }

  return (
    <form onSubmit={submit} className="grid gap-4" noValidate>
      <fieldset disabled={remove.isPending} className="grid gap-4">
        <Field
          label={
            <>
              Type <span className="font-mono">{name}</span> to confirm
            </>
          }
          error={typed !== '' && !matches && !name.startsWith(typed) ? 'This is not the node pool’s name.' : undefined}
        >
          {(control) => <Input {...control} value={typed} onChange={(event) => setTyped(event.target.value)} autoComplete="off" spellCheck={false} />}
        </Field>
        {remove.isError ? (
          <Alert role="alert" variant="destructive">
            <AlertDescription>
              The node pool was not deleted. {isApiError(remove.error) ? remove.error.message : 'Something went wrong in the console; try again.'}
            </AlertDescription>
          </Alert>
        ) : null}
      </fieldset>
      <DialogFooter>
        <Button variant="outline" onClick={onDone} disabled={remove.isPending}>
          Cancel
        </Button>
        <Button type="submit" variant="destructive" disabled={!matches || remove.isPending}>
          {remove.isPending ? 'Deleting…' : 'Delete node pool'}
        </Button>
      </DialogFooter>
    </form>
  );
}

/** Deleting removes the pool's nodes and what runs on them: the user types the name to confirm. */
export function DeleteNodePoolDialog({ clusterId, pool, open, onOpenChange }: DeleteProps) {
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={`Delete ${pool.properties.name ?? 'node pool'}`}
      description="The pool's nodes and the data on their volumes are deleted; Kubernetes moves the workloads to the other pools if they fit. This cannot be undone."
    >
      <DeleteForm clusterId={clusterId} pool={pool} onDone={() => onOpenChange(false)} />
    </Dialog>
  );
}
