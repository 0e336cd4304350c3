'use client';

import { useEffect } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';

/**
 * Hands every change of the form's values to `save` (a wizard's draft writer), without re-rendering.
 * `save` should be stable (module-level or memoised): a new one re-subscribes.
 */
export function useDraftPersistence<TInput extends FieldValues, TOutput>(
  form: UseFormReturn<TInput, unknown, TOutput>,
  save: ((values: unknown) => void) | undefined,
) {
  useEffect(() => {
    if (!save) return;
    return form.subscribe({ formState: { values: true }, callback: ({ values }) => save(values) });
  }, [form, save]);
}
