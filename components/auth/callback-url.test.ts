import { describe, expect, it } from 'vitest';
import { DEFAULT_CALLBACK_URL, safeCallbackUrl } from '@/components/auth/callback-url';
import { signInErrorMessage } from '@/components/auth/sign-in-errors';

describe('safeCallbackUrl', () => {
  it.each([
    ['/clusters', '/clusters'],
    ['/clusters/abc?tab=nodepools#top', '/clusters/abc?tab=nodepools#top'],
    ['/clusters?name=kafka', '/clusters?name=kafka'],
  ])('keeps the same-origin path %s', (raw, expected) => {
    expect(safeCallbackUrl(raw)).toBe(expected);
  });

  it.each([
    undefined,
    null,
    '',
    'clusters',
    '//evil.example',
    '/\\evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    'https://evil.example/clusters',
    'javascript:alert(1)',
    '/api/dataplatform/clusters',
    '/signin',
    '/signin?callbackUrl=/clusters',
  ])('refuses %j', (raw) => {
    expect(safeCallbackUrl(raw)).toBe(DEFAULT_CALLBACK_URL);
  });

  it('takes the first of repeated parameters', () => {
    expect(safeCallbackUrl(['/clusters/x', '//evil'])).toBe('/clusters/x');
    expect(safeCallbackUrl(['//evil', '/clusters/x'])).toBe(DEFAULT_CALLBACK_URL);
  });

  it('normalises dot segments without leaving the origin', () => {
    expect(safeCallbackUrl('/../../clusters')).toBe('/clusters');
  });

  // Dot-segment removal turns these into `//evil.example…`, a protocol-relative URL of another origin.
  it.each(['/..//evil.example/phish', '/.//evil.example', '/%2e%2e//evil.example', '/clusters/../..//evil.example'])(
    'never returns a protocol-relative path for %j',
    (raw) => {
      const result = safeCallbackUrl(raw);
      expect(result.startsWith('//') || result.startsWith('/\\')).toBe(false);
      expect(result).toBe(DEFAULT_CALLBACK_URL);
    },
  );
});

describe('signInErrorMessage', () => {
  it('gives one message for unknown user and wrong password', () => {
    expect(signInErrorMessage('password', 'invalid_credentials')).toBe('The user name or password is wrong.');
    expect(signInErrorMessage('token', 'invalid_credentials')).toBe('The token was not accepted.');
  });

  it('explains what the identity provider sent back in portal mode', () => {
    expect(signInErrorMessage('oidc', 'OAuthCallback')).toMatch(/cancelled, or the provider refused it/);
    expect(signInErrorMessage('oidc', 'Callback')).toBe(signInErrorMessage('oidc', 'OAuthCallback'));
    expect(signInErrorMessage('password', 'Callback')).toBe('Signing in failed. Try again.');
    expect(signInErrorMessage('oidc', 'OAuthSignin')).toMatch(/could not start/);
    expect(signInErrorMessage('oidc', '<script>')).toBe('Signing in failed. Try again.');
  });

  it('explains throttling, an unreachable API and anything else', () => {
    expect(signInErrorMessage('password', 'too_many_attempts')).toMatch(/wait a few minutes/i);
    expect(signInErrorMessage('token', 'upstream_unavailable')).toMatch(/can't be reached/);
    expect(signInErrorMessage('password', 'CredentialsSignin')).toBe('Signing in failed. Try again.');
    expect(signInErrorMessage('password', null)).toBe('Signing in failed. Try again.');
  });
});
