'use client';

import type { SafeCallbackUrl } from '@/components/auth/callback-url';
import { signInErrorMessage, type SignInMethod } from '@/components/auth/sign-in-errors';

export type SignInCredentials = { password: { username: string; password: string }; token: { token: string } };

// next-auth's routes (app/api/auth/[...nextauth]). The sign-in page talks to them with two fetches, as next-auth's
// own client `signIn(…, { redirect: false })` does, without shipping that client (and its session machinery) to a
// page that only needs this.
const AUTH_BASE = '/api/auth';

/** The error code of one credentials sign-in through next-auth (null on success); throws when there is no answer. */
export async function postCredentials<M extends SignInMethod>(method: M, credentials: SignInCredentials[M]): Promise<string | null> {
  const csrf = await fetch(`${AUTH_BASE}/csrf`, { headers: { 'Content-Type': 'application/json' } });
  const { csrfToken } = (await csrf.json()) as { csrfToken?: unknown };
  if (typeof csrfToken !== 'string') throw new Error('next-auth sent no CSRF token');
  const res = await fetch(`${AUTH_BASE}/callback/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    // json: next-auth answers {url} instead of redirecting; the error, if any, is that URL's `error` parameter.
    body: new URLSearchParams({ ...credentials, csrfToken, callbackUrl: window.location.href, json: 'true' }),
  });
  const { url } = (await res.json()) as { url?: unknown };
  const error = typeof url === 'string' ? new URL(url, window.location.href).searchParams.get('error') : null;
  if (error) return error;
  return res.ok ? null : 'CredentialsSignin';
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
