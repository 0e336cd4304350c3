// Why an upstream call failed, over real TLS and real sockets: certificate pinning, untrusted, expired and
// misnamed certificates, DNS, a refused connection, a timeout and a dropped connection each give their own
// cause in the `upstream.failure` log line, the telemetry and the health snapshot, and never a secret.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { exchangePassword } from '@/lib/server/auth/ionos-auth';
import {
  onTelemetry,
  setUpstreamTracer,
  withRequestContext,
  type TelemetryEvent,
  type UpstreamFailureCause,
  type UpstreamSpanInfo,
} from '@/lib/server/telemetry';
import { callUpstream, configureUpstreamForTests, UpstreamError } from '@/lib/server/upstream/client';
import { trustCaForTests } from '@/lib/server/upstream/dispatcher';
import { probeUpstream, upstreamHealthSnapshot } from '@/lib/server/upstream/health';
import { CLUSTER, TOKEN, setEnv, setupBff } from './harness';
import { closedPort, makeCert, startTlsUpstream, type TestCert, type TlsUpstream } from './tls-fixtures';

const h = setupBff();
const BEARER = `Bearer ${TOKEN}`;

let good: TestCert;
let expired: TestCert;
let misnamed: TestCert;
let upstream: TlsUpstream;

beforeAll(async () => {
  good = makeCert(['DNS:localhost', 'IP:127.0.0.1'], 2);
  expired = makeCert(['DNS:localhost', 'IP:127.0.0.1'], -1);
  misnamed = makeCert(['DNS:other.example'], 2);
  upstream = await startTlsUpstream(good);
});
// Nothing here but the timeout cases tests the deadline: a busy machine must not be able to reach it.
beforeEach(() => setEnv(h.fake, { UPSTREAM_TIMEOUT_MS: '15000' }));
afterAll(async () => {
  setEnv(h.fake, { IONOS_PINNED_CERT: undefined });
  await upstream?.close();
});

/**
 * Points the client at `origin`: no pin or proxy unless given, one attempt per call (one failure line per case),
 * and a deadline a TLS handshake on a busy machine cannot reach (the timeout cases pass a short one).
 */
function useUpstream(origin: string, extra: Record<string, string | undefined> = {}): void {
  setEnv(h.fake, {
    IONOS_API_URL: origin,
    IONOS_PINNED_CERT: undefined,
    IONOS_HTTP_PROXY: undefined,
    UPSTREAM_MAX_ATTEMPTS: '1',
    UPSTREAM_TIMEOUT_MS: '15000',
    ...extra,
  });
}
const SHORT_DEADLINE = { UPSTREAM_TIMEOUT_MS: '300' };

const versions = () => callUpstream({ api: 'dataplatform', method: 'GET', template: '/versions', authorization: BEARER });
const failures = () => h.logs().filter((entry) => entry.event === 'upstream.failure');

/** Calls GET /versions expecting a failure with `cause`; checks the error, the one log line and the absence of the token. */
async function expectCause(cause: UpstreamFailureCause, code: string | RegExp, status = 502): Promise<void> {
  const error = await versions().catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UpstreamError);
  expect(error).toMatchObject({ status, failure: { cause } });
  expect(failures()).toEqual([
    expect.objectContaining({ level: 'warn', api: 'dataplatform', operation: 'GET /versions', attempt: 1, cause, code: expect.stringMatching(code) }),
  ]);
  expect(h.logText()).not.toContain(TOKEN);
  expect(h.logText()).not.toMatch(/authorization/i);
  expect(upstreamHealthSnapshot().lastFailure).toMatchObject({ api: 'dataplatform', cause, at: expect.any(String) });
}

describe('certificate pinning over TLS (IONOS_PINNED_CERT)', () => {
  it('the right fingerprint works', async () => {
    trustCaForTests(good.cert);
    useUpstream(upstream.origin, { IONOS_PINNED_CERT: good.fingerprint });
    upstream.authorizations.length = 0;
    const res = await versions();
    expect(res).toMatchObject({ status: 200, body: { items: [] } });
    expect(upstream.authorizations).toEqual([BEARER]);
    expect(upstreamHealthSnapshot().lastSuccessAt).toEqual(expect.any(String));
  });

  it('a wrong one is refused before any request is sent, and not retried', async () => {
    trustCaForTests(good.cert);
    useUpstream(upstream.origin, { IONOS_PINNED_CERT: 'AB'.repeat(32), UPSTREAM_MAX_ATTEMPTS: '3' });
    upstream.authorizations.length = 0;
    await expectCause('certificate_pin_mismatch', 'ERR_IONOS_PINNED_CERT_MISMATCH');
    expect(upstream.authorizations).toEqual([]);
    expect(h.sleeps).toEqual([]);
  });
});

