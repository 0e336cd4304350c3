// OpenTelemetry traces of the BFF's upstream calls, exported over OTLP/HTTP with the JSON encoding to
// OTEL_EXPORTER_OTLP_ENDPOINT + /v1/traces. Started once per process from instrumentation-node.ts when the endpoint
// is set; otherwise nothing of this runs and traceUpstream() calls go straight through.
//
// What a span may carry is an allowlist: the operation template, method, status code or failure cause, the upstream
// host and the console's request id. Never a header, a cookie, a token, a query value or a body.
import 'server-only';
import { context, SpanKind, SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider, type SpanProcessor } from '@opentelemetry/sdk-trace-node';
import type { OtelConfig } from '@/lib/server/config';
import { REQUEST_ID_ATTRIBUTE } from '@/lib/server/request-scope';
import { currentRequestContext, onTelemetry, setUpstreamTracer, type UpstreamTracer } from '@/lib/server/telemetry';
import { UpstreamError } from '@/lib/server/upstream/errors';

const TRACER_NAME = 'stackable-console';

/** Every span started while a request runs gets its request id (Next's own spans included). */
const requestIdProcessor: SpanProcessor = {
  onStart(span) {
    const requestId = currentRequestContext()?.requestId;
    if (requestId) span.setAttribute(REQUEST_ID_ATTRIBUTE, requestId);
  },
  onEnd() {},
  forceFlush: async () => {},
  shutdown: async () => {},
};

/** Spans of upstream attempts opened here, and whether an attempt event already gave their outcome. */
const ours = new WeakMap<Span, { reported: boolean }>();

/** The status or cause of an attempt, from what it resolved with or threw (the producer's events add to this). */
function annotate(span: Span, outcome: { status?: number; cause?: string }): void {
  if (outcome.status !== undefined) {
    span.setAttribute('http.response.status_code', outcome.status);
    if (outcome.status >= 400) span.setStatus({ code: SpanStatusCode.ERROR });
  }
  if (outcome.cause !== undefined) {
    span.setAttribute('error.type', outcome.cause);
    span.setAttribute('console.upstream.cause', outcome.cause);
    span.setStatus({ code: SpanStatusCode.ERROR });
  }
}

function statusOf(value: unknown): number | undefined {
  const status = (value as { status?: unknown } | null)?.status;
  return typeof status === 'number' && Number.isInteger(status) ? status : undefined;
}

/** A cause code only: an error's message may quote a URL or a header, so it never reaches a span. */
function causeOf(error: unknown): string {
  const cause = (error as { cause?: unknown } | null)?.cause;
  if (typeof cause === 'string' && /^[a-z_]{1,40}$/.test(cause)) return cause;
  if (error instanceof UpstreamError) return error.code === 'network' ? 'other' : error.code;
  return 'other';
}

export function otelUpstreamTracer(serverAddress?: string): UpstreamTracer {
  const tracer = trace.getTracer(TRACER_NAME);
  return (info, run) => {
    const template = info.operation.slice(info.operation.indexOf(' ') + 1);
    const attributes = {
      'http.request.method': info.method,
      'url.template': template,
      'console.upstream.api': info.api,
      ...(serverAddress ? { 'server.address': serverAddress } : {}),
    };
    return tracer.startActiveSpan(info.operation, { kind: SpanKind.CLIENT, attributes }, async (span) => {
      const mark = { reported: false };
      ours.set(span, mark);
      try {
        const result = await run();
        const status = statusOf(result);
        if (status !== undefined && !mark.reported) annotate(span, { status });
        return result;
      } catch (error) {
        // The producer's own report (an attempt event from inside the span) is more precise than the error.
        const status = error instanceof UpstreamError ? undefined : statusOf(error);
        if (!mark.reported) annotate(span, status !== undefined ? { status } : { cause: causeOf(error) });
        throw error;
      } finally {
        span.end();
      }
    });
  };
}

type TracingState = { provider: NodeTracerProvider; stopListening: () => void };
const shared = globalThis as typeof globalThis & { __consoleTracing?: TracingState };

/** Registers the tracer provider and the upstream tracer, once per process. */
export function startTracing(config: OtelConfig, serverAddress?: string): void {
  if (shared.__consoleTracing) return;
  const exporter = new OTLPTraceExporter({ url: config.tracesUrl, headers: { ...config.headers } });
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': config.serviceName }),
    spanProcessors: [requestIdProcessor, new BatchSpanProcessor(exporter)],
  });
  provider.register();
  setUpstreamTracer(otelUpstreamTracer(serverAddress));
  // When the upstream client reports an attempt inside its traced call, its status or cause lands on that span.
  const stopListening = onTelemetry((event) => {
    if (event.type !== 'upstream.attempt') return;
    const span = trace.getSpan(context.active());
    const mark = span && ours.get(span);
    if (!span || !mark) return;
    mark.reported = true;
    annotate(span, { status: event.status, cause: event.cause });
  });
  shared.__consoleTracing = { provider, stopListening };
}

/** Sends the spans still buffered (tests; shutdown). */
export async function flushTracing(): Promise<void> {
  await shared.__consoleTracing?.provider.forceFlush();
}

export async function stopTracing(): Promise<void> {
  const state = shared.__consoleTracing;
  if (!state) return;
  shared.__consoleTracing = undefined;
  state.stopListening();
  setUpstreamTracer(undefined);
  await state.provider.shutdown();
  trace.disable();
  context.disable();
}
