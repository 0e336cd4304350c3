'use client';

// The submit flow of an edit (the cluster and node pool forms, the upgrade dialog): the PATCH carries only what
// changed, is held back when someone else changed the same fields meanwhile (the mutation's ETag check throws),
// and is not sent at all when nothing changed. Any other failure goes through mapSubmitError: field messages
// onto the form, the rest into a banner.
import { useEffect, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import type { FormBannerData } from '@/components/forms/form-banner';
import { setSubmitFieldErrors } from '@/components/forms/submit-errors';
import { mapSubmitError, type FieldMap, type SubmitWords } from '@/lib/forms/submit-errors';

type PatchMutation<B, L, R> = {
  mutate: (input: { body: B; loaded: L; force: boolean }, callbacks: { onSuccess: (saved: R) => void; onError: (error: unknown) => void }) => void;
};

type EditSubmitOptions<B, L, R, E, T extends FieldValues, O> = {
  patch: PatchMutation<B, L, R>;
  /** The resource as the form was loaded: the baseline of the ETag check. */
  loaded: L;
  /** The mutation's error for a concurrent change of the fields being sent. */
  isConflict: (error: unknown) => error is E;
  onSaved: (saved: R) => void;
  /** Where the API's messages go (see mapSubmitError). */
  errors: { fieldOf: FieldMap; words: SubmitWords };
  /** The form that gets the field messages (none in a dialog without fields the API names). */
  form?: UseFormReturn<T, unknown, O>;
  /** Called after any failure that is not a conflict (e.g. to leave a confirmation step). */
  onFailed?: () => void;
};

const NOTHING_TO_SAVE: FormBannerData = {
  tone: 'info',
  title: 'Nothing to save',
  messages: ['The values are the same as when you opened the form.'],
};

export function useEditSubmit<B, L, R, E, T extends FieldValues = FieldValues, O = T>(options: EditSubmitOptions<B, L, R, E, T, O>) {
  const { patch, loaded, isConflict, onSaved, errors, form, onFailed } = options;
  const [conflict, setConflict] = useState<{ error: E; body: B } | null>(null);
  const [banner, setBanner] = useState<FormBannerData | null>(null);

  function send(body: B, force: boolean) {
    setBanner(null);
    patch.mutate(
      { body, loaded, force },
      {
        onSuccess: onSaved,
        onError: (error) => {
          if (isConflict(error)) {
            setConflict({ error, body });
            return;
          }
          const outcome = mapSubmitError(error, errors);
          if (form) setSubmitFieldErrors(form, outcome.fieldErrors);
          setBanner(outcome.banner ?? null);
          onFailed?.();
        },
      },
    );
  }

  // "Nothing to save" describes the values it was said for: the first change makes it untrue, so it goes.
  useEffect(() => {
    if (!form || banner !== NOTHING_TO_SAVE) return;
    const said = JSON.stringify(form.getValues());
    return form.subscribe({
      formState: { values: true },
      callback: ({ values }) => {
        if (JSON.stringify(values) !== said) setBanner(null);
      },
    });
  }, [form, banner]);

  /** Sends `body`, the PATCH built from the valid form values (undefined: they equal the loaded ones). */
  function submit(body: B | undefined) {
    setConflict(null);
    if (body) send(body, false);
    else setBanner(NOTHING_TO_SAVE);
  }

  /** After a conflict: sends the held-back PATCH without the ETag check. */
  function overwrite() {
    if (conflict) send(conflict.body, true);
  }

  return { conflict, banner, submit, overwrite };
}
