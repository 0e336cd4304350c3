'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Controller, FormProvider, type Path } from 'react-hook-form';
import { ConflictPanel } from '@/components/clusters/detail/edit/conflict-panel';
import {
  editClusterFormSchema,
  formValuesFrom,
  patchFromForm,
  splitApiMessages,
  type EditClusterFormInput,
} from '@/components/clusters/detail/edit/edit-form';
import { LanEditor } from '@/components/clusters/detail/edit/lan-editor';
import { NativeSelect } from '@/components/clusters/detail/native-select';
import { useZodForm } from '@/components/form/use-zod-form';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Button, buttonVariants } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { isApiError } from '@/lib/api/client';
import { ClusterChangedError, usePatchCluster } from '@/lib/api/clusters/mutations';
import type { ClusterResponse, PatchClusterRequest } from '@/lib/api/clusters/schema';
import { DAYS_OF_THE_WEEK } from '@/lib/api/common/schema';
import type { LanSummary } from '@/lib/api/datacenters/schema';
import { fromTimeInputValue, MAINTENANCE_WINDOW_HOURS, toTimeInputValue } from '@/lib/forms/maintenance-window';

type Banner = { tone: 'destructive' | 'info'; title: string; text: string };

type EditClusterFormProps = {
  /** The cluster as the form was loaded: its eTag is the baseline of the concurrency check. */
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
  const [conflict, setConflict] = useState<{ error: ClusterChangedError; body: PatchClusterRequest } | null>(null);
  const [banner, setBanner] = useState<Banner | null>(null);
  const detailPath = `/clusters/${loaded.id}`;

  function failed(error: unknown, body: PatchClusterRequest) {
    if (error instanceof ClusterChangedError) return setConflict({ error, body });
    if (!isApiError(error)) return setBanner({ tone: 'destructive', title: 'Nothing was saved', text: 'Something went wrong in the console. Your input is kept; try again.' });
    if (error.status === 401) return; // On its way to sign-in.
    const texts = error.messages.map((m) => m.message?.trim() ?? '').filter(Boolean);
    const { fields, rest } = splitApiMessages(texts);
    for (const { field, message } of fields) form.setError(field as Path<EditClusterFormInput>, { type: 'server', message });
    const name = body.properties.name;
    if (error.status === 409 && name && rest.some((t) => t.includes(`'${name}'`) && /already exists/i.test(t))) {
      return form.setError('name', { type: 'server', message: rest.join(' ') });
    }
    if (fields.length > 0 && rest.length === 0) return;
    const title =
      error.status === 403 ? 'You don’t have permission to change this cluster' : error.status === 404 ? 'This cluster no longer exists' : 'Nothing was saved';
    setBanner({ tone: 'destructive', title, text: rest.length > 0 ? rest.join(' ') : error.message });
  }

  function send(body: PatchClusterRequest, force: boolean) {
    setBanner(null);
    patch.mutate(
      { body, loaded, force },
      {
        // The detail page shows UPDATING live; the console's cluster watcher toasts the outcome.
        onSuccess: () => router.push(detailPath),
        onError: (error) => failed(error, body),
      },
    );
  }

  const onSubmit = form.handleSubmit((values) => {
    setConflict(null);
    const body = patchFromForm(values, loaded);
    if (!body) return setBanner({ tone: 'info', title: 'Nothing to save', text: 'The values are the same as when you opened the form.' });
    send(body, false);
  });

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
            changes={conflict.error.changes}
            mine={conflict.body.properties}
            lastModifiedBy={conflict.error.current.metadata.lastModifiedBy}
            busy={patch.isPending}
            onOverwrite={() => send(conflict.body, true)}
            onReload={() => onReload(conflict.error.current)}
          />
        ) : null}
        {banner ? (
          <Alert role={banner.tone === 'info' ? 'status' : 'alert'} variant={banner.tone}>
            <AlertTitle>{banner.title}</AlertTitle>
            <AlertDescription>{banner.text}</AlertDescription>
          </Alert>
        ) : null}
        <fieldset disabled={patch.isPending || Boolean(blockedReason)} className="grid gap-6">
          <Field label="Name" error={errors.name?.message} description="2–63 letters, digits, '-', '_' or '.'; unique in your contract.">
            {(c) => <Input {...c} {...form.register('name')} autoComplete="off" spellCheck={false} />}
          </Field>
          <fieldset className="grid gap-3">
            <legend className="text-base font-semibold">Maintenance window</legend>
            <p className="text-sm text-slate-700 dark:text-slate-300">
              The weekly start in UTC; maintenance may take up to {MAINTENANCE_WINDOW_HOURS} hours from there.
            </p>
            <div className="grid gap-3 sm:grid-cols-2">
              <Field label="Day (UTC)" error={errors.maintenanceWindow?.dayOfTheWeek?.message}>
                {(c) => (
                  <NativeSelect {...c} {...form.register('maintenanceWindow.dayOfTheWeek')}>
                    {DAYS_OF_THE_WEEK.map((day) => (
                      <option key={day} value={day}>
                        {day}
                      </option>
                    ))}
                  </NativeSelect>
                )}
              </Field>
              <Controller
                control={form.control}
                name="maintenanceWindow.time"
                render={({ field, fieldState }) => (
                  <Field label="Start time (UTC)" error={fieldState.error?.message}>
                    {(c) => (
                      <Input
                        {...c}
                        type="time"
                        name={field.name}
                        ref={field.ref}
                        value={toTimeInputValue(field.value)}
                        onChange={(event) => field.onChange(fromTimeInputValue(event.target.value))}
                        onBlur={field.onBlur}
                      />
                    )}
                  </Field>
                )}
              />
            </div>
          </fieldset>
          <LanEditor options={lanOptions} optionsNote={lanOptionsNote} />
        </fieldset>
        <div className="flex flex-wrap gap-2">
          <Button type="submit" disabled={patch.isPending || Boolean(blockedReason)}>
            {patch.isPending ? 'Saving…' : 'Save changes'}
          </Button>
          <Link href={detailPath} className={buttonVariants({ variant: 'outline' })}>
            Cancel
          </Link>
        </div>
      </form>
    </FormProvider>
  );
}
