import { describe, expect, it } from 'vitest';
import { memorySignInThrottle } from '@/lib/server/auth/throttle';
import { isPlausibleToken, readTokenFacts } from '@/lib/server/auth/ionos-token';

describe('sign-in throttle', () => {
  it('blocks an account after its failures and releases it when the window has passed', async () => {
    let t = 1_000;
    const throttle = memorySignInThrottle({ perAccount: 3, perAddress: 100, windowSeconds: 60 }, () => t);
    for (let i = 0; i < 3; i++) {
      expect(await throttle.blockedFor('a@x', '1.1.1.1')).toBe(0);
      await throttle.recordFailure('a@x', '1.1.1.1');
      t += 1;
    }
    expect(await throttle.blockedFor('a@x', '2.2.2.2')).toBeGreaterThan(0);
    expect(await throttle.blockedFor('b@x', '2.2.2.2')).toBe(0);
    t += 60;
    expect(await throttle.blockedFor('a@x', '1.1.1.1')).toBe(0);
  });

  it('blocks an address that tries many accounts', async () => {
    const throttle = memorySignInThrottle({ perAccount: 100, perAddress: 5, windowSeconds: 60 }, () => 1);
    for (let i = 0; i < 5; i++) await throttle.recordFailure(`user${i}@x`, '9.9.9.9');
    expect(await throttle.blockedFor('new@x', '9.9.9.9')).toBeGreaterThan(0);
    expect(await throttle.blockedFor('new@x', '8.8.8.8')).toBe(0);
  });

  it('forgets an account’s failures after a success', async () => {
    const throttle = memorySignInThrottle({ perAccount: 2, perAddress: 100, windowSeconds: 60 }, () => 1);
    await throttle.recordFailure('a@x', 'ip');
    await throttle.recordSuccess('a@x');
    await throttle.recordFailure('a@x', 'ip');
    expect(await throttle.blockedFor('a@x', 'ip')).toBe(0);
  });
});

describe('IONOS token facts', () => {
  const jwt = (payload: object) =>
    ['{"alg":"HS256"}', JSON.stringify(payload)].map((p) => Buffer.from(p).toString('base64url')).join('.') + '.c2ln';

  it('reads identity and expiry from the payload', () => {
    const facts = readTokenFacts(jwt({ jti: 'id-1', exp: 123, identity: { email: 'a@b', contractNumber: 31000001, role: 'owner' } }));
    expect(facts).toEqual({ jti: 'id-1', exp: 123, email: 'a@b', contractNumber: '31000001', role: 'owner' });
  });

  it('gives nothing for tokens that are not JWTs', () => {
    expect(readTokenFacts('opaque-token-value')).toEqual({});
    expect(readTokenFacts('a.!!!.c')).toEqual({});
  });

  it('refuses tokens with characters that could break a header', () => {
    expect(isPlausibleToken('abc.def.ghi-jkl_mno')).toBe(true);
    expect(isPlausibleToken('abcdefghijklmnop\r\nX-Inj: 1')).toBe(false);
    expect(isPlausibleToken('short')).toBe(false);
    expect(isPlausibleToken('a'.repeat(9000))).toBe(false);
  });
});
