'use client';

import { useEffect } from 'react';
import type { FieldPath, UseFormReturn } from 'react-hook-form';
import type { CreateClusterFormInput, CreateClusterFormOutput } from '@/components/clusters/create-wizard/form-schema';

/**
 * Re-checks a field on every change while it shows an error, so a fixed value clears its message at once.
 * The form itself validates on "Next" (not on blur): a message appearing on blur would move the buttons
 * under the pointer between mousedown and click, and the click would be lost.
 */
export function useLiveRevalidation(form: UseFormReturn<CreateClusterFormInput, unknown, CreateClusterFormOutput>) {
  useEffect(
    () =>
      form.subscribe({
        formState: { values: true },
        callback: ({ name }) => {
          if (!name) return;
          // A route's gateway is checked against its network, so a changed network re-checks the gateway too.
          const related = name.endsWith('.network') ? [name, name.replace(/\.network$/, '.gateway')] : [name];
          const stale = (related as FieldPath<CreateClusterFormInput>[]).filter((field) => form.getFieldState(field).error);
          if (stale.length > 0) void form.trigger(stale);
        },
      }),
    [form],
  );
}
