// GET /api/health and GET /api/ready: public, JSON, no-store, nothing secret, and cheap — the upstream is probed at
// most once per 10 s however many probes arrive (concurrent ones share one probe). The upstream health source is
// scripted through the adapter (lib/server/upstream-health-adapter.ts); Redis is a real redis-server.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import type { Redis } from 'ioredis';
import * as health from '@/app/api/health/route';
import * as ready from '@/app/api/ready/route';
import { PROBE_INTERVAL_MS, resetReadinessForTests } from '@/lib/server/readiness';
import { setUpstreamHealthForTests } from '@/lib/server/upstream-health-adapter';
import type { UpstreamHealthSnapshot, UpstreamProbe } from '@/lib/server/upstream/health';
import { CONSOLE, expectJsonApiAnswer, readJson, setEnv, setupBff } from '../bff/harness';
import { freePort, startRedisServer } from '../support/redis-server';

const h = setupBff();
const get = (path: string) => new NextRequest(`${CONSOLE}${path}`, { headers: { 'user-agent': 'kube-probe/1.31' } });

/** A scripted upstream health source that counts its probes; `hold()` keeps the next probes pending. */
function scriptedUpstream(
  answer: UpstreamProbe,
  snapshot: UpstreamHealthSnapshot = { breakers: { dataplatform: 'closed', auth: 'closed', cloud: 'closed' } },
) {
  let release: (() => void) | undefined;
  let gate: Promise<void> | undefined;
  const source = {
    probes: 0,
    answer,
    snapshot,
    hold() {
      gate = new Promise<void>((resolve) => (release = resolve));
    },
    release() {
      release?.();
      gate = undefined;
    },
    upstreamHealthSnapshot: () => source.snapshot,
    async probeUpstream() {
      source.probes += 1;
      if (gate) await gate;
      return source.answer;
    },
  };
  setUpstreamHealthForTests(source);
  return source;
}

let now = 1_000_000;
beforeEach(() => {
  now = 1_000_000;
  resetReadinessForTests(() => now);
});
afterEach(() => setUpstreamHealthForTests(undefined));

describe('GET /api/health', () => {
  it('answers 200 JSON without a session, calls nothing upstream and never probes', async () => {
    const source = scriptedUpstream({ reachable: false, cause: 'timeout', latencyMs: 1 });
    const res = await health.GET(get('/api/health'));
    expect(res.status).toBe(200);
    expectJsonApiAnswer(res);
    expect(await readJson(res)).toEqual({ status: 'ok', uptimeSeconds: expect.any(Number) });
    expect(source.probes).toBe(0);
    expect(h.fake.requests).toHaveLength(0);
    expect(h.logs()).toEqual([]); // probes are counted, not logged
  });
});

