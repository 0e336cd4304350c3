'use client';

import { useRouter } from 'next/navigation';
import { FormProvider, type Path } from 'react-hook-form';
import {
  describeFieldValue,
  editClusterFormSchema,
  FIELD_LABELS,
  formValuesFrom,
  patchFromForm,
  splitApiMessages,
  type EditClusterFormInput,
} from '@/components/clusters/detail/edit/edit-form';
import { LanEditor } from '@/components/clusters/detail/edit/lan-editor';
import { useZodForm } from '@/components/form/use-zod-form';
import { ConflictPanel } from '@/components/forms/conflict-panel';
import { FormBanner, type FormBannerData } from '@/components/forms/form-banner';
import { MaintenanceWindowFields } from '@/components/forms/maintenance-window-fields';
import { SaveActions } from '@/components/forms/save-actions';
import { useEditSubmit } from '@/components/forms/use-edit-submit';
import { Alert, AlertDescription } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { isApiError } from '@/lib/api/client';
import { ClusterChangedError, usePatchCluster } from '@/lib/api/clusters/mutations';
import type { ClusterResponse, PatchClusterRequest } from '@/lib/api/clusters/schema';
import type { LanSummary } from '@/lib/api/datacenters/schema';
import { MAINTENANCE_WINDOW_HOURS } from '@/lib/forms/maintenance-window';
import { clusterHref } from '@/lib/routes';

type EditClusterFormProps = {
  /** The cluster as the form was loaded: its ETag is the baseline of the concurrency check. */
  loaded: ClusterResponse;
  /** Why changes are refused right now (a transitional state), if they are. */
  blockedReason?: string;
  lanOptions: readonly LanSummary[] | undefined;
  lanOptionsNote?: string;
  /** Start over from the cluster as it is now (after a concurrent change). */
  onReload: (current: ClusterResponse) => void;
};

export function EditClusterForm({ loaded, blockedReason, lanOptions, lanOptionsNote, onReload }: EditClusterFormProps) {
  const router = useRouter();
  const form = useZodForm(editClusterFormSchema, { defaultValues: formValuesFrom(loaded) });
  const patch = usePatchCluster(loaded.id);
  const detailPath = clusterHref(loaded.id);

  function failed(error: unknown, body: PatchClusterRequest): FormBannerData | undefined {
    if (!isApiError(error)) return { tone: 'destructive', title: 'Nothing was saved', messages: ['Something went wrong in the console. Your input is kept; try again.'] };
    if (error.status === 401) return undefined; // On its way to sign-in.
    const texts = error.messages.map((m) => m.message?.trim() ?? '').filter(Boolean);
    const { fields, rest } = splitApiMessages(texts);
    for (const { field, message } of fields) form.setError(field as Path<EditClusterFormInput>, { type: 'server', message });
    const name = body.properties.name;
    if (error.status === 409 && name && rest.some((t) => t.includes(`'${name}'`) && /already exists/i.test(t))) {
      form.setError('name', { type: 'server', message: rest.join(' ') });
      return undefined;
    }
    if (fields.length > 0 && rest.length === 0) return undefined;
    const title =
      error.status === 403 ? 'You don’t have permission to change this cluster' : error.status === 404 ? 'This cluster no longer exists' : 'Nothing was saved';
    return { tone: 'destructive', title, messages: [rest.length > 0 ? rest.join(' ') : error.message] };
  }

  const { conflict, banner, submit, overwrite } = useEditSubmit({
    patch,
    loaded,
    isConflict: (error): error is ClusterChangedError => error instanceof ClusterChangedError,
    // The detail page shows UPDATING live; the console's cluster watcher toasts the outcome.
    onSaved: () => router.push(detailPath),
    onFailure: failed,
  });
  const onSubmit = form.handleSubmit((values) => submit(patchFromForm(values, loaded)));

  const { errors } = form.formState;
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="grid gap-6">
        {blockedReason ? (
          <Alert variant="info">
            <AlertDescription>{blockedReason}</AlertDescription>
          </Alert>
        ) : null}
        {conflict ? (
          <ConflictPanel
            subject="cluster"
            labelOf={(field) => FIELD_LABELS[field]}
            describe={describeFieldValue}
            conflict={conflict}
            busy={patch.isPending}
            onOverwrite={overwrite}
            onReload={onReload}
          />
        ) : null}
        {banner ? <FormBanner banner={banner} /> : null}
        <fieldset disabled={patch.isPending || Boolean(blockedReason)} className="grid gap-6">
          <Field label="Name" error={errors.name?.message} description="2–63 letters, digits, '-', '_' or '.'; unique in your contract.">
            {(c) => <Input {...c} {...form.register('name')} autoComplete="off" spellCheck={false} />}
          </Field>
          <fieldset className="grid gap-3">
            <legend className="text-base font-semibold">Maintenance window</legend>
            <p className="text-sm text-muted-foreground">
              The weekly start in UTC; maintenance may take up to {MAINTENANCE_WINDOW_HOURS} hours from there.
            </p>
            <MaintenanceWindowFields />
          </fieldset>
          <LanEditor options={lanOptions} optionsNote={lanOptionsNote} />
        </fieldset>
        <SaveActions pending={patch.isPending} disabled={Boolean(blockedReason)} cancelHref={detailPath} />
      </form>
    </FormProvider>
  );
}
