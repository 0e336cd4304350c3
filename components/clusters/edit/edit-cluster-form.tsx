'use client';

import { useRouter } from 'next/navigation';
import { FormProvider, useWatch } from 'react-hook-form';
import { clusterFields, clusterFormValues, clusterPatch, EDIT_CLUSTER_ERRORS, editClusterFormSchema } from '@/components/clusters/edit/edit-form';
import { LanEditor } from '@/components/clusters/edit/lan-editor';
import { ChangePreview } from '@/components/forms/change-preview';
import { ConflictPanel } from '@/components/forms/conflict-panel';
import { FormBanner } from '@/components/forms/form-banner';
import { MaintenanceWindowFields } from '@/components/forms/maintenance-window-fields';
import { SaveActions } from '@/components/forms/save-actions';
import { EDIT_LEAVE_WORDS, useLeaveGuard } from '@/components/forms/leave-guard';
import { useEditSubmit } from '@/components/forms/use-edit-submit';
import { useRecheckOnChange } from '@/components/forms/use-recheck-on-change';
import { useZodForm } from '@/components/forms/use-zod-form';
import { Alert, AlertDescription } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { ClusterChangedError, usePatchCluster } from '@/lib/api/clusters/mutations';
import type { ClusterResponse } from '@/lib/api/clusters/schema';
import { previewOf } from '@/lib/forms/edit';
import { MAINTENANCE_WINDOW_HOURS } from '@/lib/forms/maintenance-window';
import { clusterHref } from '@/lib/routes';

type EditClusterFormProps = {
  /** The cluster as the form was loaded: its ETag is the baseline of the concurrency check. */
  loaded: ClusterResponse;
  /** Why changes are refused right now (a transitional state), if they are. */
  blockedReason?: string;
  /** Start over from the cluster as it is now (after a concurrent change). */
  onReload: (current: ClusterResponse) => void;
};

// A route's gateway is checked against its network, so a changed network re-checks the gateway too.
const relatedFields = (name: string) => (name.endsWith('.network') ? [name.replace(/\.network$/, '.gateway')] : []);

export function EditClusterForm({ loaded, blockedReason, onReload }: EditClusterFormProps) {
  const router = useRouter();
  const form = useZodForm(editClusterFormSchema, { defaultValues: clusterFormValues(loaded) });
  useRecheckOnChange(form, relatedFields);
  const patch = usePatchCluster(loaded.id);
  const detailPath = clusterHref(loaded.id);

  // The preview follows every keystroke: the exact PATCH the current values would send.
  const values = useWatch({ control: form.control });
  const preview = previewOf(
    editClusterFormSchema.safeParse(values),
    (valid) => clusterPatch(valid, loaded),
    (properties) => clusterFields.describePatch(properties, loaded.properties),
  );

  const edit = useEditSubmit({
    patch,
    loaded,
    isConflict: (error): error is ClusterChangedError => error instanceof ClusterChangedError,
    // The detail page shows UPDATING live; the console's cluster watcher toasts the outcome.
    onSaved: () => router.push(detailPath),
    errors: EDIT_CLUSTER_ERRORS,
    form,
  });
  const onSubmit = form.handleSubmit((valid) => edit.submit(clusterPatch(valid, loaded)));
  const leaveDialog = useLeaveGuard({ dirty: form.formState.isDirty, links: 'all', words: EDIT_LEAVE_WORDS });

  const { errors } = form.formState;
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="grid gap-6">
        {blockedReason ? (
          <Alert variant="info">
            <AlertDescription>{blockedReason}</AlertDescription>
          </Alert>
        ) : null}
        <ConflictPanel subject="cluster" fields={clusterFields} edit={edit} busy={patch.isPending} onReload={onReload} />
        <fieldset disabled={patch.isPending || Boolean(blockedReason)} className="grid gap-6">
          <Field label="Name" error={errors.name?.message} description="2–63 letters, digits, '-', '_' or '.'; unique in your contract.">
            {(c) => <Input {...c} {...form.register('name')} autoComplete="off" spellCheck={false} />}
          </Field>
          <fieldset className="grid gap-3">
            <legend className="text-base font-semibold">Maintenance window</legend>
            <p className="text-sm text-muted-foreground">
              The weekly start in UTC; maintenance may take up to {MAINTENANCE_WINDOW_HOURS} hours from there.
            </p>
            <MaintenanceWindowFields withSummary />
          </fieldset>
          <LanEditor datacenterId={loaded.properties.datacenterId} />
        </fieldset>
        <ChangePreview subject="cluster" changes={preview.changes} body={preview.body} />
        {edit.banner ? <FormBanner banner={edit.banner} /> : null}
        <SaveActions pending={patch.isPending} disabled={Boolean(blockedReason)} cancelHref={detailPath} />
      </form>
      {leaveDialog}
    </FormProvider>
  );
}