describe('GET /api/ready', () => {
  it('200 with per-check details when the upstream is reachable and Redis is not configured', async () => {
    scriptedUpstream(
      { reachable: true, status: 401, latencyMs: 12.4 },
      {
        breakers: { dataplatform: 'closed', auth: 'half-open', cloud: 'closed' },
        lastSuccessAt: '2026-11-30T12:00:00.000Z',
        lastFailure: { api: 'auth', cause: 'timeout', at: '2026-11-30T11:00:00.000Z' },
      },
    );
    const res = await ready.GET(get('/api/ready'));
    expect(res.status).toBe(200);
    expectJsonApiAnswer(res);
    expect(await readJson(res)).toEqual({
      status: 'ready',
      checks: {
        config: { status: 'ok' },
        redis: { status: 'not configured' },
        upstream: {
          status: 'ok',
          reachable: true,
          httpStatus: 401,
          latencyMs: 12,
          checkedAt: new Date(now).toISOString(),
          breakers: { dataplatform: 'closed', auth: 'half-open', cloud: 'closed' },
          lastFailure: { api: 'auth', cause: 'timeout', at: '2026-11-30T11:00:00.000Z' },
          lastSuccessAt: '2026-11-30T12:00:00.000Z',
        },
      },
    });
  });

  it('503 with the cause and breaker states when the upstream is unreachable; no URL or host in the answer', async () => {
    scriptedUpstream(
      { reachable: false, cause: 'connection_refused', latencyMs: 3 },
      {
        breakers: { dataplatform: 'open', auth: 'closed', cloud: 'closed' },
        lastFailure: { api: 'dataplatform', cause: 'connection_refused', at: '2026-11-30T11:00:00.000Z' },
      },
    );
    const res = await ready.GET(get('/api/ready'));
    expect(res.status).toBe(503);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const text = await res.text();
    const body = JSON.parse(text) as { status: string; checks: { upstream: Record<string, unknown> } };
    expect(body.status).toBe('not ready');
    expect(body.checks.upstream).toMatchObject({
      status: 'failed',
      reachable: false,
      cause: 'connection_refused',
      breakers: { dataplatform: 'open' },
    });
    expect(text).not.toContain('127.0.0.1');
    expect(text).not.toContain(String(h.fake.port));
    expect(text).not.toMatch(/secret|NEXTAUTH/i);
    expect(h.logs().find((line) => line.event === 'ready.failed')).toMatchObject({
      upstream: 'failed',
      cause: 'connection_refused',
      requestId: res.headers.get('x-request-id'),
    });
  });

  it('a probe that throws counts as unreachable instead of failing the endpoint', async () => {
    const source = scriptedUpstream({ reachable: true, latencyMs: 1 });
    source.probeUpstream = async () => {
      source.probes += 1;
      throw new Error('boom at http://user:pw@example.invalid');
    };
    const res = await ready.GET(get('/api/ready'));
    expect(res.status).toBe(503);
    const text = await res.text();
    expect(JSON.parse(text).checks.upstream).toMatchObject({ status: 'failed', cause: 'other' });
    expect(text).not.toContain('pw@');
  });

  it('50 concurrent checks share one probe, and the answer is reused for 10 s', async () => {
    const source = scriptedUpstream({ reachable: true, status: 200, latencyMs: 5 });
    source.hold();
    const pending = Array.from({ length: 50 }, () => ready.GET(get('/api/ready')));
    await Promise.resolve();
    source.release();
    const answers = await Promise.all(pending);
    expect(answers.map((res) => res.status)).toEqual(Array(50).fill(200));
    expect(source.probes).toBe(1);

    now += PROBE_INTERVAL_MS - 1;
    source.answer = { reachable: false, cause: 'timeout', latencyMs: 5 };
    expect((await ready.GET(get('/api/ready'))).status).toBe(200); // still the cached answer
    expect(source.probes).toBe(1);

    now += 1;
    expect((await ready.GET(get('/api/ready'))).status).toBe(503); // a new probe, which failed
    expect(source.probes).toBe(2);
    expect(h.fake.requests).toHaveLength(0);
  });

  it('reports the upstream as not checked while no health source is wired', async () => {
    setUpstreamHealthForTests(null);
    const res = await ready.GET(get('/api/ready'));
    expect(res.status).toBe(200);
    expect((await readJson(res)).checks).toMatchObject({ upstream: { status: 'not checked' } });
  });
});

describe('GET /api/ready with Redis', () => {
  let redis: Awaited<ReturnType<typeof startRedisServer>>;
  beforeAll(async () => {
    redis = await startRedisServer();
  });
  afterEach(() => {
    const shared = globalThis as { __consoleRedis?: { client: Redis } };
    shared.__consoleRedis?.client.disconnect();
    delete shared.__consoleRedis;
  });
  afterAll(() => redis.stop());

  it('PINGs the shared connection: ok when Redis answers, without opening a connection per request', async () => {
    setEnv(h.fake, { REDIS_URL: redis.url });
    scriptedUpstream({ reachable: true, status: 200, latencyMs: 1 });
    for (let i = 0; i < 3; i++) {
      const res = await ready.GET(get('/api/ready'));
      expect(res.status).toBe(200);
      expect((await readJson(res)).checks).toMatchObject({ redis: { status: 'ok', latencyMs: expect.any(Number) } });
    }
    const client = (globalThis as { __consoleRedis?: { client: Redis } }).__consoleRedis?.client;
    const clients = String(await client?.call('CLIENT', 'LIST'));
    expect(clients.split('\n').filter((line) => line.includes('name=stackable-console'))).toHaveLength(1);
  });

  it('503 "failed" when Redis does not answer, within the short deadline', async () => {
    setEnv(h.fake, { REDIS_URL: `redis://127.0.0.1:${await freePort()}` });
    scriptedUpstream({ reachable: true, status: 200, latencyMs: 1 });
    const started = performance.now();
    const res = await ready.GET(get('/api/ready'));
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(res.status).toBe(503);
    const text = await res.text();
    expect(JSON.parse(text).checks.redis.status).toBe('failed');
    expect(text).not.toContain('redis://');
  });
});
