'use client';

import { useRouter } from 'next/navigation';
import { FormProvider, useWatch, type Path } from 'react-hook-form';
import { useZodForm } from '@/components/form/use-zod-form';
import { ConflictPanel } from '@/components/forms/conflict-panel';
import { FormBanner, type FormBannerData } from '@/components/forms/form-banner';
import { SaveActions } from '@/components/forms/save-actions';
import { useEditSubmit } from '@/components/forms/use-edit-submit';
import { ChangePreview } from '@/components/nodepools/edit/change-preview';
import {
  describeFieldValue,
  describePatch,
  editNodePoolFormSchema,
  FIELD_LABELS,
  formValuesFrom,
  patchFromForm,
  type EditableField,
  type EditNodePoolFormInput,
} from '@/components/nodepools/edit/edit-form';
import { KeyValueEditor } from '@/components/nodepools/form/key-value-editor';
import { MaintenanceFields } from '@/components/nodepools/form/maintenance-fields';
import { ScalingFields } from '@/components/nodepools/form/scaling-fields';
import { useRecheckOnChange } from '@/components/nodepools/form/use-recheck-on-change';
import { interpretSubmitError } from '@/components/nodepools/form/server-errors';
import { nodePoolHref } from '@/lib/routes';
import { Alert, AlertDescription } from '@/components/ui/alert';
import type { MaintenanceWindow } from '@/lib/api/common/schema';
import { NodePoolChangedError, usePatchNodePool } from '@/lib/api/nodepools/mutations';
import { isOperatorsPool } from '@/lib/api/nodepools/operators';
import type { NodePoolResponse } from '@/lib/api/nodepools/schema';
import { toast } from '@/lib/toast';

const EDIT_FIELDS = ['nodeCount', 'minNodeCount', 'maxNodeCount', 'maintenanceWindow', 'labels', 'annotations'];

type EditNodePoolFormProps = {
  clusterId: string;
  /** The pool as the form was loaded: its ETag is the baseline of the concurrency check. */
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
  const name = loaded.properties.name ?? 'the node pool';

  // The preview follows every keystroke: the exact PATCH the current values would send.
  const values = useWatch({ control: form.control });
  const parsed = schema.safeParse(values);
  const previewBody = parsed.success ? patchFromForm(parsed.data, loaded) : undefined;
  const changes = parsed.success ? (previewBody ? describePatch(previewBody, loaded) : []) : undefined;

  function failed(error: unknown): FormBannerData | undefined {
    const outcome = interpretSubmitError(error, EDIT_FIELDS, { subject: 'the node pool', failed: 'Nothing was saved', mayHave: 'The change may still have been applied' });
    for (const { field, message } of outcome.fieldErrors) form.setError(field as Path<EditNodePoolFormInput>, { type: 'server', message });
    return outcome.banner;
  }

  const { conflict, banner, submit, overwrite } = useEditSubmit({
    patch,
    loaded,
    isConflict: (error): error is NodePoolChangedError => error instanceof NodePoolChangedError,
    onSaved: () => {
      toast({ title: `Saving node pool “${name}”`, description: 'The platform applies the change; the page shows when it is done.' });
      router.push(nodePoolHref(clusterId, loaded.id));
    },
    onFailure: failed,
  });
  const onSubmit = form.handleSubmit((valid) => submit(patchFromForm(valid, loaded)));

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
            subject="node pool"
            labelOf={(field) => FIELD_LABELS[field as EditableField] ?? field}
            describe={describeFieldValue}
            valueClassName="break-all"
            conflict={conflict}
            busy={patch.isPending}
            onOverwrite={overwrite}
            onReload={onReload}
          />
        ) : null}
        <fieldset disabled={patch.isPending || Boolean(blockedReason)} className="grid gap-8">
          <ScalingFields />
          <MaintenanceFields clusterWindow={clusterWindow} />
          <KeyValueEditor name="labels" />
          <KeyValueEditor name="annotations" />
        </fieldset>
        <ChangePreview changes={changes} body={previewBody} />
        {banner ? <FormBanner banner={banner} /> : null}
        <SaveActions pending={patch.isPending} disabled={Boolean(blockedReason)} cancelHref={nodePoolHref(clusterId, loaded.id)} />
      </form>
    </FormProvider>
  );
}
