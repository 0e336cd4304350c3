import type { FormEventHandler, ReactNode } from 'react';
import { SubmitButton } from '@/components/auth/submit-button';
import { Alert } from '@/components/ui/alert';

/**
 * The frame every sign-in method shares: a posting form, one fieldset disabled while busy,
 * the failure of the last attempt above the fields and the submit button below them.
 */
export function SignInFormShell({
  onSubmit,
  busy,
  failure,
  children,
  submitLabel = 'Sign in',
  busyLabel = 'Signing in…',
}: {
  onSubmit: FormEventHandler<HTMLFormElement>;
  busy: boolean;
  failure: string | null;
  children?: ReactNode;
  submitLabel?: string;
  busyLabel?: string;
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
        <SubmitButton busy={busy} label={submitLabel} busyLabel={busyLabel} />
      </fieldset>
    </form>
  );
}
