'use client';

// next-auth's routes (app/api/auth/[...nextauth]). The sign-in page and the console's sign-out button talk to them
// with two fetches, as next-auth's own client `signIn(…, { redirect: false })` and `signOut()` do, without shipping
// that client (its session machinery, error classes and Babel's regenerator: about 8 KB gzip) to every page.
const AUTH_BASE = '/api/auth';

/** One form POST to next-auth's `path` with its CSRF token: where it sends the browser, and whether it answered OK. Throws when there is no answer. */
export async function postToNextAuth(path: string, fields: Record<string, string>): Promise<{ ok: boolean; url: URL | null }> {
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

/**
 * Signs out through next-auth (which ends the session server-side and revokes the IONOS token it minted), then a
 * full navigation to where next-auth sends the browser: `callbackUrl`. Throws when next-auth could not be reached.
 */
export async function signOut(callbackUrl: string): Promise<void> {
  const { ok, url } = await postToNextAuth('signout', { callbackUrl });
  if (!ok) throw new Error('next-auth refused the sign-out');
  window.location.assign(url?.href ?? callbackUrl);
}
