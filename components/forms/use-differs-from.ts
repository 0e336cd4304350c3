'use client';

import { useEffect, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';

/**
 * Whether the form's values differ from `baseline` (a wizard's fresh start: typed input, a restored draft or a
 * copy all count), re-rendering only when that answer flips, not on every keystroke. `compared` picks what
 * counts (a value the wizard fills in by itself is no input of the user's).
 */
export function useDiffersFrom<T extends FieldValues, O>(
  form: UseFormReturn<T, unknown, O>,
  baseline: T,
  compared: (values: T) => unknown = (values) => values,
): boolean {
  const [pick] = useState(() => compared);
  const [baselineJson] = useState(() => JSON.stringify(pick(baseline)));
  const [differs, setDiffers] = useState(() => JSON.stringify(pick(form.getValues())) !== baselineJson);
  useEffect(
    () =>
      form.subscribe({
        formState: { values: true },
        callback: ({ values }) => setDiffers(JSON.stringify(pick(values)) !== baselineJson),
      }),
    [form, baselineJson, pick],
  );
  return differs;
}
