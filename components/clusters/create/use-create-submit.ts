'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { CreateClusterFormInput, CreateClusterFormOutput } from '@/components/clusters/create/form-schema';
import { toCreateClusterRequest } from '@/components/clusters/create/to-request';
import { CLUSTER_FIELD_OF } from '@/components/clusters/create/field-map';
import { clusterWizard, CREATE_CLUSTER_WORDS, DRAFT_KEY, type ClusterWizardStep } from '@/components/clusters/create/wizard';
import { setSubmitFieldErrors } from '@/components/forms/submit-errors';
import { useCreateCluster } from '@/lib/api/clusters/mutations';
import { mapSubmitError, type SubmitBanner } from '@/lib/forms/submit-errors';
import { clusterHref } from '@/lib/routes';

type Form = UseFormReturn<CreateClusterFormInput, unknown, CreateClusterFormOutput>;

/** Shows `step` and focuses `field` on it once it is rendered. */
type ShowField = (step: ClusterWizardStep, field: string) => void;

/**
 * Sends POST /clusters with the validated values. Failures land on the field they name (switching to its
 * step) or in a banner; nothing the user typed is reset. On success the draft is dropped and the user goes
 * to the new cluster's page.
 */
export function useCreateSubmit(form: Form, showField: ShowField) {
  const router = useRouter();
  const create = useCreateCluster();
  const [banner, setBanner] = useState<SubmitBanner | null>(null);

  const submit = form.handleSubmit(
    (values) => {
      setBanner(null);
      create.mutate(
        { body: toCreateClusterRequest(values), team: values.team || undefined },
        {
          onSuccess: (cluster) => {
            clusterWizard.draft.clear(DRAFT_KEY);
            router.push(clusterHref(cluster.id));
          },
          onError: (error) => {
            const outcome = mapSubmitError(error, { fieldOf: CLUSTER_FIELD_OF, words: CREATE_CLUSTER_WORDS });
            setBanner(outcome.banner ?? null);
            const first = setSubmitFieldErrors(form, outcome.fieldErrors);
            const step = first ? clusterWizard.stepOfField(first) : undefined;
            if (first && step) showField(step, first);
          },
        },
      );
    },
    // Only reachable when a value changed behind the step checks (e.g. a draft edited in another way).
    (errors) => {
      const first = Object.keys(errors)[0];
      const step = first ? clusterWizard.stepOfField(first) : undefined;
      if (first && step) showField(step, first);
    },
  );

  return {
    submit,
    // Stays true after success until the cluster page replaces the wizard, so nobody creates twice.
    sending: create.isPending || create.isSuccess,
    banner,
  };
}
