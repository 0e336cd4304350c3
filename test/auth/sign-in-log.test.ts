// What a sign-in leaves in the log and the telemetry (L5, L10): every failure and every refusal is logged with the
// provider, a 16-hex SHA-256 of the account or token, the address group and the reason; never the user name, the
// password, the token or a piece of it. Runs next-auth's authorize() of both providers against the fake upstream.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RequestInternal } from 'next-auth';
import { authOptions } from '@/lib/server/auth/options';
import { accountId, addressGroup } from '@/lib/server/auth/throttle';
import { onTelemetry, type TelemetryEvent } from '@/lib/server/telemetry';
import { setupBff } from '../bff/harness';

const h = setupBff();
const globals = globalThis as { __consoleSignInThrottle?: unknown };
const events: TelemetryEvent[] = [];
let stopListening = () => {};

beforeEach(() => {
  delete globals.__consoleSignInThrottle;
  events.length = 0;
  const stop = onTelemetry((event) => {
    if (event.type === 'signin') events.push(event);
  });
  stopListening = () => void stop();
});
afterEach(() => stopListening());

type Authorize = (credentials: Record<string, string>, req: Pick<RequestInternal, 'headers'>) => Promise<unknown>;
function authorize(id: 'password' | 'token'): Authorize {
  // next-auth keeps a Credentials provider's own settings (its id among them) under `options`.
  const providers = authOptions().providers as unknown as { options: { id: string; authorize: Authorize } }[];
  return providers.find((p) => p.options.id === id)!.options.authorize;
}
const from = (address: string) => ({ headers: { 'x-forwarded-for': address } });
const UNAUTHORIZED = { status: 401, json: { httpStatus: 401, messages: [{ errorCode: 'paas-auth-1', message: 'Unauthorized' }] } };
const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (error: Error) => error.message,
  );
const signInEvents = () => h.logs().filter((line) => String(line.event).startsWith('signin.'));

describe('sign-in log', () => {
  it('logs a wrong password as signin.failure with the hashed account and the address, never the name or password', async () => {
    h.fake.setFallback(UNAUTHORIZED);
    const username = 'Victim.Person@Example.test';
    expect(await codeOf(authorize('password')({ username, password: 'Guess-4711' }, from('::ffff:203.0.113.5')))).toBe('invalid_credentials');
    expect(signInEvents()).toEqual([
      expect.objectContaining({
        level: 'warn',
        event: 'signin.failure',
        via: 'password',
        account: accountId('password', username.toLowerCase()),
        address: '203.0.113.5',
        reason: 'invalid_credentials',
      }),
    ]);
    expect(accountId('password', 'x')).toMatch(/^password:[0-9a-f]{16}$/);
    expect(h.logText()).not.toMatch(/victim|Guess-4711/i);
    expect(events).toEqual([{ type: 'signin', via: 'password', outcome: 'failure' }]);
  });

  it('logs a throttled token by its hash, never a slice of it', async () => {
    h.fake.setFallback(UNAUTHORIZED);
    const token = 'opaque-token-value-CANARYTAIL123456';
    for (let i = 0; i < 3; i++) expect(await codeOf(authorize('token')({ token }, from('2001:db8:7:8::1')))).toBe('invalid_credentials');
    expect(await codeOf(authorize('token')({ token }, from('2001:db8:7:8::2')))).toBe('too_many_attempts');
    const lines = signInEvents();
    expect(lines.map((line) => [line.event, line.reason ?? line.rule])).toEqual([
      ['signin.failure', 'invalid_credentials'],
      ['signin.failure', 'invalid_credentials'],
      ['signin.failure', 'invalid_credentials'],
      ['signin.throttled', 'pair'],
    ]);
    for (const line of lines) expect(line).toMatchObject({ via: 'token', account: accountId('token', token), address: '2001:db8:7:8::/64' });
    expect(h.logText()).not.toMatch(/CANARY|TAIL|123456|opaque/);
    expect(events.map((e) => (e.type === 'signin' ? e.outcome : e.type))).toEqual(['failure', 'failure', 'failure', 'throttled']);
  });

  it('logs malformed input, and counts a success and an unreachable upstream', async () => {
    expect(await codeOf(authorize('password')({ username: 'someone@example.test', password: '' }, from('198.51.100.7')))).toBe('invalid_credentials');
    expect(signInEvents()).toEqual([
      expect.objectContaining({ event: 'signin.failure', via: 'password', reason: 'malformed', address: '198.51.100.7' }),
    ]);
    h.fake.enqueue({ status: 200, json: { versions: [] } });
    expect(await codeOf(authorize('token')({ token: 'opaque-token-value-0123456789' }, from('198.51.100.7')))).toBe('ok');
    h.fake.setFallback({ status: 503, json: { httpStatus: 503, messages: [] } });
    expect(await codeOf(authorize('token')({ token: 'opaque-token-value-9876543210' }, from('198.51.100.7')))).toBe('upstream_unavailable');
    expect(events.map((e) => (e.type === 'signin' ? e.outcome : e.type))).toEqual(['failure', 'success', 'error']);
    expect(h.logText()).not.toMatch(/0123456789|9876543210|someone/);
  });
});

describe('address groups (L8)', () => {
  it('counts an IPv4-mapped address as its IPv4 address and IPv6 by /64', () => {
    expect(addressGroup('::ffff:127.0.0.71')).toBe('127.0.0.71');
    expect(addressGroup('::FFFF:7f00:1')).toBe('127.0.0.1');
    expect(addressGroup('127.0.0.71')).toBe('127.0.0.71');
    expect(addressGroup('2001:db8:1:2:3:4:5:6')).toBe('2001:db8:1:2::/64');
    expect(addressGroup('2001:0db8:0001:0002::9')).toBe('2001:db8:1:2::/64');
    expect(addressGroup('[2001:db8:1:2::9]')).toBe('2001:db8:1:2::/64');
    expect(addressGroup('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(addressGroup('2001:db8:1:3::9')).toBe('2001:db8:1:3::/64');
    expect(addressGroup('::1')).toBe('0:0:0:0::/64');
    expect(addressGroup('unknown')).toBe('unknown');
    expect(addressGroup('not an address')).toBe('unknown');
  });
});
