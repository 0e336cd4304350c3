// The upstream client used directly (as sign-in uses it): the Auth API operations, credential and contract-number
// checks, the token-minting GET never retried, Retry-After parsing, the proxy dispatcher and certificate pinning.
import type { PeerCertificate } from 'node:tls';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Agent, ProxyAgent } from 'undici';
import { HttpError } from '@/lib/server/errors';
import { callUpstream, UpstreamError } from '@/lib/server/upstream/client';
import { exchangeDeadline, pinnedIdentityCheck, upstreamDispatcher } from '@/lib/server/upstream/dispatcher';
import { backoffMs } from '@/lib/server/upstream/retry';
import { parseRetryAfter } from '@/lib/shared/http';
import { startConnectProxy } from './connect-proxy';
import { CLUSTER, setEnv, setupBff } from './harness';

const h = setupBff();
// The harness's 300 ms deadline suits the tests about deadlines; any other test could meet it on a busy machine,
// and then the deadline, not what the test is about, decides the outcome. Those get a deadline they cannot reach.
// (setEnv sets the 300 ms again unless told otherwise.)
const roomy = (extra: Record<string, string | undefined> = {}) => setEnv(h.fake, { UPSTREAM_TIMEOUT_MS: '15000', ...extra });
const deadline300 = () => setEnv(h.fake, { UPSTREAM_TIMEOUT_MS: '300' });
beforeEach(() => roomy());
const basic = `Basic ${Buffer.from('ada@example.test:CANARY-PW-1').toString('base64')}`;

