'use client';

import type { SafeCallbackUrl } from '@/components/auth/callback-url';
import { OIDC_SIGN_IN, signInErrorMessage, type SignInMethod } from '@/components/auth/sign-in-errors';

export type SignInCredentials = { password: { username: string; password: string }; token: { token: string } };

// next-auth's routes (app/api/auth/[...nextauth]). The sign-in page talks to them with two fetches, as next-auth's
// own client `signIn(…, { redirect: false })` does, without shipping that client (and its session machinery) to a
// page that only needs this.
const AUTH_BASE = '/api/auth';

/** One form POST to next-auth's `path` with its CSRF token: where it sends the browser, and whether it answered OK. Throws when there is no answer. */
async function postToNextAuth(path: string, fields: Record<string, string>): Promise<{ ok: boolean; url: URL | null }> {
  const csrf = await fetch(`${AUTH_BASE}/csrf`, { headers: { 'Content-Type': 'application/json' } });
  const { csrfToken } = (await csrf.json()) as { csrfToken?: unknown };
  if (typeof csrfToken !== 'string') throw new Error('next-auth sent no CSRF token');
  const res = await fetch(`${AUTH_BASE}/${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    // json: next-auth answers {url} instead of redirecting; the error, if any, is that URL's `error` parameter.
    body: new URLSearchParams({ ...fields, csrfToken, json: 'true' }),
  });
  const { url } = (await res.json()) as { url?: unknown };
  return { ok: res.ok, url: typeof url === 'string' ? new URL(url, window.location.href) : null };
}

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
