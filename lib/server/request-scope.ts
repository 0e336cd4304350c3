// What every BFF request shares, with or without a session: a request id, the request context that log lines and
// spans read, and the `bff.request` event that metrics count. Used by withSession and withPublicRoute.
import 'server-only';
import { createHash, randomUUID } from 'node:crypto';
import { trace } from '@opentelemetry/api';
import { emitTelemetry, withRequestContext } from '@/lib/server/telemetry';

export const REQUEST_ID_ATTRIBUTE = 'console.request_id';

/**
 * Runs one request with a fresh request id in the request context. When a tracer provider is registered, the span
 * Next opened for the request gets the id too (spans started inside get it from the span processor).
 */
export function runRequest<T>(route: string, fn: (requestId: string) => Promise<T>): Promise<T> {
  const requestId = randomUUID();
  trace.getActiveSpan()?.setAttribute(REQUEST_ID_ATTRIBUTE, requestId);
  return withRequestContext({ requestId, route }, () => fn(requestId));
}

const KNOWN_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/** Counts one finished request. The session id is hashed: metrics need only tell sessions apart. */
export function recordRequest(fields: { route: string; method: string; status: number; startedAt: number; sid?: string }): void {
  emitTelemetry({
    type: 'bff.request',
    route: fields.route,
    method: KNOWN_METHODS.has(fields.method) ? fields.method : 'OTHER',
    status: fields.status,
    durationMs: performance.now() - fields.startedAt,
    ...(fields.sid ? { session: createHash('sha256').update(fields.sid).digest('base64url').slice(0, 22) } : {}),
  });
}
