'use client';

import { useEffect } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { sessionDraftStorage, writeDraft } from '@/components/nodepools/create/draft-storage';
import type { CreateNodePoolFormInput, CreateNodePoolFormOutput } from '@/components/nodepools/create/form-schema';

/** Saves every change of the form's values as the draft, without re-rendering. */
export function useDraftPersistence(form: UseFormReturn<CreateNodePoolFormInput, unknown, CreateNodePoolFormOutput>, key: string) {
  useEffect(
    () =>
      form.subscribe({
        formState: { values: true },
        callback: ({ values }) => writeDraft(sessionDraftStorage(), key, values),
      }),
    [form, key],
  );
}
