import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { attemptSignIn, startSsoSignIn } from '@/components/auth/attempt-sign-in';
import type { SafeCallbackUrl } from '@/components/auth/callback-url';

const PAGE = 'http://127.0.0.1:3000/signin?callbackUrl=%2Fclusters%2Fabc';
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

let assign: ReturnType<typeof vi.fn>;
let fetchMock: ReturnType<typeof vi.fn>;

beforeEach(() => {
  assign = vi.fn();
  vi.stubGlobal('window', { location: { href: PAGE, assign } });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

/** next-auth's two answers: the CSRF token, then the callback's `{url}` (with `?error=` on failure). */
function nextAuth(callback: Response | Error) {
  fetchMock = vi.fn(async (url: string) => {
    if (url === '/api/auth/csrf') return json({ csrfToken: 'csrf-1' });
    if (callback instanceof Error) throw callback;
    return callback;
  });
  vi.stubGlobal('fetch', fetchMock);
}

describe('attemptSignIn', () => {
  it('posts the credentials as next-auth’s client does, then goes to the callback URL', async () => {
    nextAuth(json({ url: 'http://127.0.0.1:3000/signin?callbackUrl=%2Fclusters%2Fabc' }));
    await expect(attemptSignIn('password', { username: 'u@x.test', password: 'p' }, '/clusters/abc' as SafeCallbackUrl)).resolves.toBeNull();
    const [url, init] = fetchMock.mock.calls[1] as [string, RequestInit];
    expect(url).toBe('/api/auth/callback/password');
    expect(init.method).toBe('POST');
    expect(Object.fromEntries(init.body as URLSearchParams)).toEqual({
      username: 'u@x.test',
      password: 'p',
      csrfToken: 'csrf-1',
      callbackUrl: PAGE,
      json: 'true',
    });
    expect(assign).toHaveBeenCalledWith('/clusters/abc');
  });

  it('maps next-auth’s error codes to the messages of sign-in-errors', async () => {
    nextAuth(json({ url: 'http://127.0.0.1:3000/api/auth/error?error=invalid_credentials' }, 401));
    await expect(attemptSignIn('token', { token: 't' }, '/clusters' as SafeCallbackUrl)).resolves.toBe('The token was not accepted.');
    nextAuth(json({ url: '/api/auth/error?error=too_many_attempts' }, 401));
    await expect(attemptSignIn('password', { username: 'u', password: 'p' }, '/clusters' as SafeCallbackUrl)).resolves.toMatch(/wait a few minutes/i);
    expect(assign).not.toHaveBeenCalled();
  });

  it('fails without an error code when the answer is not OK', async () => {
    nextAuth(json({ url: 'http://127.0.0.1:3000/signin' }, 500));
    await expect(attemptSignIn('token', { token: 't' }, '/clusters' as SafeCallbackUrl)).resolves.toBe('Signing in failed. Try again.');
  });

  it('says the server cannot be reached when there is no answer, or no JSON', async () => {
    nextAuth(new TypeError('Failed to fetch'));
    await expect(attemptSignIn('token', { token: 't' }, '/clusters' as SafeCallbackUrl)).resolves.toMatch(/can't be reached/);
    nextAuth(new Response('<html>Bad gateway</html>', { status: 502 }));
    await expect(attemptSignIn('token', { token: 't' }, '/clusters' as SafeCallbackUrl)).resolves.toMatch(/can't be reached/);
    expect(assign).not.toHaveBeenCalled();
  });
});

describe('startSsoSignIn', () => {
  const PROVIDER = 'http://127.0.0.1:4011/auth?client_id=console&response_type=code&code_challenge=x&state=y';

  it('posts to next-auth’s signin/oidc with its CSRF token and the callback URL, then goes to the provider', async () => {
    nextAuth(json({ url: PROVIDER }));
    await expect(startSsoSignIn('/clusters/abc' as SafeCallbackUrl)).resolves.toBeNull();
    const [url, init] = fetchMock.mock.calls[1] as [string, RequestInit];
    expect(url).toBe('/api/auth/signin/oidc');
    expect(init.method).toBe('POST');
    expect(Object.fromEntries(init.body as URLSearchParams)).toEqual({ callbackUrl: '/clusters/abc', csrfToken: 'csrf-1', json: 'true' });
    expect(assign).toHaveBeenCalledWith(PROVIDER);
  });

  it('says what went wrong when it could not start, and stays on the page', async () => {
    nextAuth(json({ url: 'http://127.0.0.1:3000/api/auth/error?error=OAuthSignin' }));
    await expect(startSsoSignIn('/clusters' as SafeCallbackUrl)).resolves.toMatch(/identity provider can't be reached/);
    nextAuth(new TypeError('Failed to fetch'));
    await expect(startSsoSignIn('/clusters' as SafeCallbackUrl)).resolves.toMatch(/can't be reached/);
    nextAuth(json({ message: 'no url' }, 500));
    await expect(startSsoSignIn('/clusters' as SafeCallbackUrl)).resolves.toMatch(/could not start/);
    expect(assign).not.toHaveBeenCalled();
  });
});
