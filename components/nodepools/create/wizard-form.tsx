'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useRef, useState } from 'react';
import { FormProvider, type FieldErrors } from 'react-hook-form';
import { useLeaveGuard, WIZARD_LEAVE_WORDS } from '@/components/forms/leave-guard';
import { useDiffersFrom } from '@/components/forms/use-differs-from';
import { useZodForm } from '@/components/forms/use-zod-form';
import { CopyNotice } from '@/components/forms/wizard/copy-into-draft';
import { WizardFooter, WizardHeading } from '@/components/forms/wizard/wizard-shell';
import { FormBanner } from '@/components/forms/form-banner';
import { setSubmitFieldErrors } from '@/components/forms/submit-errors';
import { useDraftPersistence } from '@/components/forms/use-draft-persistence';
import { useRecheckOnChange } from '@/components/forms/use-recheck-on-change';
import { createNodePoolFormSchema, type CreateNodePoolFormInput } from '@/components/nodepools/create/form-schema';
import { MachineStep } from '@/components/nodepools/create/machine-step';
import { PoolReviewStep } from '@/components/nodepools/create/review-step';
import { SizeStep } from '@/components/nodepools/create/size-step';
import { StorageStep } from '@/components/nodepools/create/storage-step';
import { toCreateNodePoolRequest } from '@/components/nodepools/create/to-request';
import { CREATE_POOL_ERRORS, nodePoolWizard } from '@/components/nodepools/create/wizard';
import { KeyValueEditor } from '@/components/nodepools/form/key-value-editor';
import { MaintenanceFields } from '@/components/nodepools/form/maintenance-fields';
import { nodePoolHref, nodePoolListHref } from '@/lib/routes';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import type { MaintenanceWindow } from '@/lib/api/common/schema';
import type { CpuArchitecture } from '@/lib/api/datacenters/schema';
import { useCreateNodePool } from '@/lib/api/nodepools/mutations';
import { mapSubmitError, type SubmitBanner } from '@/lib/forms/submit-errors';
import { toast } from '@/lib/toast';
import { resourceToastId } from '@/components/watch/watch-messages';

const { StepNav, draft, fieldsOf, firstInvalidStep, nextStep, previousStep, stepIndex, stepOfField, steps, titleOf, useWizardStep } = nodePoolWizard;

type WizardFormProps = {
  clusterId: string;
  initial: CreateNodePoolFormInput;
  draftKey: string;
  clusterWindow?: MaintenanceWindow;
  architectures?: readonly CpuArchitecture[];
  datacenterError?: unknown;
  datacenterRetrying: boolean;
  onRetryDatacenter: () => void;
  /** Names of the cluster's pools, lowercase: a name must be new in the cluster. */
  takenNames: ReadonlyMap<string, string>;
  /** Why the API would refuse a new pool right now (the cluster is busy), if it would. */
  blockedReason?: string;
  /** Portal mode: why the person's role does not let them create it, said before they fill in anything. */
  roleRefusal?: string;
  /** The pool this one replaces (the guided replace path). */
  replaces?: { id: string; name: string };
  /** The values the wizard starts from without a draft: leaving asks only when the form differs from them. */
  pristine: CreateNodePoolFormInput;
  /** What a copy was made from ("Create a copy"). */
  copied?: { source: string; name: string };
};

