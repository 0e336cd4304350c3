'use client';

import { useEffect } from 'react';
import type { FieldPath, FieldValues, UseFormReturn } from 'react-hook-form';

/**
 * The forms validate a step (or the whole form) on demand, not on every keystroke or blur: a message appearing
 * on blur would move the buttons under the pointer between mousedown and click, and the click would be lost.
 * But a field already marked wrong is checked again as the user changes it, so the message goes away as soon
 * as it is fixed. `related` names fields checked against the changed one (a route's gateway against its network),
 * which are re-checked with it. It should be stable (module-level): a new one re-subscribes.
 */
export function useRecheckOnChange<T extends FieldValues, R>(form: UseFormReturn<T, unknown, R>, related?: (name: string) => readonly string[]) {
  useEffect(
    () =>
      form.subscribe({
        formState: { values: true },
        callback: ({ name }) => {
          if (!name) return;
          const fields = [name, ...(related?.(name) ?? [])] as FieldPath<T>[];
          const stale = fields.filter((field) => form.getFieldState(field).invalid);
          if (stale.length > 0) void form.trigger(stale);
        },
      }),
    [form, related],
  );
}
