// Prometheus metrics of this console process, fed by the telemetry seam (lib/server/telemetry.ts) and rendered by
// GET /api/metrics. One registry per process on globalThis: route handlers are separate bundles, and the sign-in
// handler, the upstream client and the metrics route must all count into the same one.
//
// Label values are bounded: routes and upstream operations are templates (any id that slips in becomes `{id}`),
// statuses are numbers, causes and sign-in outcomes come from closed lists.
import 'server-only';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { ActiveSessions } from '@/lib/server/active-sessions';
import { getConfig } from '@/lib/server/config';
import { onTelemetry, type TelemetryEvent, type UpstreamFailureCause } from '@/lib/server/telemetry';
import { upstreamHealth } from '@/lib/server/upstream-health-adapter';

const SECONDS_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
const BREAKER_STATES = ['closed', 'half-open', 'open'] as const;
const CAUSES: ReadonlySet<UpstreamFailureCause> = new Set<UpstreamFailureCause>([
  'certificate_pin_mismatch',
  'certificate_untrusted',
  'certificate_expired',
  'certificate_hostname_mismatch',
  'dns',
  'connection_refused',
  'timeout',
  'connection_reset',
  'proxy',
  'redirect',
  'bad_response',
  'too_large',
  'circuit_open',
  'other',
]);
const UUID_OR_NUMBER = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\b\d{3,}\b/gi;

/** A template as a label: ids replaced, length capped. */
export const templateLabel = (value: string) => value.replace(UUID_OR_NUMBER, '{id}').slice(0, 120);
const statusLabel = (status: number) => (Number.isInteger(status) && status >= 100 && status <= 599 ? String(status) : '0');
const apiLabel = (api: string) => (/^[a-z]{1,20}$/.test(api) ? api : 'other');

function createMetrics(registry: Registry, now: () => number) {
  const sessions = new ActiveSessions();
  const m = {
    bffRequests: new Counter({
      name: 'console_bff_requests_total',
      help: 'BFF route calls by route template, method and status.',
      labelNames: ['route', 'method', 'status'],
      registers: [registry],
    }),
    bffDuration: new Histogram({
      name: 'console_bff_request_duration_seconds',
      help: 'BFF route latency by route template, method and status.',
      labelNames: ['route', 'method', 'status'],
      buckets: SECONDS_BUCKETS,
      registers: [registry],
    }),
    upstreamAttempts: new Counter({
      name: 'console_upstream_requests_total',
      help: 'Upstream attempts by API, operation template and status (an HTTP answer) or cause (no answer).',
      labelNames: ['api', 'operation', 'status', 'cause'],
      registers: [registry],
    }),
    upstreamDuration: new Histogram({
      name: 'console_upstream_request_duration_seconds',
      help: 'Upstream attempt latency by API and operation template.',
      labelNames: ['api', 'operation'],
      buckets: SECONDS_BUCKETS,
      registers: [registry],
    }),
    upstreamRetries: new Counter({
      name: 'console_upstream_retries_total',
      help: 'Upstream retries by API and operation template.',
      labelNames: ['api', 'operation'],
      registers: [registry],
    }),
    breaker: new Gauge({
      name: 'console_upstream_breaker_state',
      help: 'Circuit breaker state per upstream API: 1 for the current state, 0 for the others.',
      labelNames: ['api', 'state'],
      registers: [registry],
    }),
    signins: new Counter({
      name: 'console_signins_total',
      help: 'Sign-in attempts by form (password, token) and outcome.',
      labelNames: ['via', 'outcome'],
      registers: [registry],
    }),
    sessionChanges: new Counter({
      name: 'console_sessions_total',
      help: 'Sessions started and ended on this instance.',
      labelNames: ['change'],
      registers: [registry],
    }),
    activeSessions: new Gauge({
      name: 'console_active_sessions',
      help: 'Estimate: distinct sessions this instance served within the idle timeout (SESSION_IDLE_MINUTES).',
      registers: [registry],
      collect() {
        this.set(sessions.count(now(), idleWindowMs()));
      },
    }),
  };

  const setBreaker = (api: string, state: (typeof BREAKER_STATES)[number]) => {
    for (const each of BREAKER_STATES) m.breaker.set({ api: apiLabel(api), state: each }, each === state ? 1 : 0);
  };
  const record = (event: TelemetryEvent) => {
    switch (event.type) {
      case 'bff.request': {
        const labels = { route: templateLabel(event.route), method: event.method, status: statusLabel(event.status) };
        m.bffRequests.inc(labels);
        m.bffDuration.observe(labels, event.durationMs / 1000);
        if (event.session) sessions.seen(event.session, now());
        return;
      }
      case 'upstream.attempt': {
        const base = { api: apiLabel(event.api), operation: templateLabel(event.operation) };
        const outcome =
          event.status !== undefined
            ? { status: statusLabel(event.status) }
            : { cause: event.cause && CAUSES.has(event.cause) ? event.cause : 'other' };
        m.upstreamAttempts.inc({ ...base, ...outcome });
        m.upstreamDuration.observe(base, event.durationMs / 1000);
        return;
      }
      case 'upstream.retry':
        m.upstreamRetries.inc({ api: apiLabel(event.api), operation: templateLabel(event.operation) });
        return;
      case 'breaker.state':
        if ((BREAKER_STATES as readonly string[]).includes(event.state)) setBreaker(event.api, event.state);
        return;
      case 'signin':
        m.signins.inc({ via: event.via === 'password' || event.via === 'token' ? event.via : 'other', outcome: event.outcome });
        return;
      case 'session':
        m.sessionChanges.inc({ change: event.change });
        return;
    }
  };
  return { record, setBreaker };
}

function idleWindowMs(): number {
  try {
    return getConfig().sessionIdleSeconds * 1000;
  } catch {
    return 60 * 60 * 1000;
  }
}

type MetricsState = { registry: Registry; unsubscribe: () => void; setBreaker: (api: string, state: 'closed' | 'half-open' | 'open') => void };
const shared = globalThis as typeof globalThis & { __consoleMetrics?: MetricsState };

/** Creates the registry and subscribes it to the telemetry seam, once per process. */
export function startMetrics(now: () => number = Date.now): MetricsState {
  if (shared.__consoleMetrics) return shared.__consoleMetrics;
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const { record, setBreaker } = createMetrics(registry, now);
  shared.__consoleMetrics = { registry, unsubscribe: onTelemetry(record), setBreaker };
  return shared.__consoleMetrics;
}

/** The Prometheus text exposition (format 0.0.4) of this process. */
export async function renderMetrics(): Promise<{ contentType: string; body: string }> {
  const state = startMetrics();
  // Breaker events may predate this registry: the upstream client's snapshot, when wired, is the truth at scrape time.
  const snapshot = upstreamHealth()?.upstreamHealthSnapshot();
  for (const [api, breakerState] of Object.entries(snapshot?.breakers ?? {})) state.setBreaker(api, breakerState);
  return { contentType: state.registry.contentType, body: await state.registry.metrics() };
}

/** Tests: a fresh registry (and clock) on the next startMetrics(). */
export function resetMetricsForTests(): void {
  shared.__consoleMetrics?.unsubscribe();
  shared.__consoleMetrics = undefined;
}
