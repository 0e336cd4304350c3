'use client';

import { describeFieldValue, FIELD_LABELS, type EditableField } from '@/components/nodepools/edit/edit-form';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { NodePoolFieldChange } from '@/lib/api/nodepools/mutations';
import type { PatchNodePoolRequest } from '@/lib/api/nodepools/schema';

type ConflictPanelProps = {
  changes: readonly NodePoolFieldChange[];
  /** The user's values of the same fields (the PATCH that was held back). */
  mine: PatchNodePoolRequest['properties'];
  lastModifiedBy?: string;
  busy: boolean;
  onOverwrite: () => void;
  onReload: () => void;
};

/** Someone changed the fields being edited after the form was opened: show what, and let the user decide. */
export function ConflictPanel({ changes, mine, lastModifiedBy, busy, onOverwrite, onReload }: ConflictPanelProps) {
  return (
    <Alert role="alert" variant="warning" className="grid gap-3">
      <AlertTitle>This node pool was changed after you opened the form</AlertTitle>
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
              <TableHead scope="row">{FIELD_LABELS[change.field as EditableField] ?? change.field}</TableHead>
              <TableCell className="break-all">{describeFieldValue(change.field, change.loaded)}</TableCell>
              <TableCell className="break-all">{describeFieldValue(change.field, change.current)}</TableCell>
              <TableCell className="break-all">{describeFieldValue(change.field, mine[change.field as EditableField])}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <div className="flex flex-wrap gap-2">
        <Button variant="destructive" onClick={onOverwrite} disabled={busy}>
          {busy ? 'Saving…' : 'Overwrite with my values'}
        </Button>
        <Button variant="outline" onClick={onReload} disabled={busy}>
          Discard my edits and reload
        </Button>
      </div>
    </Alert>
  );
}