describe('Auth API calls for sign-in and sign-out', () => {
  it('mints a token with GET /tokens/generate?ttl=N, Basic auth, X-Contract-Number', async () => {
    h.fake.enqueue({ json: { token: 'eyJ.a.b' } });
    const res = await callUpstream({
      api: 'auth',
      method: 'GET',
      template: '/tokens/generate',
      query: { ttl: '43200' },
      authorization: basic,
      contractNumber: '31415',
    });
    expect(res).toMatchObject({ status: 200, body: { token: 'eyJ.a.b' }, attempts: 1 });
    expect(h.fake.requests[0]).toMatchObject({ method: 'GET', url: '/auth/v1/tokens/generate?ttl=43200' });
    expect(h.fake.requests[0]?.headers.authorization).toBe(basic);
    expect(h.fake.requests[0]?.headers['x-contract-number']).toBe('31415');
  });

  it('never retries the token-minting GET after a lost answer or a 503 (it has a side effect)', async () => {
    h.fake.setFallback({ status: 503, json: {} });
    const res = await callUpstream({ api: 'auth', method: 'GET', template: '/tokens/generate', query: { ttl: '60' }, authorization: basic });
    expect(res.status).toBe(503);
    deadline300();
    h.fake.setFallback({ hang: true });
    await expect(callUpstream({ api: 'auth', method: 'GET', template: '/tokens/generate', authorization: basic })).rejects.toMatchObject({
      status: 504,
      code: 'timeout',
    });
    expect(h.fake.requests).toHaveLength(2);
  });

  it('revokes with DELETE /tokens?criteria=CURRENT and DELETE /tokens/{tokenId}', async () => {
    h.fake.setFallback({ json: {} });
    await callUpstream({ api: 'auth', method: 'DELETE', template: '/tokens', query: { criteria: 'CURRENT' }, authorization: 'Bearer t' });
    await callUpstream({ api: 'auth', method: 'DELETE', template: '/tokens/{tokenId}', params: { tokenId: CLUSTER }, authorization: 'Bearer t' });
    expect(h.fake.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      'DELETE /auth/v1/tokens?criteria=CURRENT',
      `DELETE /auth/v1/tokens/${CLUSTER}`,
    ]);
  });

  it('refuses what the mapper or the header rules refuse, before any network use', async () => {
    const calls = [
      callUpstream({ api: 'auth', method: 'GET', template: '/tokens/generate', query: { ttl: '0' }, authorization: basic }),
      callUpstream({ api: 'auth', method: 'DELETE', template: '/tokens', query: { criteria: 'EVERYONE' }, authorization: basic }),
      callUpstream({ api: 'auth', method: 'DELETE', template: '/tokens/{tokenId}', params: { tokenId: '../generate' }, authorization: basic }),
      callUpstream({ api: 'dataplatform', method: 'GET', template: '/versions', authorization: 'Bearer a\r\nX-Inj: 1' }),
      callUpstream({ api: 'dataplatform', method: 'GET', template: '/versions', authorization: 'Bearer ' }),
      callUpstream({ api: 'dataplatform', method: 'GET', template: '/versions', authorization: 'Token x' }),
      callUpstream({ api: 'dataplatform', method: 'GET', template: '/versions', authorization: basic, contractNumber: '1 OR 1' }),
    ];
    const results = await Promise.allSettled(calls);
    for (const result of results) {
      expect(result.status).toBe('rejected');
      expect((result as PromiseRejectedResult).reason).toBeInstanceOf(HttpError);
    }
    expect(results.map((r) => ((r as PromiseRejectedResult).reason as HttpError).status)).toEqual([400, 400, 400, 401, 401, 401, 400]);
    expect(h.fake.requests).toHaveLength(0);
  });

  it('throws typed UpstreamErrors with readable messages', async () => {
    deadline300();
    h.fake.setFallback({ hang: true });
    const error = await callUpstream({ api: 'dataplatform', method: 'GET', template: '/versions', authorization: 'Bearer t' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({ status: 504, code: 'timeout', message: 'The IONOS API did not answer within 0.3 seconds.' });
  });
});

describe('Retry-After and backoff', () => {
  const now = Date.parse('2026-03-01T12:00:00Z');
  it('reads seconds and HTTP-dates, ignores garbage', () => {
    expect(parseRetryAfter('3', now)).toBe(3);
    expect(parseRetryAfter(' 120 ', now)).toBe(120);
    expect(parseRetryAfter('Sun, 01 Mar 2026 12:00:05 GMT', now)).toBe(5);
    expect(parseRetryAfter('Sunday, 01-Mar-26 12:00:05 GMT', now)).toBe(5);
    expect(parseRetryAfter('Sun, 01 Mar 2026 11:00:00 GMT', now)).toBe(0);
    for (const junk of [null, '', '-1', '1.5', 'soon', '2026-03-01T12:00:05Z', '1e3']) expect(parseRetryAfter(junk, now)).toBeUndefined();
  });

  it('full jitter stays within min(cap, base·2^n)', () => {
    for (let attempt = 1; attempt < 10; attempt += 1) {
      expect(backoffMs(attempt, () => 0)).toBe(0);
      expect(backoffMs(attempt, () => 0.9999)).toBeLessThan(Math.min(4000, 250 * 2 ** (attempt - 1)));
    }
  });
});

describe('dispatcher', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('an exchange deadline aborts with a TimeoutError after its time, and not once cleared', () => {
    vi.useFakeTimers();
    const spent = exchangeDeadline(1000);
    const cleared = exchangeDeadline(1000);
    cleared.clear();
    vi.advanceTimersByTime(999);
    expect(spent.signal.aborted).toBe(false);
    vi.advanceTimersByTime(1);
    expect(spent.signal.aborted).toBe(true);
    expect((spent.signal.reason as DOMException).name).toBe('TimeoutError');
    vi.advanceTimersByTime(5000);
    expect(cleared.signal.aborted).toBe(false);
  });

  // Under load a deadline left scheduled kept its signal and what its listeners hold alive until it fired, thousands
  // at a time (README "Performance": the load rows). Each attempt's deadline is one timer, cleared as the attempt ends.
  it("each attempt's deadline timer is cleared when the attempt ends, answered or failed", async () => {
    const deadlines = new Set<unknown>();
    const realSet = globalThis.setTimeout;
    const realClear = globalThis.clearTimeout;
    vi.spyOn(globalThis, 'setTimeout').mockImplementation(((fn: () => void, ms?: number) => {
      const timer = realSet(fn, ms);
      if ((ms ?? 0) > 10_000) deadlines.add(timer);
      return timer;
    }) as typeof setTimeout);
    const cleared = new Set<unknown>();
    vi.spyOn(globalThis, 'clearTimeout').mockImplementation(((timer?: Parameters<typeof clearTimeout>[0]) => {
      if (deadlines.has(timer)) cleared.add(timer);
      realClear(timer);
    }) as typeof clearTimeout);
    h.fake.enqueue({ json: { items: [] } });
    h.fake.enqueue({ status: 503, json: {} });
    h.fake.enqueue({ json: { items: [] } });
    await callUpstream({ api: 'dataplatform', method: 'GET', template: '/versions', authorization: 'Bearer t' });
    const retried = await callUpstream({ api: 'dataplatform', method: 'GET', template: '/versions', authorization: 'Bearer t' });
    expect(retried.attempts).toBe(2);
    expect(deadlines.size).toBe(3);
    expect(cleared).toEqual(deadlines);
  });

  it("always undici's own (never Next's patched global fetch): a plain Agent, a ProxyAgent for a proxy", () => {
    const plain = upstreamDispatcher({ httpProxy: undefined, pinnedCert: undefined });
    expect(plain).toBeInstanceOf(Agent);
    expect(plain).not.toBeInstanceOf(ProxyAgent);
    expect(upstreamDispatcher({ httpProxy: undefined, pinnedCert: undefined })).toBe(plain);
    expect(upstreamDispatcher({ httpProxy: undefined, pinnedCert: 'AB'.repeat(32) })).toBeInstanceOf(Agent);
    expect(upstreamDispatcher({ httpProxy: 'http://127.0.0.1:1', pinnedCert: undefined })).toBeInstanceOf(ProxyAgent);
  });

  it('IONOS_HTTP_PROXY: calls go through the proxy (CONNECT to the upstream)', async () => {
    const proxy = await startConnectProxy();
    try {
      roomy({ IONOS_HTTP_PROXY: proxy.url });
      h.fake.enqueue({ json: { items: [] } });
      const res = await callUpstream({ api: 'dataplatform', method: 'GET', template: '/versions', authorization: 'Bearer t' });
      expect(res.status).toBe(200);
      expect(proxy.tunnels).toEqual([`127.0.0.1:${h.fake.port}`]);
      expect(h.fake.requests[0]?.headers.authorization).toBe('Bearer t');
    } finally {
      setEnv(h.fake, { IONOS_HTTP_PROXY: undefined });
      upstreamDispatcher({ httpProxy: undefined, pinnedCert: undefined });
      await proxy.close();
    }
  });

  it("IONOS_PINNED_CERT: the peer certificate's SHA-256 fingerprint must match", () => {
    const fingerprint = 'AB'.repeat(32);
    const cert = {
      subject: { CN: 'api.ionos.com' },
      subjectaltname: 'DNS:api.ionos.com',
      fingerprint256: fingerprint.match(/../g)?.join(':'),
    } as unknown as PeerCertificate;
    const check = pinnedIdentityCheck(fingerprint);
    expect(check('api.ionos.com', cert)).toBeUndefined();
    expect(pinnedIdentityCheck('CD'.repeat(32))('api.ionos.com', cert)?.message).toMatch(/IONOS_PINNED_CERT/);
    expect(check('evil.example', cert)).toBeInstanceOf(Error);
  });
});
