// The seam between the code that does things (routes, the upstream client, sign-in) and the code that counts and
// traces them (Prometheus metrics, OpenTelemetry). Producers call emitTelemetry / traceUpstream / withRequestContext;
// lib/server/metrics.ts and the tracer subscribe. State lives on globalThis: Next bundles route handlers separately,
// each with its own copy of this module, and they must all reach the one registry of the process.
import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';

/** Why an upstream call got no usable answer. Never carries a secret. */
export type UpstreamFailureCause =
  | 'certificate_pin_mismatch'
  | 'certificate_untrusted'
  | 'certificate_expired'
  | 'certificate_hostname_mismatch'
  | 'dns'
  | 'connection_refused'
  | 'timeout'
  | 'connection_reset'
  | 'proxy'
  | 'redirect'
  | 'bad_response'
  | 'too_large'
  | 'circuit_open'
  | 'other';

export type TelemetryEvent =
  /** One BFF route call, by route template (`/api/dataplatform/clusters/[clusterId]`), never the concrete path. */
  | {
      type: 'bff.request';
      route: string;
      method: string;
      status: number;
      durationMs: number;
      /** An opaque digest of the session id (never the id itself): counts active sessions. */
      session?: string;
    }
  /** One upstream attempt: `status` when the API answered, `cause` when it did not. */
  | { type: 'upstream.attempt'; api: string; operation: string; status?: number; cause?: UpstreamFailureCause; durationMs: number; attempt: number }
  | { type: 'upstream.retry'; api: string; operation: string }
  | { type: 'breaker.state'; api: string; state: 'closed' | 'open' | 'half-open' }
  | { type: 'signin'; via: string; outcome: 'success' | 'failure' | 'throttled' | 'error' }
  | { type: 'session'; change: 'started' | 'ended' };

export type TelemetryListener = (event: TelemetryEvent) => void;

/** What every log line and span of one request carries. */
export type RequestContext = { requestId: string; route?: string };

export type UpstreamSpanInfo = { api: string; operation: string; method: string };
/** Wraps one upstream attempt; the default runs it as it is. */
export type UpstreamTracer = <T>(info: UpstreamSpanInfo, run: () => Promise<T>) => Promise<T>;

type TelemetryState = {
  listeners: Set<TelemetryListener>;
  context: AsyncLocalStorage<RequestContext>;
  tracer: UpstreamTracer | undefined;
};

const shared = globalThis as typeof globalThis & { __consoleTelemetry?: TelemetryState };
const state = (shared.__consoleTelemetry ??= {
  listeners: new Set<TelemetryListener>(),
  context: new AsyncLocalStorage<RequestContext>(),
  tracer: undefined,
});

/** Hands an event to every listener. Never throws: counting must not break what is counted. */
export function emitTelemetry(event: TelemetryEvent): void {
  for (const listener of state.listeners) {
    try {
      listener(event);
    } catch {
      // a broken listener loses its own event only
    }
  }
}

export function onTelemetry(listener: TelemetryListener): () => void {
  state.listeners.add(listener);
  return () => state.listeners.delete(listener);
}

/** Runs `fn` with a request context that log lines and spans read. */
export function withRequestContext<T>(context: RequestContext, fn: () => T): T {
  return state.context.run(context, fn);
}

export function currentRequestContext(): RequestContext | undefined {
  return state.context.getStore();
}

/** Runs one upstream attempt inside the installed tracer's span (or as it is when tracing is off). */
export function traceUpstream<T>(info: UpstreamSpanInfo, run: () => Promise<T>): Promise<T> {
  return state.tracer ? state.tracer(info, run) : run();
}

export function setUpstreamTracer(tracer: UpstreamTracer | undefined): void {
  state.tracer = tracer;
}
