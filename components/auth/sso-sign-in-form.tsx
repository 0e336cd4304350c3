'use client';

import { useState, type FormEvent } from 'react';
import { startSsoSignIn } from '@/components/auth/attempt-sign-in';
import type { SafeCallbackUrl } from '@/components/auth/callback-url';
import { SignInFormShell } from '@/components/auth/sign-in-form-shell';

/**
 * Portal mode's sign-in: one button to the organisation's identity provider. `initialFailure` is the sentence for an
 * error the provider sent the browser back with (/signin?error=…).
 */
export function SsoSignInForm({ callbackUrl, initialFailure }: { callbackUrl: SafeCallbackUrl; initialFailure: string | null }) {
  const [failure, setFailure] = useState(initialFailure);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    const message = await startSsoSignIn(callbackUrl);
    // null: the browser is on its way to the provider, so the button stays busy.
    if (message !== null) {
      setFailure(message);
      setBusy(false);
    }
  }

  return (
    <SignInFormShell onSubmit={onSubmit} busy={busy} failure={failure} submitLabel="Sign in with SSO" busyLabel="Going to your identity provider…">
      <p className="text-sm text-muted-foreground">
        Sign in with your organisation&apos;s account on its identity provider&apos;s page; you then come back here.
      </p>
    </SignInFormShell>
  );
}
