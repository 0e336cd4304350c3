'use client';

import { usePrefetchQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { FormProvider, type FieldPath } from 'react-hook-form';
import { BasicsStep } from '@/components/clusters/create/basics-step';
import { DraftNotice } from '@/components/clusters/create/draft-notice';
import {
  createClusterFormSchema,
  emptyCreateClusterForm,
  formValuesFromCluster,
  portalClusterFormSchema,
  type CreateClusterFormInput,
} from '@/components/clusters/create/form-schema';
import { LocationStep } from '@/components/clusters/create/location-step';
import { MaintenanceStep } from '@/components/clusters/create/maintenance-step';
import { LoadingBlock, QueryError } from '@/components/shared/query-states';
import { ClusterReviewStep } from '@/components/clusters/create/review-step';
import { CreateClusterBanner } from '@/components/clusters/create/submit-banner';
import { useCreateSubmit } from '@/components/clusters/create/use-create-submit';
import { useIsClient } from '@/components/clusters/create/use-is-client';
import { preselectVersion } from '@/components/clusters/create/version-field';
import { clusterWizard, DRAFT_KEY, portalClusterWizard, type ClusterWizardStep } from '@/components/clusters/create/wizard';
import { creatableTeams, initialTeam } from '@/components/portal/team/teams';
import { useClusterTeam } from '@/components/portal/team/use-cluster-team';
import { usePortal } from '@/components/portal/portal-context';
import { useLeaveGuard, WIZARD_LEAVE_WORDS } from '@/components/forms/leave-guard';
import { useDiffersFrom } from '@/components/forms/use-differs-from';
import { useDraftPersistence } from '@/components/forms/use-draft-persistence';
import { useRecheckOnChange } from '@/components/forms/use-recheck-on-change';
import { useZodForm } from '@/components/forms/use-zod-form';
import { CopyIntoDraft, CopyNotice, useCopyOf } from '@/components/forms/wizard/copy-into-draft';
import { WizardFooter, WizardHeading } from '@/components/forms/wizard/wizard-shell';
import { clusterQueries } from '@/lib/api/clusters/queries';
import { datacenterQueries } from '@/lib/api/datacenters/queries';
import { versionQueries } from '@/lib/api/versions/queries';
import { usePolledQuery } from '@/lib/browser/polled-query';
import { copyName } from '@/lib/forms/derived-name';
import { clustersHref } from '@/lib/routes';

type Copied = { source: string; name: string };

/** The create-cluster wizard at /clusters/new; rendered in the browser only, as it starts from the tab's draft. */
export function CreateClusterWizard() {
  const isClient = useIsClient();
  const copyOf = useCopyOf();
  const [copied, setCopied] = useState<Copied>();
  if (!isClient) return <LoadingBlock label="Loading the wizard…" className="h-64" />;
  if (copyOf) return <ClusterCopy copyOf={copyOf} onCopied={setCopied} />;
  return <WizardForm copied={copied} />;
}

// Both wizards share the draft (and its key); only the portal's requires a team.
const { draft } = clusterWizard;
const saveDraft = (values: unknown) => draft.write(DRAFT_KEY, values);
// A route's gateway is checked against its network, so a changed network re-checks the gateway too.
const relatedFields = (name: string) => (name.endsWith('.network') ? [name.replace(/\.network$/, '.gateway')] : []);
// The version (and in portal mode the team) the wizard preselects by itself is no input of the user's: leaving without
// typing asks nothing.
const userInput = ({ dataPlatformVersion: _preselected, team: _team, ...typed }: CreateClusterFormInput) => typed;

/**
 * `?copyOf=<cluster id>`: the cluster's settings under a free name ("<name>-copy") become the draft, and the
 * wizard opens on its review: a copy, or a FAILED cluster created again, is mostly a confirmation, and the review
 * shows every value with a way to change it (an invalid one, e.g. a version no longer offered, opens its step).
 */
function ClusterCopy({ copyOf, onCopied }: { copyOf: string; onCopied: (copied: Copied | undefined) => void }) {
  const source = usePolledQuery(clusterQueries.detail(copyOf));
  const clusters = usePolledQuery(clusterQueries.list());
  const portal = usePortal() !== null;
  // Portal mode: the copy goes to the source's team (undefined while the ownership is read; null: no team).
  const team = useClusterTeam(copyOf);
  const [hasDraft] = useState(() => draft.read(DRAFT_KEY) !== undefined);

  if (!source.data) {
    if (source.isError) {
      return (
        <QueryError
          title="The cluster to copy could not be loaded"
          error={source.error}
          onRetry={() => void source.refetch()}
          retrying={source.isFetching}
        />
      );
    }
    return <LoadingBlock label="Loading the cluster to copy…" />;
  }
  // The names are only a hint (a member sees only his own clusters): the API's 409 still lands on the name.
  if ((!clusters.data && !clusters.isError) || (portal && team === undefined)) return <LoadingBlock label="Loading the cluster to copy…" />;
  const sourceName = source.data.properties.name ?? copyOf;
  const name = copyName(
    sourceName,
    (clusters.data?.items ?? []).flatMap((c) => (c.properties.name ? [c.properties.name] : [])),
  );
  return (
    <CopyIntoDraft
      values={formValuesFromCluster(source.data, name, team ?? '')}
      source={`cluster “${sourceName}”`}
      subject="cluster"
      hasDraft={hasDraft}
      writeDraft={saveDraft}
      step="review"
      onDone={(copiedIt) => onCopied(copiedIt ? { source: `cluster “${sourceName}”`, name } : undefined)}
    />
  );
}

function WizardForm({ copied }: { copied?: Copied }) {
  const me = usePortal();
  const { StepNav, fieldsOf, firstInvalidStep, nextStep, previousStep, stepIndex, steps, titleOf, useWizardStep } = me
    ? portalClusterWizard
    : clusterWizard;
  // Portal mode: the team starts as the draft's (when still allowed) or the only one the person may create in.
  const [teams] = useState(() => (me ? creatableTeams(me) : []));
  const fresh = (kept?: CreateClusterFormInput) => {
    const values = kept ?? emptyCreateClusterForm();
    return me ? { ...values, team: initialTeam(teams, kept?.team) } : values;
  };
  const [restored] = useState(() => draft.read(DRAFT_KEY));
  const [notice, setNotice] = useState<'draft' | 'copy' | null>(restored === undefined ? null : copied ? 'copy' : 'draft');
  const form = useZodForm(me ? portalClusterFormSchema : createClusterFormSchema, { defaultValues: fresh(restored) });
  useDraftPersistence(form, saveDraft);
  useRecheckOnChange(form, relatedFields);
  const { step, goTo } = useWizardStep(form.getValues);
  const dirty = useDiffersFrom(form, emptyCreateClusterForm(), userInput);
  const leaveDialog = useLeaveGuard({ dirty, links: 'marked', words: WIZARD_LEAVE_WORDS, onLeave: () => draft.clear(DRAFT_KEY) });
  // Later steps read these; fetching them now makes the steps open without a spinner.
  usePrefetchQuery(datacenterQueries.list());
  usePrefetchQuery(versionQueries.list());
  const queryClient = useQueryClient();

  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusOnStep = useRef<{ step: ClusterWizardStep; field?: string } | null>(null);
  function show(target: ClusterWizardStep, field?: string) {
    focusOnStep.current = { step: target, field };
    goTo(target);
  }
  const { submit, sending, banner } = useCreateSubmit(form, show);

  // Opening the wizard puts the user at its heading, where the step counter and title are read out.
  useEffect(() => headingRef.current?.focus(), []);

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
    void ready(step)
      .then(() => form.trigger(fieldsOf(step), { shouldFocus: true }))
      .then((valid) => {
        if (valid) show(nextStep(step));
      });
  }

  /**
   * What a step's check needs first. Basics: the versions, as the version is preselected only once they are in: a
   * Next pressed while they load goes on when they come, not to a message the preselection takes away unseen. If
   * they cannot be read, the check stops at the version, where the field says why and offers to try again.
   */
  async function ready(current: ClusterWizardStep) {
    if (current !== 'basics') return;
    const versions = await queryClient.ensureQueryData(versionQueries.list()).catch(() => undefined);
    if (versions) preselectVersion(form, versions.items);
  }

  function startOver() {
    form.reset(fresh());
    setNotice(null);
    show('basics');
  }

  return (
    <FormProvider {...form}>
      <div className="grid gap-6">
        <StepNav step={step} reachable={firstInvalidStep(form.getValues())} onGo={show} />
        {notice === 'draft' ? <DraftNotice onStartOver={startOver} /> : null}
        {notice === 'copy' && copied ? <CopyNotice source={copied.source} name={copied.name} /> : null}
        {banner ? <CreateClusterBanner banner={banner} /> : null}
        <form aria-label="Create cluster" noValidate onSubmit={onSubmit}>
          <fieldset disabled={sending} className="m-0 grid min-w-0 gap-6 border-0 p-0">
            <WizardHeading ref={headingRef} index={stepIndex(step)} count={steps.length} title={titleOf(step)} />
            {step === 'basics' ? <BasicsStep /> : null}
            {step === 'location' ? <LocationStep /> : null}
            {step === 'maintenance' ? <MaintenanceStep /> : null}
            {step === 'review' ? <ClusterReviewStep onEdit={show} /> : null}
            <WizardFooter
              cancelHref={clustersHref}
              onCancel={() => draft.clear(DRAFT_KEY)}
              onBack={step === 'basics' ? undefined : () => show(previousStep(step))}
              nextTitle={step === 'review' ? undefined : titleOf(nextStep(step))}
              submitLabel={sending ? 'Creating cluster…' : 'Create cluster'}
              busy={sending}
            />
          </fieldset>
        </form>
        {leaveDialog}
      </div>
    </FormProvider>
  );
}
