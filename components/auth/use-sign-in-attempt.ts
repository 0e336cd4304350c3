'use client';

import { useEffect, useState } from 'react';
import { attemptSignIn, type SignInCredentials } from '@/components/auth/attempt-sign-in';
import type { SafeCallbackUrl } from '@/components/auth/callback-url';
import type { SignInMethod } from '@/components/auth/sign-in-errors';

/**
 * The state both sign-in forms share: the failure message, "busy" until the navigation after a success, and
 * the cursor put back into `focusAfterFailure`'s field once the fieldset is enabled again. `focusAfterFailure`
 * must be stable (memoised).
 */
export function useSignInAttempt<M extends SignInMethod>(
  method: M,
  callbackUrl: SafeCallbackUrl,
  isSubmitting: boolean,
  focusAfterFailure: () => void,
) {
  const [failure, setFailure] = useState<string | null>(null);
  const [redirecting, setRedirecting] = useState(false);

  useEffect(() => {
    if (failure && !isSubmitting) focusAfterFailure();
  }, [failure, isSubmitting, focusAfterFailure]);

  /** Signs in; true when the browser is on its way to the console, false after a failure (message shown). */
  async function attempt(credentials: SignInCredentials[M]): Promise<boolean> {
    setFailure(null);
    const message = await attemptSignIn(method, credentials, callbackUrl);
    if (message === null) {
      setRedirecting(true);
      return true;
    }
    setFailure(message);
    return false;
  }

  return { failure, busy: isSubmitting || redirecting, attempt };
}
