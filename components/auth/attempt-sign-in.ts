'use client';

import { signIn } from 'next-auth/react';
import { safeCallbackUrl } from '@/components/auth/callback-url';
import { signInErrorMessage, type SignInMethod } from '@/components/auth/sign-in-errors';

export type SignInCredentials = { password: { username: string; password: string }; token: { token: string } };

/**
 * Signs in through next-auth's Credentials provider `method`. On success it starts a full navigation
 * to the callback URL and resolves to null; on failure it resolves to the message to show.
 */
export async function attemptSignIn<M extends SignInMethod>(
  method: M,
  credentials: SignInCredentials[M],
  callbackUrl: string,
): Promise<string | null> {
  let result;
  try {
    result = await signIn<'credentials'>(method, { ...credentials, redirect: false });
  } catch {
    return signInErrorMessage(method, 'network');
  }
  if (!result?.ok || result.error) return signInErrorMessage(method, result?.error);
  // A full navigation, so the server renders the console with the new session cookie.
  window.location.assign(safeCallbackUrl(callbackUrl));
  return null;
}
