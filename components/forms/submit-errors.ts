'use client';

import type { FieldPath, FieldValues, UseFormReturn } from 'react-hook-form';
import type { SubmitFieldError } from '@/lib/forms/submit-errors';

/** Puts the API's field messages (see mapSubmitError) on the form; returns the first field, to show its step. */
export function setSubmitFieldErrors<T extends FieldValues, R>(
  form: UseFormReturn<T, unknown, R>,
  fieldErrors: readonly SubmitFieldError[],
): string | undefined {
  for (const { field, message } of fieldErrors) form.setError(field as FieldPath<T>, { type: 'server', message });
  return fieldErrors[0]?.field;
}
