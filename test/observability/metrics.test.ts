// GET /api/metrics: off (404) without METRICS_TOKEN, 401 without the right bearer, Prometheus text 0.0.4 with it.
// A scrape after a few BFF calls and telemetry events shows the counters moved, with route and operation templates
// as labels (never a concrete id) and no credential anywhere.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import * as cluster from '@/app/api/dataplatform/clusters/[clusterId]/route';
import * as metrics from '@/app/api/metrics/route';
import { ActiveSessions } from '@/lib/server/active-sessions';
import { resetMetricsForTests, startMetrics } from '@/lib/server/metrics';
import { createSessionCookieForTests } from '@/lib/server/session';
import { emitTelemetry } from '@/lib/server/telemetry';
import { setUpstreamHealthForTests } from '@/lib/server/upstream-health-adapter';
import { CLUSTER, CONSOLE, TOKEN, USER, apiRequest, clusterBody, ctx, expectError, setEnv, setupBff } from '../bff/harness';
import { parsePrometheus, valueOf } from './prometheus';

const h = setupBff();
const METRICS_TOKEN = 'CANARY-METRICS-0123456789abcdef';
const scrapeRequest = (authorization?: string) => new NextRequest(`${CONSOLE}/api/metrics`, { headers: authorization ? { authorization } : {} });

let now = Date.UTC(2026, 10, 30, 12);
beforeEach(() => {
  now = Date.UTC(2026, 10, 30, 12);
  resetMetricsForTests();
  startMetrics(() => now);
});
afterEach(() => {
  resetMetricsForTests();
  setUpstreamHealthForTests(undefined);
});

async function scrape() {
  const res = await metrics.GET(scrapeRequest(`Bearer ${METRICS_TOKEN}`));
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
  expect(res.headers.get('cache-control')).toBe('no-store');
  const text = await res.text();
  return { text, samples: parsePrometheus(text) };
}

describe('GET /api/metrics access', () => {
  it('is off (404) while METRICS_TOKEN is unset, whatever the bearer', async () => {
    setEnv(h.fake, { METRICS_TOKEN: undefined });
    await expectError(await metrics.GET(scrapeRequest()), 404, 'not_found');
    await expectError(await metrics.GET(scrapeRequest(`Bearer ${METRICS_TOKEN}`)), 404, 'not_found');
  });

  it('401 with a challenge without the bearer, with a wrong one, or with another scheme', async () => {
    setEnv(h.fake, { METRICS_TOKEN });
    for (const authorization of [
      undefined,
      'Bearer wrong-token-0123456789',
      `Bearer ${METRICS_TOKEN}x`,
      `Bearer ${METRICS_TOKEN.slice(0, -1)}`,
      `Basic ${METRICS_TOKEN}`,
      METRICS_TOKEN,
    ]) {
      const res = await metrics.GET(scrapeRequest(authorization));
      await expectError(res, 401, 'unauthenticated');
      expect(res.headers.get('www-authenticate')).toBe('Bearer realm="metrics"');
    }
    // Refused scrapes are logged without the token they carried.
    expect(h.logText()).not.toContain(METRICS_TOKEN.slice(0, 20));
  });
});

