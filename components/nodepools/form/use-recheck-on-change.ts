'use client';

import { useEffect } from 'react';
import type { FieldPath, FieldValues, UseFormReturn } from 'react-hook-form';

/**
 * The forms validate a step (or the whole form) on demand, not on every keystroke; but a field already marked
 * wrong is checked again as the user changes it, so the message goes away as soon as it is fixed.
 */
export function useRecheckOnChange<T extends FieldValues, R>(form: UseFormReturn<T, unknown, R>) {
  useEffect(
    () =>
      form.subscribe({
        formState: { values: true },
        callback: ({ name }) => {
          if (name && form.getFieldState(name as FieldPath<T>).invalid) void form.trigger(name as FieldPath<T>);
        },
      }),
    [form],
  );
}
