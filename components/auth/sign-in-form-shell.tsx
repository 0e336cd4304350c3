import type { FormEventHandler, ReactNode } from 'react';
import { SubmitButton } from '@/components/auth/submit-button';
import { Alert } from '@/components/ui/alert';

/**
 * The frame both sign-in methods share: a posting form, one fieldset disabled while busy,
 * the failure of the last attempt above the fields and the submit button below them.
 */
export function SignInFormShell({
  onSubmit,
  busy,
  failure,
  children,
}: {
  onSubmit: FormEventHandler<HTMLFormElement>;
  busy: boolean;
  failure: string | null;
  children: ReactNode;
}) {
  // method="post": should the form be submitted before hydration, the secret never lands in a URL.
  return (
    <form method="post" onSubmit={onSubmit} noValidate>
      <fieldset disabled={busy} className="grid gap-4">
        {failure ? (
          <Alert role="alert" variant="destructive">
            {failure}
          </Alert>
        ) : null}
        {children}
        <SubmitButton busy={busy} label="Sign in" busyLabel="Signing in…" />
      </fieldset>
    </form>
  );
}
