'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { FormProvider, useWatch, type Path } from 'react-hook-form';
import { useZodForm } from '@/components/form/use-zod-form';
import { ChangePreview } from '@/components/nodepools/edit/change-preview';
import { ConflictPanel } from '@/components/nodepools/edit/conflict-panel';
import { describePatch, editNodePoolFormSchema, formValuesFrom, patchFromForm, type EditNodePoolFormInput } from '@/components/nodepools/edit/edit-form';
import { KeyValueEditor } from '@/components/nodepools/form/key-value-editor';
import { MaintenanceFields } from '@/components/nodepools/form/maintenance-fields';
import { ScalingFields } from '@/components/nodepools/form/scaling-fields';
import { useRecheckOnChange } from '@/components/nodepools/form/use-recheck-on-change';
import { interpretSubmitError, type SubmitBanner } from '@/components/nodepools/form/server-errors';
import { nodePoolHref } from '@/components/nodepools/paths';
import { watchNodePool } from '@/components/nodepools/pool-watch';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Button, buttonVariants } from '@/components/ui/button';
import type { MaintenanceWindow } from '@/lib/api/common/schema';
import { NodePoolChangedError, usePatchNodePool } from '@/lib/api/nodepools/mutations';
import { isOperatorsPool } from '@/lib/api/nodepools/operators';
import type { NodePoolResponse, PatchNodePoolRequest } from '@/lib/api/nodepools/schema';
import { toast } from '@/lib/toast';

const EDIT_FIELDS = ['nodeCount', 'minNodeCount', 'maxNodeCount', 'maintenanceWindow', 'labels', 'annotations'];

type EditNodePoolFormProps = {
  clusterId: string;
  /** The pool as the form was loaded: its eTag is the baseline of the concurrency check. */
  loaded: NodePoolResponse;
  clusterWindow?: MaintenanceWindow;
  /** Why changes are refused right now (a transitional state), if they are. */
  blockedReason?: string;
  /** Start over from the pool as it is now (after a concurrent change). */
  onReload: (current: NodePoolResponse) => void;
};

export function EditNodePoolForm({ clusterId, loaded, clusterWindow, blockedReason, onReload }: EditNodePoolFormProps) {
  const router = useRouter();
  const schema = editNodePoolFormSchema(isOperatorsPool(loaded));
  const form = useZodForm(schema, { defaultValues: formValuesFrom(loaded) });
  useRecheckOnChange(form);
  const patch = usePatchNodePool(clusterId, loaded.id);
  const [conflict, setConflict] = useState<{ error: NodePoolChangedError; body: PatchNodePoolRequest } | null>(null);
  const [banner, setBanner] = useState<(Omit<SubmitBanner, 'tone'> & { tone: SubmitBanner['tone'] | 'info' }) | null>(null);
  const name = loaded.properties.name ?? 'the node pool';

  // The preview follows every keystroke: the exact PATCH the current values would send.
  const values = useWatch({ control: form.control });
  const parsed = schema.safeParse(values);
  const previewBody = parsed.success ? patchFromForm(parsed.data, loaded) : undefined;
  const changes = parsed.success ? (previewBody ? describePatch(previewBody, loaded) : []) : undefined;

  function failed(error: unknown, body: PatchNodePoolRequest) {
    if (error instanceof NodePoolChangedError) return setConflict({ error, body });
    const outcome = interpretSubmitError(error, EDIT_FIELDS, { subject: 'the node pool', failed: 'Nothing was saved', mayHave: 'The change may still have been applied' });
    for (const { field, message } of outcome.fieldErrors) form.setError(field as Path<EditNodePoolFormInput>, { type: 'server', message });
    setBanner(outcome.banner ?? null);
  }

  function send(body: PatchNodePoolRequest, force: boolean) {
    setBanner(null);
    patch.mutate(
      { body, loaded, force },
      {
        onSuccess: (pool) => {
          watchNodePool({ clusterId, id: pool.id, name: pool.properties.name }, 'update');
          toast({ title: `Saving node pool “${name}”`, description: 'The platform applies the change; the page shows when it is done.' });
          router.push(nodePoolHref(clusterId, loaded.id));
        },
        onError: (error) => failed(error, body),
      },
    );
  }

  const onSubmit = form.handleSubmit((valid) => {
    setConflict(null);
    const body = patchFromForm(valid, loaded);
    if (!body) return setBanner({ tone: 'info', title: 'Nothing to save', messages: ['The values are the same as when you opened the form.'] });
    send(body, false);
  });

  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="grid gap-6">
        {blockedReason ? (
          <Alert role="status" variant="info">
            <AlertDescription>{blockedReason}</AlertDescription>
          </Alert>
        ) : null}
        {conflict ? (
          <ConflictPanel
            changes={conflict.error.changes}
            mine={conflict.body.properties}
            lastModifiedBy={conflict.error.current.metadata.lastModifiedBy}
            busy={patch.isPending}
            onOverwrite={() => send(conflict.body, true)}
            onReload={() => onReload(conflict.error.current)}
          />
        ) : null}
        <fieldset disabled={patch.isPending || Boolean(blockedReason)} className="grid gap-8">
          <ScalingFields />
          <MaintenanceFields clusterWindow={clusterWindow} />
          <KeyValueEditor name="labels" />
          <KeyValueEditor name="annotations" />
        </fieldset>
        <ChangePreview changes={changes} body={previewBody} />
        {banner ? (
          <Alert role={banner.tone === 'info' ? 'status' : 'alert'} variant={banner.tone}>
            <AlertTitle>{banner.title}</AlertTitle>
            <AlertDescription>
              {banner.messages.map((message) => (
                <p key={message}>{message}</p>
              ))}
            </AlertDescription>
          </Alert>
        ) : null}
        <div className="flex flex-wrap gap-2">
          <Button type="submit" disabled={patch.isPending || Boolean(blockedReason)}>
            {patch.isPending ? 'Saving…' : 'Save changes'}
          </Button>
          <Link href={nodePoolHref(clusterId, loaded.id)} className={buttonVariants({ variant: 'outline' })}>
            Cancel
          </Link>
        </div>
      </form>
    </FormProvider>
  );
}
