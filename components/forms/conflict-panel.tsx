'use client';

import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { FieldChange } from '@/lib/api/concurrency';

type Resource = { metadata: { lastModifiedBy?: string } };

/** A PATCH held back by the ETag check: the mutation's error (the resource now, what changed) and the PATCH. */
type HeldConflict<F extends string, R extends Resource> = {
  error: { current: R; changes: readonly FieldChange<F>[] };
  body: { properties: { readonly [K in F]?: unknown } };
};

type ConflictPanelProps<F extends string, R extends Resource> = {
  /** What was edited, in the title: "cluster", "node pool". */
  subject: string;
  /** useEditSubmit's state: the held-back PATCH, if any, and how to send it anyway. */
  edit: { conflict: HeldConflict<F, R> | null; overwrite: () => void };
  /** The resource's fields (lib/forms/edit.ts): a field's label, and its value in one line. */
  fields: { labelOf: (field: F) => string; describe: (field: F, value: unknown) => string };
  /** Extra classes of the value cells (e.g. `break-all` for long label values). */
  valueClassName?: string;
  busy: boolean;
  /** Start over from the resource as it is now. */
  onReload: (current: R) => void;
};

/** Someone changed the fields being edited after the form was opened: show what, and let the user decide. */
export function ConflictPanel<F extends string, R extends Resource>(props: ConflictPanelProps<F, R>) {
  const { subject, edit, fields, valueClassName, busy, onReload } = props;
  const { conflict, overwrite: onOverwrite } = edit;
  if (!conflict) return null;
  const { labelOf, describe } = fields;
  const { current, changes } = conflict.error;
  const mine = conflict.body.properties;
  const lastModifiedBy = current.metadata.lastModifiedBy;
  return (
    <Alert role="alert" variant="warning" className="grid gap-3">
      <AlertTitle>This {subject} was changed after you opened the form</AlertTitle>
      <AlertDescription>
        <p>
          {lastModifiedBy ? `${lastModifiedBy} changed` : 'Someone changed'} the fields below. Nothing was saved yet: choose whether your values
          replace theirs.
        </p>
      </AlertDescription>
      <Table aria-label="Concurrent changes">
        <TableHeader>
          <TableRow className="hover:bg-transparent">
            <TableHead>Field</TableHead>
            <TableHead>When you opened the form</TableHead>
            <TableHead>Now</TableHead>
            <TableHead>Your edit</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {changes.map((change) => (
            <TableRow key={change.field}>
              <TableHead scope="row">{labelOf(change.field)}</TableHead>
              <TableCell className={valueClassName}>{describe(change.field, change.loaded)}</TableCell>
              <TableCell className={valueClassName}>{describe(change.field, change.current)}</TableCell>
              <TableCell className={valueClassName}>{describe(change.field, mine[change.field])}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <div className="flex flex-wrap gap-2">
        <Button variant="destructive" onClick={onOverwrite} disabled={busy}>
          {busy ? 'Saving…' : 'Overwrite with my values'}
        </Button>
        <Button variant="outline" onClick={() => onReload(current)} disabled={busy}>
          Discard my edits and reload
        </Button>
      </div>
    </Alert>
  );
}
