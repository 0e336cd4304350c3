// The session cookie: what is accepted, what is refused, and that the credential stays server-side.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encode } from 'next-auth/jwt';
import { resetConfigForTests } from '@/lib/server/config';
import { createSessionCookieForTests, encodeSessionClaims, readSessionCookie, revokeSession, upstreamAuthorization } from '@/lib/server/session';

const SECRET = 'unit-test-secret-0123456789abcdef0123456789';

beforeEach(() => {
  process.env.NEXTAUTH_SECRET = SECRET;
  process.env.IONOS_API_URL = 'http://127.0.0.1:9';
  resetConfigForTests();
});
afterEach(() => {
  delete process.env.SESSION_MAX_HOURS;
  resetConfigForTests();
});

describe('readSessionCookie', () => {
  it('accepts a cookie it issued and hands the credential only to upstreamAuthorization', async () => {
    const cookie = await createSessionCookieForTests({ token: 'CANARY-TOK-abcdefghijklmnop' });
    const session = await readSessionCookie(cookie.value);
    expect(session?.sid).toBe(cookie.sid);
    expect(upstreamAuthorization(session!)).toBe('Bearer CANARY-TOK-abcdefghijklmnop');
    expect(JSON.stringify(session)).not.toContain('CANARY-TOK');
  });

  it('refuses a missing, truncated, tampered or foreign-secret cookie without throwing', async () => {
    const cookie = await createSessionCookieForTests({ token: 'tok-abcdefghijklmnop' });
    expect(await readSessionCookie(undefined)).toBeNull();
    expect(await readSessionCookie('')).toBeNull();
    expect(await readSessionCookie(cookie.value.slice(0, -10))).toBeNull();
    const tampered = cookie.value.slice(0, 40) + (cookie.value[40] === 'A' ? 'B' : 'A') + cookie.value.slice(41);
    expect(await readSessionCookie(tampered)).toBeNull();
    expect(await readSessionCookie('not-a-jwe')).toBeNull();
    const foreign = await encode({
      token: { sid: 'x', via: 'token', cred: 't', authTime: 1, user: { name: 'n' } },
      secret: 'another-secret-0123456789abcdef0123456789',
    });
    expect(await readSessionCookie(foreign)).toBeNull();
  });

  it('refuses a well-encrypted cookie whose claims are not a console session', async () => {
    const odd = await encode({ token: { name: 'someone' }, secret: SECRET });
    expect(await readSessionCookie(odd)).toBeNull();
  });

  it('ends a session at its absolute lifetime even while it is used', async () => {
    process.env.SESSION_MAX_HOURS = '1';
    resetConfigForTests();
    const now = Math.floor(Date.now() / 1000);
    const fresh = await createSessionCookieForTests({ token: 'tok-abcdefghijklmnop', authTime: now - 3500 });
    expect(await readSessionCookie(fresh.value)).not.toBeNull();
    const old = await createSessionCookieForTests({ token: 'tok-abcdefghijklmnop', authTime: now - 3601 });
    expect(await readSessionCookie(old.value)).toBeNull();
  });

  it('ends a session when the IONOS token itself has expired', async () => {
    const now = Math.floor(Date.now() / 1000);
    const value = await encodeSessionClaims({
      sid: 'sid-expired-cred',
      via: 'token',
      user: { name: 'n' },
      cred: 'tok-abcdefghijklmnop',
      minted: false,
      authTime: now - 10,
      credExp: now - 1,
    });
    expect(await readSessionCookie(value)).toBeNull();
  });

  it('refuses a replayed cookie after the session was revoked', async () => {
    const cookie = await createSessionCookieForTests({ token: 'tok-abcdefghijklmnop' });
    const session = await readSessionCookie(cookie.value);
    expect(session).not.toBeNull();
    await revokeSession(session!);
    expect(await readSessionCookie(cookie.value)).toBeNull();
  });
});
