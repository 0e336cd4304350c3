'use client';

import { useState, type FormEvent } from 'react';
import { Alert, AlertDescription } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { DialogFooter } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { isBffError } from '@/lib/api/client';

type ConfirmDeleteFormProps = {
  /** What is deleted, in the texts: "cluster", "node pool". */
  subject: string;
  /** The name the user types to confirm. */
  name: string;
  /** The delete mutation's state. Its hook belongs to the caller's component inside the dialog, so every opening starts afresh. */
  mutation: { isPending: boolean; isError: boolean; error: unknown };
  /** Called once the typed name matches and the form is submitted. */
  onConfirm: () => void;
  onCancel: () => void;
};

/** The body of a delete dialog: the user types the name to confirm, then the delete runs. */
export function ConfirmDeleteForm({ subject, name, mutation, onConfirm, onCancel }: ConfirmDeleteFormProps) {
  const [typed, setTyped] = useState('');
  const matches = typed === name;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (matches) onConfirm();
  }

  return (
    <form onSubmit={submit} className="grid gap-4" noValidate>
      <fieldset disabled={mutation.isPending} className="grid gap-4">
        <Field
          label={
            <>
              Type <span className="font-mono">{name}</span> to confirm
            </>
          }
          error={typed !== '' && !matches && !name.startsWith(typed) ? `This is not the ${subject}’s name.` : undefined}
        >
          {(control) => <Input {...control} value={typed} onChange={(event) => setTyped(event.target.value)} autoComplete="off" spellCheck={false} />}
        </Field>
        {mutation.isError ? (
          <Alert role="alert" variant="destructive">
            <AlertDescription>
              The {subject} was not deleted. {isBffError(mutation.error) ? mutation.error.message : 'Something went wrong in the console; try again.'}
            </AlertDescription>
          </Alert>
        ) : null}
      </fieldset>
      <DialogFooter>
        <Button variant="outline" onClick={onCancel} disabled={mutation.isPending}>
          Cancel
        </Button>
        <Button type="submit" variant="destructive" disabled={!matches || mutation.isPending}>
          {mutation.isPending ? 'Deleting…' : `Delete ${subject}`}
        </Button>
      </DialogFooter>
    </form>
  );
}
