'use client';

import { useState, type FormEvent } from 'react';
import { Alert, AlertDescription } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog, DialogFooter } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { isApiError } from '@/lib/api/client';
import { useDeleteCluster } from '@/lib/api/clusters/mutations';
import type { ClusterResponse } from '@/lib/api/clusters/schema';

type DeleteDialogProps = { cluster: ClusterResponse; open: boolean; onOpenChange: (open: boolean) => void };

function DeleteForm({ cluster, onDone }: { cluster: ClusterResponse; onDone: () => void }) {
  const name = cluster.properties.name ?? cluster.id;
  const [typed, setTyped] = useState('');
  const remove = useDeleteCluster(cluster.id);
  const matches = typed === name;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!matches) return;
    remove.mutate(undefined, { onSuccess: onDone });
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
          error={typed !== '' && !matches && !name.startsWith(typed) ? 'This is not the cluster’s name.' : undefined}
        >
          {(control) => (
            <Input {...control} value={typed} onChange={(event) => setTyped(event.target.value)} autoComplete="off" spellCheck={false} />
          )}
        </Field>
        {remove.isError ? (
          <Alert role="alert" variant="destructive">
            <AlertDescription>
              The cluster was not deleted. {isApiError(remove.error) ? remove.error.message : 'Something went wrong in the console; try again.'}
            </AlertDescription>
          </Alert>
        ) : null}
      </fieldset>
      <DialogFooter>
        <Button variant="outline" onClick={onDone} disabled={remove.isPending}>
          Cancel
        </Button>
        <Button type="submit" variant="destructive" disabled={!matches || remove.isPending}>
          {remove.isPending ? 'Deleting…' : 'Delete cluster'}
        </Button>
      </DialogFooter>
    </form>
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
