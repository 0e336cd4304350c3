// The LOG-01 check that runs after the e2e suite (e2e/global-teardown.ts) finds every kind of secret it is meant
// to find, and leaves redacted lines and prose alone.
import { describe, expect, it } from 'vitest';
import { findSecrets } from '@/e2e/global-teardown';

const hits = (line: string, literals: string[] = []) => findSecrets(line, 'server.log', literals).map((f) => f.what);

describe('findSecrets', () => {
  it('finds canaries, tokens, credentials, cookie values and literal upstream tokens', () => {
    expect(hits('password CANARY-PW-abc leaked')).toEqual(['canary password or kubeconfig token']);
    expect(hits('users: [{token: CANARY-KC-x-abc}]')).toEqual(['canary password or kubeconfig token']);
    expect(hits('token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abcdefghijklmnop')).toContain('a JWT or JWE (upstream token or session cookie)');
    expect(hits('Authorization: Basic dXNlckBzYW5kYm94LnRlc3Q6c2FuZGJveA==')).toContain('a Basic or Bearer credential');
    expect(hits('Cookie: console-session=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..abc.def.ghi')).toContain('a session or CSRF cookie value');
    expect(hits('{"headers":{"authorization":"Bearer xyz"}}')).toContain('an authorization or cookie header value');
    expect(hits('the opaque-token-123 leaked', ['opaque-token-123'])).toEqual(['a bearer token the upstream received']);
  });

  it('leaves redacted values and ordinary text alone', () => {
    expect(hits('{"event":"x","authorization":"[redacted]","message":"Bearer [redacted]","cookie":"[redacted]"}')).toEqual([]);
    expect(hits('Basic authentication is required for this endpoint')).toEqual([]);
    expect(hits('{"event":"bff.request","requestId":"c9320f18-c474-4048-b024-823e680650f6","status":200}')).toEqual([]);
  });

  it('names the file and line, never the secret', () => {
    const [finding] = findSecrets('ok\nCANARY-PW-xyz', 'a.log', []);
    expect(finding).toEqual({ file: 'a.log', line: 2, what: 'canary password or kubeconfig token' });
  });
});
