// The checks of GET /api/ready. Cheap whatever the request rate: the upstream probe runs at most once per
// PROBE_INTERVAL_MS (concurrent checks share one probe, and its answer is reused until the interval is over), and
// the Redis PING reuses the process's one connection with a short deadline. Nothing secret is reported: no URL,
// no error message, only states, statuses and cause codes.
import 'server-only';
import { getConfig } from '@/lib/server/config';
import { sharedRedis } from '@/lib/server/auth/redis-stores';
import { upstreamHealth } from '@/lib/server/upstream-health-adapter';
import type { UpstreamProbe } from '@/lib/server/upstream/health';

export const PROBE_INTERVAL_MS = 10_000;
const REDIS_TIMEOUT_MS = 500;

export type CheckStatus = 'ok' | 'failed' | 'not configured' | 'not checked';
export type Readiness = {
  ready: boolean;
  checks: {
    config: { status: 'ok' | 'failed' };
    redis: { status: CheckStatus; latencyMs?: number };
    upstream: {
      status: CheckStatus;
      reachable?: boolean;
      httpStatus?: number;
      cause?: string;
      latencyMs?: number;
      checkedAt?: string;
      breakers?: Record<string, string>;
      lastFailure?: { api: string; cause: string; at: string };
      lastSuccessAt?: string;
    };
  };
};

type ProbeCache = { startedAt: number; result: Promise<UpstreamProbe & { checkedAt: string }> };
let probe: ProbeCache | undefined;
let redisPing: Promise<CheckStatus> | undefined;
let clock: () => number = Date.now;

/** One probe per interval, shared by every caller in it; a probe that throws counts as unreachable. */
function cachedProbe(run: () => Promise<UpstreamProbe>): ProbeCache['result'] {
  const now = clock();
  if (probe && now - probe.startedAt < PROBE_INTERVAL_MS) return probe.result;
  const result = run()
    .catch((): UpstreamProbe => ({ reachable: false, cause: 'other', latencyMs: clock() - now }))
    .then((answer) => ({ ...answer, checkedAt: new Date(clock()).toISOString() }));
  probe = { startedAt: now, result };
  return result;
}

async function checkUpstream(): Promise<Readiness['checks']['upstream']> {
  const source = upstreamHealth();
  if (!source) return { status: 'not checked' };
  const answer = await cachedProbe(() => source.probeUpstream());
  const snapshot = source.upstreamHealthSnapshot();
  const failure = snapshot.lastFailure;
  return {
    status: answer.reachable ? 'ok' : 'failed',
    reachable: answer.reachable,
    ...(answer.status !== undefined ? { httpStatus: answer.status } : {}),
    ...(answer.cause !== undefined ? { cause: answer.cause } : {}),
    latencyMs: Math.round(answer.latencyMs),
    checkedAt: answer.checkedAt,
    breakers: { ...snapshot.breakers },
    ...(failure ? { lastFailure: { ...failure } } : {}),
    ...(snapshot.lastSuccessAt !== undefined ? { lastSuccessAt: snapshot.lastSuccessAt } : {}),
  };
}

/** PING on the shared connection, at most REDIS_TIMEOUT_MS; concurrent checks share one PING. */
async function checkRedis(url: string | undefined): Promise<Readiness['checks']['redis']> {
  if (!url) return { status: 'not configured' };
  const started = clock();
  redisPing ??= new Promise<CheckStatus>((resolve) => {
    const timer = setTimeout(() => resolve('failed'), REDIS_TIMEOUT_MS);
    sharedRedis(url)
      .ping()
      .then(
        (reply) => resolve(reply === 'PONG' ? 'ok' : 'failed'),
        () => resolve('failed'),
      )
      .finally(() => clearTimeout(timer));
  }).finally(() => {
    redisPing = undefined;
  });
  const status = await redisPing;
  return { status, latencyMs: clock() - started };
}

export async function checkReadiness(): Promise<Readiness> {
  let redisUrl: string | undefined;
  let configOk = true;
  try {
    redisUrl = getConfig().redisUrl;
  } catch {
    configOk = false;
  }
  const [redis, upstream] = await Promise.all([
    configOk ? checkRedis(redisUrl) : { status: 'not checked' as const },
    configOk ? checkUpstream() : { status: 'not checked' as const },
  ]);
  const ready = configOk && redis.status !== 'failed' && upstream.status !== 'failed';
  return { ready, checks: { config: { status: configOk ? 'ok' : 'failed' }, redis, upstream } };
}

/** Tests: forget the cached probe; optionally a fake clock. */
export function resetReadinessForTests(now: () => number = Date.now): void {
  probe = undefined;
  redisPing = undefined;
  clock = now;
}
