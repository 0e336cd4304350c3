'use client';

import { useRouter } from 'next/navigation';
import { useId } from 'react';
import { FormProvider, useWatch } from 'react-hook-form';
import { ChangePreview } from '@/components/forms/change-preview';
import { ConflictPanel } from '@/components/forms/conflict-panel';
import { FormBanner } from '@/components/forms/form-banner';
import { SaveActions } from '@/components/forms/save-actions';
import { EDIT_LEAVE_WORDS, useLeaveGuard } from '@/components/forms/leave-guard';
import { useEditSubmit } from '@/components/forms/use-edit-submit';
import { useRecheckOnChange } from '@/components/forms/use-recheck-on-change';
import { useZodForm } from '@/components/forms/use-zod-form';
import { EDIT_POOL_ERRORS, editNodePoolFormSchema, poolFields, poolFormValues, poolPatch } from '@/components/nodepools/edit/edit-form';
import { KeyValueEditor } from '@/components/nodepools/form/key-value-editor';
import { MaintenanceFields } from '@/components/nodepools/form/maintenance-fields';
import { ScalingFields } from '@/components/nodepools/form/scaling-fields';
import { scaleUsage } from '@/components/nodepools/form/pool-usage';
import { TeamQuotaNote } from '@/components/portal/team/team-quota-note';
import { useClusterTeam } from '@/components/portal/team/use-cluster-team';
import { nodePoolHref } from '@/lib/routes';
import { Alert, AlertDescription } from '@/components/ui/alert';
import type { MaintenanceWindow } from '@/lib/api/common/schema';
import { NodePoolChangedError, usePatchNodePool } from '@/lib/api/nodepools/mutations';
import { isOperatorsPool } from '@/lib/api/nodepools/operators';
import type { NodePoolResponse } from '@/lib/api/nodepools/schema';
import { previewOf } from '@/lib/forms/edit';
import { toast } from '@/lib/toast';

const MAPS_NOTE =
  'Labels and annotations are sent as complete maps: the pool ends up with exactly the ones in the form, and any key not in the form is removed.';

type EditNodePoolFormProps = {
  clusterId: string;
  /** The pool as the form was loaded: its ETag is the baseline of the concurrency check. */
  loaded: NodePoolResponse;
  clusterWindow?: MaintenanceWindow;
  /** Why changes are refused right now (a transitional state), if they are. */
  blockedReason?: string;
  /** Portal mode, a member: why only the size may change (the other fields are read-only). */
  settingsLockedReason?: string;
  /** Start over from the pool as it is now (after a concurrent change). */
  onReload: (current: NodePoolResponse) => void;
};

export function EditNodePoolForm({ clusterId, loaded, clusterWindow, blockedReason, settingsLockedReason, onReload }: EditNodePoolFormProps) {
  const router = useRouter();
  const lockedId = useId();
  const schema = editNodePoolFormSchema(isOperatorsPool(loaded));
  const form = useZodForm(schema, { defaultValues: poolFormValues(loaded) });
  useRecheckOnChange(form);
  const patch = usePatchNodePool(clusterId, loaded.id);
  const name = loaded.properties.name ?? 'the node pool';

  // The preview follows every keystroke: the exact PATCH the current values would send.
  const values = useWatch({ control: form.control });
  const preview = previewOf(
    schema.safeParse(values),
    (valid) => poolPatch(valid, loaded),
    (properties) => poolFields.describePatch(properties, loaded.properties),
  );
  const team = useClusterTeam(clusterId);
  const replacesMaps = preview.changes?.some((c) => c.field === 'labels' || c.field === 'annotations');

  const edit = useEditSubmit({
    patch,
    loaded,
    isConflict: (error): error is NodePoolChangedError => error instanceof NodePoolChangedError,
    onSaved: () => {
      toast({ title: `Saving node pool “${name}”`, description: 'The platform applies the change; the page shows when it is done.' });
      router.push(nodePoolHref(clusterId, loaded.id));
    },
    errors: EDIT_POOL_ERRORS,
    form,
  });
  const onSubmit = form.handleSubmit((valid) => edit.submit(poolPatch(valid, loaded)));
  const leaveDialog = useLeaveGuard({ dirty: form.formState.isDirty, links: 'all', words: EDIT_LEAVE_WORDS });

  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="grid gap-6">
        {blockedReason ? (
          <Alert role="status" variant="info">
            <AlertDescription>{blockedReason}</AlertDescription>
          </Alert>
        ) : null}
        <ConflictPanel subject="node pool" fields={poolFields} edit={edit} valueClassName="break-all" busy={patch.isPending} onReload={onReload} />
        <fieldset disabled={patch.isPending || Boolean(blockedReason)} className="grid gap-8">
          <ScalingFields />
          <TeamQuotaNote team={team} delta={scaleUsage(loaded, values)} />
          {/* A member scales the pool and nothing else: the rest stays visible, read-only, with the reason. */}
          <fieldset disabled={Boolean(settingsLockedReason)} aria-describedby={settingsLockedReason ? lockedId : undefined} className="grid gap-8">
            {settingsLockedReason ? (
              <p id={lockedId} className="text-sm text-muted-foreground">
                {settingsLockedReason} You can change the size only.
              </p>
            ) : null}
            <MaintenanceFields clusterWindow={clusterWindow} />
            <KeyValueEditor name="labels" />
            <KeyValueEditor name="annotations" />
          </fieldset>
        </fieldset>
        <ChangePreview subject="pool" changes={preview.changes} body={preview.body} note={replacesMaps ? MAPS_NOTE : undefined} />
        {edit.banner ? <FormBanner banner={edit.banner} /> : null}
        <SaveActions pending={patch.isPending} disabled={Boolean(blockedReason)} cancelHref={nodePoolHref(clusterId, loaded.id)} />
      </form>
      {leaveDialog}
    </FormProvider>
  );
}
