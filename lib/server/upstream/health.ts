// What the console knows about the upstream's health, for /api/ready: the breakers' states, the last failure and
// the last answer, and a probe that makes one unauthenticated GET through the same dispatcher, pin and proxy as
// every call. Process-wide on globalThis, like the breakers: route handlers may be separate bundles.
import 'server-only';
import { getConfig } from '@/lib/server/config';
import { log } from '@/lib/server/log';
import { currentRequestContext, type UpstreamFailureCause } from '@/lib/server/telemetry';
import { upstreamBreakers, type BreakerState } from '@/lib/server/upstream/breaker';
import { UPSTREAM_USER_AGENT, exchangeDeadline, upstreamFetch } from '@/lib/server/upstream/dispatcher';
import { classifyFailure, type FailureFacts } from '@/lib/server/upstream/failure';
import { buildUpstreamUrl, type UpstreamApi } from '@/lib/server/upstream/paths';

export type UpstreamHealthSnapshot = {
  breakers: Record<UpstreamApi, BreakerState>;
  /** The last attempt (or probe) that got no usable answer. */
  lastFailure?: { api: UpstreamApi; cause: UpstreamFailureCause; at: string };
  /** The last attempt (or probe) the upstream answered with a status below 500. */
  lastSuccessAt?: string;
};

export type UpstreamProbe = { reachable: boolean; status?: number; cause?: UpstreamFailureCause; latencyMs: number };

type HealthState = { lastFailure?: UpstreamHealthSnapshot['lastFailure']; lastSuccessAt?: string };

const APIS: readonly UpstreamApi[] = ['dataplatform', 'auth', 'cloud'];
const PROBE_API = 'dataplatform';
const PROBE_OPERATION = 'GET /versions';

const shared = globalThis as typeof globalThis & { __consoleUpstreamHealth?: HealthState };
const health = (shared.__consoleUpstreamHealth ??= {});

export function recordUpstreamAnswer(status: number): void {
  if (status < 500) health.lastSuccessAt = new Date().toISOString();
}

export function recordUpstreamFailure(api: UpstreamApi, cause: UpstreamFailureCause): void {
  // A breaker failing fast is a consequence of earlier failures, not news about the upstream.
  if (cause === 'circuit_open') return;
  health.lastFailure = { api, cause, at: new Date().toISOString() };
}

/** The log line of one failed attempt: the cause and the error code, never a message, URL or header. */
export function logUpstreamFailure(fields: { api: UpstreamApi; operation: string; attempt: number; probe?: true } & FailureFacts): void {
  const requestId = currentRequestContext()?.requestId;
  log.warn({ event: 'upstream.failure', ...(requestId ? { requestId } : {}), ...fields });
}

export function upstreamHealthSnapshot(): UpstreamHealthSnapshot {
  const breakers = upstreamBreakers();
  const states = Object.fromEntries(APIS.map((api) => [api, breakers.get(api)?.current() ?? 'closed'])) as Record<UpstreamApi, BreakerState>;
  return {
    breakers: states,
    ...(health.lastFailure ? { lastFailure: { ...health.lastFailure } } : {}),
    ...(health.lastSuccessAt ? { lastSuccessAt: health.lastSuccessAt } : {}),
  };
}

/**
 * One unauthenticated GET of the Data Platform's versions path, with the configured timeout, through the same
 * dispatcher, pin and proxy as every call; no breaker, no retry. Any HTTP answer (401 included) means reachable.
 */
export async function probeUpstream(): Promise<UpstreamProbe> {
  const config = getConfig();
  const url = buildUpstreamUrl(PROBE_API, 'GET', '/versions');
  if (!url) throw new Error('The probe path is not in the allowlist.');
  const deadline = exchangeDeadline(config.upstreamTimeoutMs);
  const started = performance.now();
  const latency = () => Math.round(performance.now() - started);
  try {
    const res = await upstreamFetch(
      url,
      { method: 'GET', headers: { accept: 'application/json', 'user-agent': UPSTREAM_USER_AGENT }, signal: deadline.signal },
      config,
    );
    res.discard();
    recordUpstreamAnswer(res.status);
    return { reachable: true, status: res.status, latencyMs: latency() };
  } catch (error) {
    const facts = classifyFailure(error, deadline.signal.aborted);
    recordUpstreamFailure(PROBE_API, facts.cause);
    logUpstreamFailure({ api: PROBE_API, operation: PROBE_OPERATION, attempt: 1, probe: true, ...facts });
    return { reachable: false, cause: facts.cause, latencyMs: latency() };
  } finally {
    deadline.clear();
  }
}

/** Tests: forget the last failure and answer. */
export function resetUpstreamHealthForTests(): void {
  delete health.lastFailure;
  delete health.lastSuccessAt;
}
