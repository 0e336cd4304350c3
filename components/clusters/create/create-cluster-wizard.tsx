'use client';

import { usePrefetchQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { FormProvider, type FieldPath } from 'react-hook-form';
import { BasicsStep } from '@/components/clusters/create/basics-step';
import { DraftNotice } from '@/components/clusters/create/draft-notice';
import { createClusterFormSchema, emptyCreateClusterForm, type CreateClusterFormInput } from '@/components/clusters/create/form-schema';
import { LocationStep } from '@/components/clusters/create/location-step';
import { MaintenanceStep } from '@/components/clusters/create/maintenance-step';
import { LoadingBlock } from '@/components/shared/query-states';
import { ClusterReviewStep } from '@/components/clusters/create/review-step';
import { CreateClusterBanner } from '@/components/clusters/create/submit-banner';
import { useCreateSubmit } from '@/components/clusters/create/use-create-submit';
import { useIsClient } from '@/components/clusters/create/use-is-client';
import { clusterWizard, DRAFT_KEY, type ClusterWizardStep } from '@/components/clusters/create/wizard';
import { WizardActions } from '@/components/clusters/create/wizard-actions';
import { useDraftPersistence } from '@/components/forms/use-draft-persistence';
import { useRecheckOnChange } from '@/components/forms/use-recheck-on-change';
import { useZodForm } from '@/components/forms/use-zod-form';
import { datacenterQueries } from '@/lib/api/datacenters/queries';
import { versionQueries } from '@/lib/api/versions/queries';

/** The create-cluster wizard at /clusters/new; rendered in the browser only, as it starts from the tab's draft. */
export function CreateClusterWizard() {
  const isClient = useIsClient();
  if (!isClient) return <LoadingBlock label="Loading the wizard…" className="h-64" />;
  return <WizardForm />;
}

const { StepNav, draft, fieldsOf, firstInvalidStep, nextStep, stepIndex, steps, titleOf, useWizardStep } = clusterWizard;
const saveDraft = (values: unknown) => draft.write(DRAFT_KEY, values);
// A route's gateway is checked against its network, so a changed network re-checks the gateway too.
const relatedFields = (name: string) => (name.endsWith('.network') ? [name.replace(/\.network$/, '.gateway')] : []);

function WizardForm() {
  const [restored] = useState(() => draft.read(DRAFT_KEY));
  const [showDraftNotice, setShowDraftNotice] = useState(restored !== undefined);
  const form = useZodForm(createClusterFormSchema, { defaultValues: restored ?? emptyCreateClusterForm() });
  useDraftPersistence(form, saveDraft);
  useRecheckOnChange(form, relatedFields);
  const { step, goTo } = useWizardStep(form.getValues);
  // Later steps read these; fetching them now makes the steps open without a spinner.
  usePrefetchQuery(datacenterQueries.list());
  usePrefetchQuery(versionQueries.list());

  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusOnStep = useRef<{ step: ClusterWizardStep; field?: string } | null>(null);
  function show(target: ClusterWizardStep, field?: string) {
    focusOnStep.current = { step: target, field };
    goTo(target);
  }
  const { submit, sending, banner } = useCreateSubmit(form, show);

  // After a step change the user chose, focus its heading (or the field a server error named).
  useEffect(() => {
    const pending = focusOnStep.current;
    if (!pending || pending.step !== step) return;
    focusOnStep.current = null;
    if (pending.field) form.setFocus(pending.field as FieldPath<CreateClusterFormInput>);
    // Fields without an input of their own (a LAN's id) cannot take focus: the step's heading does.
    if (!pending.field || document.activeElement === document.body) headingRef.current?.focus();
  }, [step, form]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    if (step === 'review') {
      void submit(event);
      return;
    }
    event.preventDefault();
    void form.trigger(fieldsOf(step), { shouldFocus: true }).then((valid) => {
      if (valid) show(nextStep(step));
    });
  }

  function startOver() {
    form.reset(emptyCreateClusterForm());
    setShowDraftNotice(false);
    show('basics');
  }

  return (
    <FormProvider {...form}>
      <div className="grid gap-6">
        <StepNav step={step} reachable={firstInvalidStep(form.getValues())} onGo={show} />
        {showDraftNotice ? <DraftNotice onStartOver={startOver} /> : null}
        {banner ? <CreateClusterBanner banner={banner} /> : null}
        <form aria-label="Create cluster" noValidate onSubmit={onSubmit}>
          <fieldset disabled={sending} className="m-0 grid min-w-0 gap-6 border-0 p-0">
            <div className="grid gap-1">
              <p className="text-sm text-muted-foreground">
                Step {stepIndex(step) + 1} of {steps.length}
              </p>
              <h2 ref={headingRef} tabIndex={-1} className="text-xl font-semibold outline-none">
                {titleOf(step)}
              </h2>
            </div>
            {step === 'basics' ? <BasicsStep /> : null}
            {step === 'location' ? <LocationStep /> : null}
            {step === 'maintenance' ? <MaintenanceStep /> : null}
            {step === 'review' ? <ClusterReviewStep onEdit={show} /> : null}
            <WizardActions step={step} sending={sending} onBack={show} onCancel={() => draft.clear(DRAFT_KEY)} />
          </fieldset>
        </form>
      </div>
    </FormProvider>
  );
}