export function WizardForm(props: WizardFormProps) {
  const { clusterId, initial, draftKey, architectures, takenNames, blockedReason, replaces } = props;
  const router = useRouter();
  const form = useZodForm(createNodePoolFormSchema(architectures), { defaultValues: initial });
  const saveDraft = useCallback((values: unknown) => draft.write(draftKey, values), [draftKey]);
  useDraftPersistence(form, saveDraft);
  useRecheckOnChange(form);
  const { step, goTo } = useWizardStep(form.getValues, architectures);
  const create = useCreateNodePool(clusterId);
  const [banner, setBanner] = useState<SubmitBanner | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const dirty = useDiffersFrom(form, props.pristine);
  const leaveDialog = useLeaveGuard({ dirty, links: 'marked', words: WIZARD_LEAVE_WORDS, onLeave: () => draft.clear(draftKey) });

  // Opening the wizard and every new step move focus to the step's heading, which names the step.
  useEffect(() => {
    headingRef.current?.focus();
  }, [step]);

  const takenBy = takenNames.get(form.watch('name').trim().toLowerCase());

  async function next() {
    if (step === 'review') return;
    const valid = await form.trigger(fieldsOf(step), { shouldFocus: true });
    if (step === 'size' && takenBy) {
      form.setError('name', { type: 'taken', message: `This cluster already has a node pool named “${takenBy}”.` }, { shouldFocus: true });
      return;
    }
    if (valid) goTo(nextStep(step));
  }

  function showErrorsOf(errors: FieldErrors<CreateNodePoolFormInput>) {
    const first = Object.keys(errors)
      .map(stepOfField)
      .filter((s) => s !== undefined)
      .sort((a, b) => stepIndex(a) - stepIndex(b))[0];
    goTo(first ?? firstInvalidStep(form.getValues(), architectures));
  }

  const submit = form.handleSubmit((values) => {
    setBanner(null);
    const body = toCreateNodePoolRequest(values);
    create.mutate(body, {
      onSuccess: (pool) => {
        draft.clear(draftKey);
        toast({
          id: resourceToastId('nodepool', pool.id),
          title: `Creating node pool “${body.properties.name}”`,
          description: 'The platform provisions its nodes; the page shows when it is ready.',
        });
        router.push(nodePoolHref(clusterId, pool.id, replaces?.id));
      },
      onError: (error) => {
        const outcome = mapSubmitError(error, CREATE_POOL_ERRORS);
        setBanner(outcome.banner ?? null);
        const first = setSubmitFieldErrors(form, outcome.fieldErrors);
        const firstStep = first ? stepOfField(first) : undefined;
        if (firstStep) goTo(firstStep);
      },
    });
  }, showErrorsOf);

  // A taken name keeps the user on the first step, like an invalid one.
  const reachable = takenBy ? 'size' : firstInvalidStep(form.getValues(), architectures);
  return (
    <FormProvider {...form}>
      <form
        noValidate
        className="grid gap-6"
        onSubmit={(event) => {
          // Enter in a field moves on; only the review step creates the pool.
          if (step !== 'review') {
            event.preventDefault();
            void next();
            return;
          }
          void submit(event);
        }}
      >
        <StepNav step={step} reachable={reachable} onGo={(target) => goTo(target)} />
        {props.roleRefusal ? (
          <Alert variant="info">
            <AlertTitle>You cannot create node pools in this cluster</AlertTitle>
            <AlertDescription>
              <p>{props.roleRefusal} Ask an admin of the team to add it; the review step shows the request they can send.</p>
            </AlertDescription>
          </Alert>
        ) : null}
        {replaces ? (
          <Alert variant="info">
            <AlertTitle>Replacing node pool “{replaces.name}”</AlertTitle>
            <AlertDescription>
              <p>
                The wizard starts from that pool&apos;s settings: change what cannot be changed in place, then create the new pool. Once it is
                available, its page offers to delete “{replaces.name}”.
              </p>
              <p>
                A pool cannot be renamed later and names are unique in a cluster, so choose the name the new pool keeps. The suggestion counts on from
                the old name instead of adding a temporary “-new”.
              </p>
            </AlertDescription>
          </Alert>
        ) : null}
        {props.copied ? <CopyNotice source={props.copied.source} name={props.copied.name} /> : null}
        <WizardHeading ref={headingRef} index={stepIndex(step)} count={steps.length} title={titleOf(step)} />
        <fieldset disabled={create.isPending} className="grid gap-6">
          {step === 'size' ? <SizeStep clusterId={clusterId} takenBy={takenBy} architectures={architectures} /> : null}
          {step === 'machine' ? (
            <MachineStep
              architectures={architectures}
              loadError={props.datacenterError}
              retrying={props.datacenterRetrying}
              onRetry={props.onRetryDatacenter}
            />
          ) : null}
          {step === 'storage' ? <StorageStep /> : null}
          {step === 'maintenance' ? <MaintenanceFields clusterWindow={props.clusterWindow} /> : null}
          {step === 'labels' ? (
            <div className="grid gap-8">
              <KeyValueEditor name="labels" />
              <KeyValueEditor name="annotations" />
            </div>
          ) : null}
          {step === 'review' ? <PoolReviewStep clusterId={clusterId} onEdit={(target) => goTo(target)} architectures={architectures} /> : null}
        </fieldset>
        {banner ? <FormBanner banner={banner} /> : null}
        {step === 'review' && blockedReason ? (
          <p id="create-blocked" className="text-sm text-muted-foreground">
            {blockedReason}
          </p>
        ) : null}
        <WizardFooter
          cancelHref={nodePoolListHref(clusterId)}
          onCancel={() => draft.clear(draftKey)}
          onBack={step === 'size' ? undefined : () => goTo(previousStep(step))}
          nextTitle={step === 'review' ? undefined : titleOf(nextStep(step))}
          submitLabel={create.isPending ? 'Creating…' : 'Create node pool'}
          busy={create.isPending}
          blockedBy={blockedReason ? 'create-blocked' : undefined}
        />
      </form>
      {leaveDialog}
    </FormProvider>
  );
}
