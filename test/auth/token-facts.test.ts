import { describe, expect, it } from 'vitest';
import { isPlausibleToken, readTokenFacts } from '@/lib/server/auth/ionos-token';

describe('IONOS token facts', () => {
  const jwt = (payload: object) => ['{"alg":"HS256"}', JSON.stringify(payload)].map((p) => Buffer.from(p).toString('base64url')).join('.') + '.c2ln';

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
