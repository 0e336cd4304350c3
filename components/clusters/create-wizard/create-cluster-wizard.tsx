'use client';

import { usePrefetchQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { FormProvider, type FieldPath } from 'react-hook-form';
import { BasicsStep } from '@/components/clusters/create-wizard/basics-step';
import { clearDraft, readDraft, saveClusterDraft, sessionDraftStorage } from '@/components/clusters/create-wizard/draft-storage';
import { DraftNotice } from '@/components/clusters/create-wizard/draft-notice';
import { createClusterFormSchema, emptyCreateClusterForm, type CreateClusterFormInput } from '@/components/clusters/create-wizard/form-schema';
import { LocationStep } from '@/components/clusters/create-wizard/location-step';
import { MaintenanceStep } from '@/components/clusters/create-wizard/maintenance-step';
import { LoadingBlock } from '@/components/shared/query-states';
import { ReviewStep } from '@/components/clusters/create-wizard/review-step';
import { StepNav } from '@/components/clusters/create-wizard/step-nav';
import { STEP_FIELDS, STEP_TITLES, WIZARD_STEPS, nextStep, stepIndex, type WizardStep } from '@/components/clusters/create-wizard/steps';
import { SubmitBanner } from '@/components/clusters/create-wizard/submit-banner';
import { useCreateSubmit } from '@/components/clusters/create-wizard/use-create-submit';
import { useDraftPersistence } from '@/components/forms/use-draft-persistence';
import { useIsClient } from '@/components/clusters/create-wizard/use-is-client';
import { useLiveRevalidation } from '@/components/clusters/create-wizard/use-live-revalidation';
import { useWizardStep } from '@/components/clusters/create-wizard/use-wizard-step';
import { WizardActions } from '@/components/clusters/create-wizard/wizard-actions';
import { useZodForm } from '@/components/form/use-zod-form';
import { datacenterQueries } from '@/lib/api/datacenters/queries';
import { versionQueries } from '@/lib/api/versions/queries';

/** The create-cluster wizard at /clusters/new; rendered in the browser only, as it starts from the tab's draft. */
export function CreateClusterWizard() {
  const isClient = useIsClient();
  if (!isClient) return <LoadingBlock label="Loading the wizard…" className="h-64" />;
  return <WizardForm />;
}

function WizardForm() {
  const [restored] = useState(() => readDraft(sessionDraftStorage()));
  const [showDraftNotice, setShowDraftNotice] = useState(restored !== undefined);
  const form = useZodForm(createClusterFormSchema, { defaultValues: restored ?? emptyCreateClusterForm() });
  useDraftPersistence(form, saveClusterDraft);
  useLiveRevalidation(form);
  const { step, goTo } = useWizardStep(form.getValues);
  // Later steps read these; fetching them now makes the steps open without a spinner.
  usePrefetchQuery(datacenterQueries.list());
  usePrefetchQuery(versionQueries.list());

  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusOnStep = useRef<{ step: WizardStep; field?: string } | null>(null);
  function show(target: WizardStep, field?: string) {
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
    void form.trigger(STEP_FIELDS[step], { shouldFocus: true }).then((valid) => {
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
        <StepNav current={step} onSelect={show} />
        {showDraftNotice ? <DraftNotice onStartOver={startOver} /> : null}
        {banner ? <SubmitBanner banner={banner} /> : null}
        <form aria-label="Create cluster" noValidate onSubmit={onSubmit}>
          <fieldset disabled={sending} className="m-0 grid min-w-0 gap-6 border-0 p-0">
            <div className="grid gap-1">
              <p className="text-sm text-muted-foreground">
                Step {stepIndex(step) + 1} of {WIZARD_STEPS.length}
              </p>
              <h2 ref={headingRef} tabIndex={-1} className="text-xl font-semibold outline-none">
                {STEP_TITLES[step]}
              </h2>
            </div>
            {step === 'basics' ? <BasicsStep /> : null}
            {step === 'location' ? <LocationStep /> : null}
            {step === 'maintenance' ? <MaintenanceStep /> : null}
            {step === 'review' ? <ReviewStep onEdit={show} /> : null}
            <WizardActions step={step} sending={sending} onBack={show} onCancel={() => clearDraft(sessionDraftStorage())} />
          </fieldset>
        </form>
      </div>
    </FormProvider>
  );
}
