// instrumentation.ts register() (what Next calls once at start-up) turns metrics on and, with
// OTEL_EXPORTER_OTLP_ENDPOINT set, installs the upstream tracer that exports to it.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { resetConfigForTests } from '@/lib/server/config';
import { renderMetrics } from '@/lib/server/metrics';
import { emitTelemetry, traceUpstream, withRequestContext } from '@/lib/server/telemetry';
import { flushTracing, stopTracing } from '@/lib/server/tracing';

const bodies: string[] = [];
let receiver: Server;

beforeAll(async () => {
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      bodies.push(Buffer.concat(chunks).toString('utf8'));
      res.end('{}');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  vi.stubEnv('NEXT_RUNTIME', 'nodejs');
  vi.stubEnv('NEXTAUTH_SECRET', 'x'.repeat(40));
  vi.stubEnv('IONOS_API_URL', 'https://api.example.test');
  vi.stubEnv('OTEL_EXPORTER_OTLP_ENDPOINT', `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`);
  vi.stubEnv('OTEL_SERVICE_NAME', 'console-registered');
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  resetConfigForTests();
});

afterAll(async () => {
  await stopTracing();
  vi.unstubAllEnvs();
  delete process.env.NEXT_OTEL_FETCH_DISABLED;
  vi.restoreAllMocks();
  resetConfigForTests();
  await new Promise<void>((resolve) => receiver.close(() => resolve()));
});

describe('register()', () => {
  it('starts metrics and the OTLP tracer of upstream calls', async () => {
    const { register } = await import('@/instrumentation');
    await register();

    emitTelemetry({ type: 'signin', via: 'token', outcome: 'success' });
    expect((await renderMetrics()).body).toContain('console_signins_total{via="token",outcome="success"} 1');

    const answer = await withRequestContext({ requestId: 'req-registered' }, () =>
      traceUpstream({ api: 'dataplatform', operation: 'GET /versions', method: 'GET' }, async () => ({ status: 200 })),
    );
    expect(answer).toEqual({ status: 200 });
    await flushTracing();
    const sent = bodies.join('\n');
    expect(sent).toContain('"name":"GET /versions"');
    expect(sent).toContain('"stringValue":"console-registered"');
    expect(sent).toContain('"stringValue":"req-registered"');
    expect(sent).toContain('"stringValue":"api.example.test"');
    expect(process.env.NEXT_OTEL_FETCH_DISABLED).toBe('1');
  });
});
