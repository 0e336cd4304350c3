'use client';

// The submit flow of an edit page (cluster, node pool): the PATCH carries only what changed, is held back when
// someone else changed the same fields meanwhile (the mutation's ETag check throws), and is not sent at all
// when nothing changed.
import { useState } from 'react';
import type { FormBannerData } from '@/components/forms/form-banner';

type PatchMutation<B, L, R> = {
  mutate: (input: { body: B; loaded: L; force: boolean }, callbacks: { onSuccess: (saved: R) => void; onError: (error: unknown) => void }) => void;
};

type EditSubmitOptions<B, L, R, E> = {
  patch: PatchMutation<B, L, R>;
  /** The resource as the form was loaded: the baseline of the ETag check. */
  loaded: L;
  /** The mutation's error for a concurrent change of the fields being sent. */
  isConflict: (error: unknown) => error is E;
  onSaved: (saved: R) => void;
  /** Any other failure: the caller puts field errors on the form and returns a banner when they do not explain it. */
  onFailure: (error: unknown, body: B) => FormBannerData | undefined;
};

const NOTHING_TO_SAVE: FormBannerData = { tone: 'info', title: 'Nothing to save', messages: ['The values are the same as when you opened the form.'] };

export function useEditSubmit<B, L, R, E>({ patch, loaded, isConflict, onSaved, onFailure }: EditSubmitOptions<B, L, R, E>) {
  const [conflict, setConflict] = useState<{ error: E; body: B } | null>(null);
  const [banner, setBanner] = useState<FormBannerData | null>(null);

  function send(body: B, force: boolean) {
    setBanner(null);
    patch.mutate(
      { body, loaded, force },
      {
        onSuccess: onSaved,
        onError: (error) => {
          if (isConflict(error)) setConflict({ error, body });
          else setBanner(onFailure(error, body) ?? null);
        },
      },
    );
  }

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
