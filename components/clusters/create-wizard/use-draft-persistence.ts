'use client';

import { useEffect } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { sessionDraftStorage, writeDraft } from '@/components/clusters/create-wizard/draft-storage';
import type { CreateClusterFormInput, CreateClusterFormOutput } from '@/components/clusters/create-wizard/form-schema';

/** Saves every change of the form's values as the draft (see draft-storage.ts), without re-rendering. */
export function useDraftPersistence(form: UseFormReturn<CreateClusterFormInput, unknown, CreateClusterFormOutput>, enabled: boolean) {
  useEffect(() => {
    if (!enabled) return;
    return form.subscribe({
      formState: { values: true },
      callback: ({ values }) => writeDraft(sessionDraftStorage(), values),
    });
  }, [form, enabled]);
}