describe('GET /api/metrics content', () => {
  it('counts BFF calls by route template and status, upstream attempts, retries, breakers and sign-ins', async () => {
    setEnv(h.fake, { METRICS_TOKEN });
    setUpstreamHealthForTests({
      upstreamHealthSnapshot: () => ({ breakers: { dataplatform: 'closed', auth: 'half-open', cloud: 'open' } }),
      probeUpstream: async () => ({ reachable: true, latencyMs: 1 }),
    });
    const before = (await scrape()).samples;
    const routeLabels = (status: string) => ({ route: '/api/dataplatform/clusters/[clusterId]', method: 'GET', status });

    h.fake.enqueue(
      { json: clusterBody() },
      { json: clusterBody() },
      { status: 404, json: { httpStatus: 404, messages: [{ errorCode: 'x', message: 'gone' }] } },
    );
    for (let i = 0; i < 3; i++) await cluster.GET(apiRequest(h, 'GET', `/api/dataplatform/clusters/${CLUSTER}`), ctx({ clusterId: CLUSTER }));
    await cluster.GET(apiRequest(h, 'GET', `/api/dataplatform/clusters/${CLUSTER}`, { session: false }), ctx({ clusterId: CLUSTER }));

    // What the upstream client and sign-in report through the seam, emitted here as their producers will (on an
    // operation the calls above do not use, so the producer's own events cannot change these counts).
    const lans = 'GET /datacenters/{datacenterId}/lans';
    emitTelemetry({ type: 'upstream.attempt', api: 'cloud', operation: lans, status: 200, durationMs: 40, attempt: 1 });
    emitTelemetry({ type: 'upstream.attempt', api: 'cloud', operation: lans, status: 200, durationMs: 45, attempt: 1 });
    emitTelemetry({ type: 'upstream.attempt', api: 'cloud', operation: lans, cause: 'timeout', durationMs: 300, attempt: 1 });
    emitTelemetry({ type: 'upstream.attempt', api: 'cloud', operation: `GET /datacenters/${CLUSTER}/lans`, status: 200, durationMs: 30, attempt: 2 });
    emitTelemetry({ type: 'upstream.retry', api: 'cloud', operation: lans });
    emitTelemetry({ type: 'breaker.state', api: 'cloud', state: 'open' });
    emitTelemetry({ type: 'signin', via: 'password', outcome: 'success' });
    emitTelemetry({ type: 'signin', via: 'password', outcome: 'failure' });
    emitTelemetry({ type: 'signin', via: 'token', outcome: 'throttled' });
    emitTelemetry({ type: 'session', change: 'started' });

    const { text, samples } = await scrape();
    const delta = (name: string, labels: Record<string, string>) => valueOf(samples, name, labels) - valueOf(before, name, labels);
    expect(delta('console_bff_requests_total', routeLabels('200'))).toBe(2);
    expect(delta('console_bff_requests_total', routeLabels('404'))).toBe(1);
    expect(delta('console_bff_requests_total', routeLabels('401'))).toBe(1);
    expect(delta('console_bff_request_duration_seconds_count', routeLabels('200'))).toBe(2);
    expect(delta('console_bff_requests_total', { route: '/api/metrics', method: 'GET', status: '200' })).toBe(1);
    const operation = { api: 'cloud', operation: lans };
    expect(delta('console_upstream_requests_total', { ...operation, status: '200' })).toBe(2);
    expect(delta('console_upstream_requests_total', { ...operation, cause: 'timeout' })).toBe(1);
    expect(delta('console_upstream_request_duration_seconds_count', operation)).toBe(3);
    expect(delta('console_upstream_requests_total', { api: 'cloud', operation: 'GET /datacenters/{id}/lans', status: '200' })).toBe(1);
    expect(delta('console_upstream_retries_total', operation)).toBe(1);
    expect(valueOf(samples, 'console_upstream_breaker_state', { api: 'cloud', state: 'open' })).toBe(1);
    expect(valueOf(samples, 'console_upstream_breaker_state', { api: 'cloud', state: 'closed' })).toBe(0);
    expect(valueOf(samples, 'console_upstream_breaker_state', { api: 'auth', state: 'half-open' })).toBe(1); // from the snapshot
    expect(delta('console_signins_total', { via: 'password', outcome: 'success' })).toBe(1);
    expect(delta('console_signins_total', { via: 'password', outcome: 'failure' })).toBe(1);
    expect(delta('console_signins_total', { via: 'token', outcome: 'throttled' })).toBe(1);
    expect(delta('console_sessions_total', { change: 'started' })).toBe(1);
    expect(valueOf(samples, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);

    // Bounded labels and nothing secret: no concrete id, no token, no cookie, no user.
    expect(text).not.toContain(CLUSTER);
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain(METRICS_TOKEN);
    expect(text).not.toContain(h.cookie().split('=')[1]!.slice(0, 40));
    expect(text).not.toContain(USER.email);
  });

  it('estimates active sessions: distinct sessions seen within the idle window', async () => {
    setEnv(h.fake, { METRICS_TOKEN, SESSION_IDLE_MINUTES: '30' });
    const other = await createSessionCookieForTests({ token: TOKEN, user: USER });
    h.fake.setFallback({ json: clusterBody() });
    const call = (cookie: string) =>
      cluster.GET(apiRequest(h, 'GET', `/api/dataplatform/clusters/${CLUSTER}`, { headers: { cookie } }), ctx({ clusterId: CLUSTER }));
    await call(h.cookie());
    await call(h.cookie());
    await call(`${other.name}=${other.value}`);
    await cluster.GET(apiRequest(h, 'GET', `/api/dataplatform/clusters/${CLUSTER}`, { session: false }), ctx({ clusterId: CLUSTER }));
    expect(valueOf((await scrape()).samples, 'console_active_sessions')).toBe(2);

    now += 29 * 60_000;
    await call(h.cookie());
    now += 2 * 60_000; // the other session has been idle for 31 minutes now
    const { text, samples } = await scrape();
    expect(valueOf(samples, 'console_active_sessions')).toBe(1);
    expect(text).not.toContain(other.sid);
  });
});

describe('ActiveSessions', () => {
  it('forgets sessions idle longer than the window and never holds more than its bound', () => {
    const sessions = new ActiveSessions(3);
    for (const [key, at] of [
      ['a', 0],
      ['b', 10],
      ['c', 20],
      ['d', 30],
      ['e', 40],
    ] as const)
      sessions.seen(key, at);
    expect(sessions.count(40, 1_000)).toBe(3);
    sessions.seen('c', 100); // seen again: now the most recent
    expect(sessions.count(125, 50)).toBe(1);
    expect(sessions.count(1_000, 50)).toBe(0);
  });
});