describe('certificate failures without pinning', () => {
  it("an untrusted certificate (self-signed, no CA given) through Node's fetch", async () => {
    useUpstream(upstream.origin);
    await expectCause('certificate_untrusted', 'DEPTH_ZERO_SELF_SIGNED_CERT');
  });

  it('an untrusted certificate through the pinning dispatcher', async () => {
    useUpstream(upstream.origin, { IONOS_PINNED_CERT: good.fingerprint });
    await expectCause('certificate_untrusted', 'DEPTH_ZERO_SELF_SIGNED_CERT');
  });

  it('an expired certificate', async () => {
    const server = await startTlsUpstream(expired);
    try {
      trustCaForTests(expired.cert);
      useUpstream(server.origin);
      await expectCause('certificate_expired', 'CERT_HAS_EXPIRED');
    } finally {
      await server.close();
    }
  });

  it('a certificate for another host name', async () => {
    const server = await startTlsUpstream(misnamed);
    try {
      trustCaForTests(misnamed.cert);
      useUpstream(server.origin);
      await expectCause('certificate_hostname_mismatch', 'ERR_TLS_CERT_ALTNAME_INVALID');
    } finally {
      await server.close();
    }
  });
});

describe('network failures', () => {
  it('a refused connection (nothing listens on the port)', async () => {
    useUpstream(`https://127.0.0.1:${await closedPort()}`);
    await expectCause('connection_refused', 'ECONNREFUSED');
  });

  it('a name that does not resolve (.invalid never does)', async () => {
    // A slow resolver must still lose against the deadline: EAI_AGAIN after its retries is a DNS cause too.
    useUpstream('https://console-upstream.invalid');
    await expectCause('dns', /^(ENOTFOUND|EAI_AGAIN)$/);
  });

  it('an upstream that does not answer within the deadline', async () => {
    trustCaForTests(good.cert);
    useUpstream(upstream.origin, SHORT_DEADLINE);
    upstream.setMode('hang');
    try {
      await expectCause('timeout', 'UPSTREAM_TIMEOUT', 504);
    } finally {
      upstream.setMode('answer');
    }
  });

  it('a connection the upstream drops', async () => {
    trustCaForTests(good.cert);
    useUpstream(upstream.origin);
    upstream.setMode('drop');
    try {
      await expectCause('connection_reset', /^(UND_ERR_SOCKET|ECONNRESET)$/);
    } finally {
      upstream.setMode('answer');
    }
  });
});

describe('messages of a lost answer', () => {
  it('a sign-in (token exchange GET) says "could not be reached", never "the change may still be in progress"', async () => {
    useUpstream(`http://127.0.0.1:${await closedPort()}`);
    await expect(exchangePassword('ada@example.test', 'CANARY-PW-secret')).rejects.toMatchObject({ code: 'upstream_unavailable' });
    const signin = h.logs().find((entry) => entry.event === 'signin.upstream-error');
    expect(signin?.message).toBe('The IONOS API could not be reached. Try again in a moment.');
    expect(failures()).toEqual([expect.objectContaining({ api: 'auth', operation: 'GET /tokens/generate', cause: 'connection_refused' })]);
    expect(h.logText()).not.toContain('CANARY-PW-secret');
    expect(h.logText()).not.toContain(Buffer.from('ada@example.test:CANARY-PW-secret').toString('base64'));
  });

  it('POST, PATCH and DELETE say the change may still be in progress; GET does not', async () => {
    useUpstream(`http://127.0.0.1:${await closedPort()}`);
    const message = (call: Promise<unknown>) =>
      call.then(
        () => '',
        (e: unknown) => (e as Error).message,
      );
    const del = await message(
      callUpstream({ api: 'auth', method: 'DELETE', template: '/tokens', query: { criteria: 'CURRENT' }, authorization: BEARER }),
    );
    const post = await message(callUpstream({ api: 'dataplatform', method: 'POST', template: '/clusters', body: {}, authorization: BEARER }));
    const patch = await message(
      callUpstream({
        api: 'dataplatform',
        method: 'PATCH',
        template: '/clusters/{clusterId}',
        params: { clusterId: CLUSTER },
        body: {},
        authorization: BEARER,
      }),
    );
    for (const text of [del, post, patch])
      expect(text).toBe('The IONOS API could not be reached. The change may still be in progress: refresh to check before trying again.');
    expect(await message(versions())).toBe('The IONOS API could not be reached. Try again in a moment.');
  });
});

