'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { FieldPath, UseFormReturn } from 'react-hook-form';
import { clearDraft, sessionDraftStorage } from '@/components/clusters/create-wizard/draft-storage';
import type { CreateClusterFormInput, CreateClusterFormOutput } from '@/components/clusters/create-wizard/form-schema';
import { toCreateClusterRequest } from '@/components/clusters/create-wizard/request-body';
import { interpretSubmitError, type SubmitBanner } from '@/components/clusters/create-wizard/server-errors';
import { stepOfField, type WizardStep } from '@/components/clusters/create-wizard/steps';
import { useCreateCluster } from '@/lib/api/clusters/mutations';
import { clusterHref } from '@/lib/routes';

type Form = UseFormReturn<CreateClusterFormInput, unknown, CreateClusterFormOutput>;

/** Shows `step` and focuses `field` on it once it is rendered. */
export type ShowField = (step: WizardStep, field: string) => void;

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
      create.mutate(toCreateClusterRequest(values), {
        onSuccess: (cluster) => {
          clearDraft(sessionDraftStorage());
          router.push(clusterHref(cluster.id));
        },
        onError: (error) => {
          const outcome = interpretSubmitError(error);
          const byField = new Map<string, string[]>();
          for (const { field, message } of outcome.fieldErrors) byField.set(field, [...(byField.get(field) ?? []), message]);
          for (const [field, messages] of byField) {
            form.setError(field as FieldPath<CreateClusterFormInput>, { type: 'server', message: messages.join(' ') });
          }
          setBanner(outcome.banner ?? null);
          const first = outcome.fieldErrors[0]?.field;
          const step = first ? stepOfField(first) : undefined;
          if (first && step) showField(step, first);
        },
      });
    },
    // Only reachable when a value changed behind the step checks (e.g. a draft edited in another way).
    (errors) => {
      const first = Object.keys(errors)[0];
      const step = first ? stepOfField(first) : undefined;
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
