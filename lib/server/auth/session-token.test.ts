// The session cookie's own JWE code must stay interchangeable with next-auth's (which issues the cookie at sign-in
// and reads it for /api/auth/session), refuse everything next-auth's decode refuses, and derive its key only once.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decode, encode } from 'next-auth/jwt';
import { decodeSessionToken, encodeSessionToken, sessionEncryptionKey } from '@/lib/server/auth/session-token';

const SECRET = 'session-token-test-secret-0123456789abcdef';
const OTHER = 'another-secret-of-the-same-length-0123456789';
const claims = { sid: 's-1', via: 'token', user: { name: 'u@sandbox.test' }, cred: 'TOKEN-CANARY', authTime: 1_700_000_000 };

afterEach(() => {
  vi.useRealTimers();
});

describe('session token (next-auth v4 JWE format)', () => {
  it("reads what next-auth's encode wrote, and next-auth's decode reads what it writes", async () => {
    const fromNextAuth = await encode({ token: claims, secret: SECRET, maxAge: 600 });
    expect(decodeSessionToken(fromNextAuth, SECRET)).toMatchObject(claims);

    const ours = encodeSessionToken(claims, SECRET, 600);
    const read = await decode({ token: ours, secret: SECRET });
    expect(read).toMatchObject(claims);
    expect(typeof read?.jti).toBe('string');
    expect((read?.exp as number) - (read?.iat as number)).toBe(600);
  });

  it('refuses another secret, tampering, truncation and other shapes, without throwing', async () => {
    const token = encodeSessionToken(claims, SECRET, 600);
    expect(decodeSessionToken(token, OTHER)).toBeNull();
    expect(decodeSessionToken(await encode({ token: claims, secret: OTHER }), SECRET)).toBeNull();
    const parts = token.split('.');
    const flip = (text: string) => (text[5] === 'A' ? `${text.slice(0, 5)}B${text.slice(6)}` : `${text.slice(0, 5)}A${text.slice(6)}`);
    for (const index of [0, 2, 3, 4]) {
      const tampered = parts.map((part, i) => (i === index ? flip(part) : part)).join('.');
      expect(decodeSessionToken(tampered, SECRET), `part ${index}`).toBeNull();
    }
    for (const bad of ['', 'not-a-jwe', token.slice(0, -10), `${token}.x`, parts.slice(0, 4).join('.'), token.replace('..', '.AAAA.')]) {
      expect(decodeSessionToken(bad, SECRET), bad.slice(0, 30)).toBeNull();
    }
  });

  it('refuses a header other than dir / A256GCM, even when the ciphertext is genuine', () => {
    const token = encodeSessionToken(claims, SECRET, 600);
    const [, ...rest] = token.split('.');
    const header = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    // The header is the AAD: a changed one fails authentication anyway, but it is refused before decryption too.
    for (const h of [
      { alg: 'dir', enc: 'A128GCM' },
      { alg: 'none', enc: 'A256GCM' },
      { alg: 'dir', enc: 'A256GCM', zip: 'DEF' },
    ]) {
      expect(decodeSessionToken([header(h), ...rest].join('.'), SECRET)).toBeNull();
    }
  });

  it('honours exp and nbf with next-auth’s 15 s tolerance', () => {
    vi.useFakeTimers({ now: new Date('2026-01-01T00:00:00Z') });
    const token = encodeSessionToken(claims, SECRET, 60);
    vi.setSystemTime(new Date('2026-01-01T00:01:14Z'));
    expect(decodeSessionToken(token, SECRET)).not.toBeNull();
    vi.setSystemTime(new Date('2026-01-01T00:01:15Z'));
    expect(decodeSessionToken(token, SECRET)).toBeNull();
  });

  it('derives the key once per secret, and again for a new secret', () => {
    const first = sessionEncryptionKey(SECRET);
    expect(sessionEncryptionKey(SECRET)).toBe(first);
    const other = sessionEncryptionKey(OTHER);
    expect(other).not.toEqual(first);
    expect(other).toHaveLength(32);
    // A cached key of the old secret is never used for the new one: tokens follow the secret.
    expect(decodeSessionToken(encodeSessionToken(claims, SECRET, 60), OTHER)).toBeNull();
  });
});