describe('telemetry of upstream attempts', () => {
  it('one upstream.attempt per attempt (status or cause), one upstream.retry per retry', async () => {
    const events: TelemetryEvent[] = [];
    const off = onTelemetry((event) => events.push(event));
    try {
      h.fake.enqueue({ drop: 'before-headers' }, { status: 503, json: {} }, { json: { items: [] } });
      const res = await versions();
      expect(res.status).toBe(200);
    } finally {
      off();
    }
    const attempts = events.filter((e) => e.type === 'upstream.attempt');
    expect(attempts).toEqual([
      expect.objectContaining({
        api: 'dataplatform',
        operation: 'GET /versions',
        attempt: 1,
        cause: 'connection_reset',
        durationMs: expect.any(Number),
      }),
      expect.objectContaining({ attempt: 2, status: 503 }),
      expect.objectContaining({ attempt: 3, status: 200 }),
    ]);
    expect(attempts[0]).not.toHaveProperty('status');
    expect(attempts[1]).not.toHaveProperty('cause');
    expect(events.filter((e) => e.type === 'upstream.retry')).toEqual([
      { type: 'upstream.retry', api: 'dataplatform', operation: 'GET /versions' },
      { type: 'upstream.retry', api: 'dataplatform', operation: 'GET /versions' },
    ]);
  });
});

describe('breaker transitions, spans and request ids', () => {
  it('breaker.state on every transition: open, half-open, closed; the snapshot follows', async () => {
    let clock = 1_000_000;
    configureUpstreamForTests({ now: () => clock, breaker: { threshold: 3, cooldownMs: 1_000 }, sleep: async () => undefined });
    const events: TelemetryEvent[] = [];
    const off = onTelemetry((event) => events.push(event));
    try {
      h.fake.setFallback({ status: 503, json: {} });
      expect((await versions()).status).toBe(503);
      expect(upstreamHealthSnapshot().breakers).toEqual({ dataplatform: 'open', auth: 'closed', cloud: 'closed' });
      await expect(versions()).rejects.toMatchObject({ code: 'circuit_open' });
      clock += 1_001;
      expect(upstreamHealthSnapshot().breakers.dataplatform).toBe('half-open');
      h.fake.setFallback({ json: { items: [] } });
      expect((await versions()).status).toBe(200);
    } finally {
      off();
    }
    expect(events.filter((e) => e.type === 'breaker.state')).toEqual([
      { type: 'breaker.state', api: 'dataplatform', state: 'open' },
      { type: 'breaker.state', api: 'dataplatform', state: 'half-open' },
      { type: 'breaker.state', api: 'dataplatform', state: 'closed' },
    ]);
    expect(events).toContainEqual({
      type: 'upstream.attempt',
      api: 'dataplatform',
      operation: 'GET /versions',
      cause: 'circuit_open',
      durationMs: 0,
      attempt: 1,
    });
    expect(upstreamHealthSnapshot().breakers.dataplatform).toBe('closed');
  });

  it("each attempt runs in the tracer's span; failure lines carry the request id of the context", async () => {
    const spans: UpstreamSpanInfo[] = [];
    setUpstreamTracer(async (info, run) => {
      spans.push(info);
      return run();
    });
    try {
      h.fake.enqueue({ drop: 'before-headers' }, { json: { items: [] } });
      const res = await withRequestContext({ requestId: 'req-0042' }, () => versions());
      expect(res.status).toBe(200);
    } finally {
      setUpstreamTracer(undefined);
    }
    expect(spans).toEqual([
      { api: 'dataplatform', operation: 'GET /versions', method: 'GET' },
      { api: 'dataplatform', operation: 'GET /versions', method: 'GET' },
    ]);
    expect(failures()).toEqual([expect.objectContaining({ requestId: 'req-0042', attempt: 1, cause: 'connection_reset' })]);
  });
});

describe('probeUpstream', () => {
  it('one unauthenticated GET through the pinning dispatcher: any answer (401 included) is reachable', async () => {
    trustCaForTests(good.cert);
    useUpstream(upstream.origin, { IONOS_PINNED_CERT: good.fingerprint });
    upstream.authorizations.length = 0;
    const probe = await probeUpstream();
    expect(probe).toEqual({ reachable: true, status: 401, latencyMs: expect.any(Number) });
    expect(upstream.authorizations).toEqual([undefined]);
  });

  it('a wrong pin, a refused connection: unreachable, with the cause', async () => {
    trustCaForTests(good.cert);
    useUpstream(upstream.origin, { IONOS_PINNED_CERT: 'CD'.repeat(32) });
    expect(await probeUpstream()).toEqual({ reachable: false, cause: 'certificate_pin_mismatch', latencyMs: expect.any(Number) });
    useUpstream(`http://127.0.0.1:${await closedPort()}`);
    expect(await probeUpstream()).toEqual({ reachable: false, cause: 'connection_refused', latencyMs: expect.any(Number) });
    expect(failures().map((entry) => entry.cause)).toEqual(['certificate_pin_mismatch', 'connection_refused']);
    expect(upstreamHealthSnapshot().lastFailure).toMatchObject({ api: 'dataplatform', cause: 'connection_refused' });
  });

  it('a hanging upstream: unreachable after the configured timeout', async () => {
    trustCaForTests(good.cert);
    useUpstream(upstream.origin, SHORT_DEADLINE);
    upstream.setMode('hang');
    try {
      expect(await probeUpstream()).toMatchObject({ reachable: false, cause: 'timeout' });
    } finally {
      upstream.setMode('answer');
    }
  });
});
