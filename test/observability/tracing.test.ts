// Traces of BFF → upstream calls, exported over OTLP/HTTP with the JSON encoding (the encoding of
// @opentelemetry/exporter-trace-otlp-http) to a receiver on loopback started here. The BFF route runs through the
// in-process harness; its handler wraps the upstream call in traceUpstream as the upstream client does per attempt.
// The spans carry the operation name, method, template, status or cause and the request id — and no credential.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clusterResponseSchema } from '@/lib/api/clusters/schema';
import { readConfig } from '@/lib/server/config';
import { withSession } from '@/lib/server/route';
import { emitTelemetry, traceUpstream } from '@/lib/server/telemetry';
import { flushTracing, startTracing, stopTracing } from '@/lib/server/tracing';
import { CLUSTER, TOKEN, apiRequest, clusterBody, ctx, setEnv, setupBff } from '../bff/harness';

const h = setupBff();
const COLLECTOR_KEY = 'CANARY-OTLP-KEY-0123456789';
const operation = 'GET /clusters/{clusterId}';

type Received = { path: string; headers: IncomingHttpHeaders; body: string };
type OtlpValue = { stringValue?: string; intValue?: number | string; boolValue?: boolean };
type OtlpAttribute = { key: string; value: OtlpValue };
type OtlpSpan = { name: string; kind: number; attributes: OtlpAttribute[]; status?: { code?: number } };
type OtlpPayload = { resourceSpans: { resource: { attributes: OtlpAttribute[] }; scopeSpans: { spans: OtlpSpan[] }[] }[] };

const received: Received[] = [];
let receiver: Server;

const attributes = (list: OtlpAttribute[]) =>
  Object.fromEntries(
    list.map(({ key, value }) => [key, value.stringValue ?? (value.intValue !== undefined ? Number(value.intValue) : value.boolValue)]),
  );

// What the upstream client will do for each attempt: run it inside traceUpstream (and report it).
const GET = withSession(
  ({ call, params }) =>
    traceUpstream({ api: 'dataplatform', operation, method: 'GET' }, () =>
      call({ api: 'dataplatform', method: 'GET', template: '/clusters/{clusterId}', params }),
    ),
  { route: '/api/dataplatform/clusters/[clusterId]', response: clusterResponseSchema },
);
// An attempt that got no answer, reported through the seam from inside its span.
const REFUSED = withSession(
  () =>
    traceUpstream({ api: 'dataplatform', operation, method: 'GET' }, async () => {
      emitTelemetry({ type: 'upstream.attempt', api: 'dataplatform', operation, cause: 'connection_refused', durationMs: 2, attempt: 1 });
      throw new Error(`connect ECONNREFUSED with Authorization: Bearer ${TOKEN}`);
    }),
  { route: '/api/dataplatform/clusters/[clusterId]' },
);

beforeAll(async () => {
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({ path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('{}');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const { port } = receiver.address() as AddressInfo;
  const config = readConfig({
    NEXTAUTH_SECRET: 'x'.repeat(40),
    OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${port}`,
    OTEL_SERVICE_NAME: 'console-under-test',
    OTEL_EXPORTER_OTLP_HEADERS: `x-collector-key=${COLLECTOR_KEY}`,
  });
  startTracing(config.otel!, 'upstream.example.test');
});

afterAll(async () => {
  await stopTracing();
  await new Promise<void>((resolve) => receiver.close(() => resolve()));
});

describe('OTLP traces of upstream calls', () => {
  it('a client span per upstream call with operation, template, status, cause and request id; no credential', async () => {
    h.fake.enqueue({ json: clusterBody() });
    const ok = await GET(apiRequest(h, 'GET', `/api/dataplatform/clusters/${CLUSTER}`), ctx({ clusterId: CLUSTER }));
    expect(ok.status).toBe(200);
    const failed = await REFUSED(apiRequest(h, 'GET', `/api/dataplatform/clusters/${CLUSTER}`), ctx({ clusterId: CLUSTER }));
    expect(failed.status).toBe(500);
    // No answer and no report from inside: the cause comes from the error's code (never from its message).
    setEnv(h.fake, { UPSTREAM_TIMEOUT_MS: '300', UPSTREAM_MAX_ATTEMPTS: '1' });
    h.fake.setFallback({ hang: true });
    const timedOut = await GET(apiRequest(h, 'GET', `/api/dataplatform/clusters/${CLUSTER}`), ctx({ clusterId: CLUSTER }));
    expect(timedOut.status).toBe(504);
    await flushTracing();

    expect(received.length).toBeGreaterThan(0);
    for (const { path, headers } of received) {
      expect(path).toBe('/v1/traces');
      expect(headers['content-type']).toBe('application/json');
      expect(headers['x-collector-key']).toBe(COLLECTOR_KEY); // OTEL_EXPORTER_OTLP_HEADERS honoured
    }
    const payloads = received.map(({ body }) => JSON.parse(body) as OtlpPayload);
    const resources = payloads.flatMap((p) => p.resourceSpans.map((r) => attributes(r.resource.attributes)));
    expect(resources.every((resource) => resource['service.name'] === 'console-under-test')).toBe(true);
    const spans = payloads.flatMap((p) => p.resourceSpans.flatMap((r) => r.scopeSpans.flatMap((s) => s.spans)));
    // Once the upstream client wraps each attempt itself, its spans nest inside these: same name and attributes.
    const upstream = spans.filter((span) => span.name === operation).map((span) => ({ ...span, attrs: attributes(span.attributes) }));
    expect(upstream.every((span) => span.kind === 3)).toBe(true); // SPAN_KIND_CLIENT
    const of = (res: Response) => upstream.filter((span) => span.attrs['console.request_id'] === res.headers.get('x-request-id'));
    expect(of(ok).length).toBeGreaterThan(0);
    for (const span of of(ok)) {
      expect(span.attrs).toEqual({
        'http.request.method': 'GET',
        'url.template': '/clusters/{clusterId}',
        'http.response.status_code': 200,
        'console.upstream.api': 'dataplatform',
        'server.address': 'upstream.example.test',
        'console.request_id': ok.headers.get('x-request-id'),
      });
    }
    expect(of(failed)).toHaveLength(1);
    expect(of(failed)[0]!.attrs).toMatchObject({
      'error.type': 'connection_refused',
      'console.upstream.cause': 'connection_refused',
      'url.template': '/clusters/{clusterId}',
    });
    expect(of(failed)[0]!.status?.code).toBe(2); // STATUS_CODE_ERROR
    const timeouts = of(timedOut);
    expect(timeouts.length).toBeGreaterThan(0);
    for (const span of timeouts) {
      expect(span.attrs).toMatchObject({ 'error.type': 'timeout', 'url.template': '/clusters/{clusterId}' });
      expect(span.attrs).not.toHaveProperty('http.response.status_code');
    }

    // Nothing secret and nothing concrete: no token, cookie, collector key or id in what was sent.
    const everything = received.map(({ body }) => body).join('\n');
    expect(everything).not.toContain(TOKEN);
    expect(everything).not.toMatch(/Bearer|authorization|cookie/i);
    expect(everything).not.toContain(h.cookie().split('=')[1]!.slice(0, 40));
    expect(everything).not.toContain(COLLECTOR_KEY);
    expect(everything).not.toContain(CLUSTER);
  });
});
