'use client';

import type { SafeCallbackUrl } from '@/components/auth/callback-url';
import { postToNextAuth } from '@/components/auth/next-auth-post';
import { OIDC_SIGN_IN, signInErrorMessage, type SignInMethod } from '@/components/auth/sign-in-errors';

export type SignInCredentials = { password: { username: string; password: string }; token: { token: string } };

/** The error code of one credentials sign-in through next-auth (null on success); throws when there is no answer. */
export async function postCredentials<M extends SignInMethod>(method: M, credentials: SignInCredentials[M]): Promise<string | null> {
  const { ok, url } = await postToNextAuth(`callback/${method}`, { ...credentials, callbackUrl: window.location.href });
  const error = url?.searchParams.get('error');
  if (error) return error;
  return ok ? null : 'CredentialsSignin';
}

/**
 * Portal mode: starts the sign-in with the OpenID provider (next-auth's signin/oidc, which sets the state, PKCE and
 * nonce cookies) and sends the browser to the provider's page; it comes back to `callbackUrl`. Resolves to the
 * message to show when it could not start, null while the browser is on its way.
 */
export async function startSsoSignIn(callbackUrl: SafeCallbackUrl): Promise<string | null> {
  let answer;
  try {
    answer = await postToNextAuth(`signin/${OIDC_SIGN_IN}`, { callbackUrl });
  } catch {
    return signInErrorMessage(OIDC_SIGN_IN, 'network');
  }
  const { ok, url } = answer;
  const error = url?.searchParams.get('error');
  if (!ok || !url || error) return signInErrorMessage(OIDC_SIGN_IN, error ?? 'OAuthSignin');
  window.location.assign(url.href);
  return null;
}

/**
 * Signs in through next-auth's Credentials provider `method`. On success it starts a full navigation
 * to the callback URL and resolves to null; on failure it resolves to the message to show.
 */
export async function attemptSignIn<M extends SignInMethod>(
  method: M,
  credentials: SignInCredentials[M],
  callbackUrl: SafeCallbackUrl,
): Promise<string | null> {
  let error;
  try {
    error = await postCredentials(method, credentials);
  } catch {
    return signInErrorMessage(method, 'network');
  }
  if (error) return signInErrorMessage(method, error);
  // A full navigation, so the server renders the console with the new session cookie.
  window.location.assign(callbackUrl);
  return null;
}
