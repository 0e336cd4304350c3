// The request id reaches every log line written while a request runs, also lines whose writer (the upstream
// client, say) never saw it, and concurrent requests keep their own ids. Lines outside a request get none.
import { describe, expect, it } from 'vitest';
import * as cluster from '@/app/api/dataplatform/clusters/[clusterId]/route';
import { log } from '@/lib/server/log';
import { currentRequestContext } from '@/lib/server/telemetry';
import { withPublicRoute } from '@/lib/server/public-route';
import { json } from '@/lib/server/route';
import { CLUSTER, CONSOLE, apiRequest, clusterBody, ctx, setupBff } from '../bff/harness';
import { NextRequest } from 'next/server';

const h = setupBff();
const OTHER = '0b5c2d1e-7f3a-4c2b-9d8e-1a2b3c4d5e6f';

describe('request id in every log line', () => {
  it('lines written without the id carry the id of the request they belong to, under concurrency', async () => {
    // An answer that breaks the contract: expectSuccess logs `upstream.unexpected-body` without naming the request.
    h.fake.setFallback({ json: { ...clusterBody(), id: 42 } });
    const [a, b] = await Promise.all(
      [CLUSTER, OTHER].map((id) => cluster.GET(apiRequest(h, 'GET', `/api/dataplatform/clusters/${id}`), ctx({ clusterId: id }))),
    );
    const retries = h.logs().filter((line) => line.event === 'upstream.unexpected-body');
    expect(retries).toHaveLength(2);
    const idOf = (res: Response) => res.headers.get('x-request-id');
    expect(new Set(retries.map((line) => line.requestId))).toEqual(new Set([idOf(a!), idOf(b!)]));
    for (const res of [a!, b!]) {
      const lines = h.logs().filter((line) => line.requestId === idOf(res));
      expect(lines.map((line) => line.event).sort()).toEqual(['bff.request', 'upstream.unexpected-body']);
    }
  });

  it('public routes run in a request context too, and lines outside any request have no id', async () => {
    let inside: string | undefined;
    const handler = withPublicRoute(
      async () => {
        inside = currentRequestContext()?.requestId;
        log.info({ event: 'inside' });
        return json({ ok: true });
      },
      { route: '/api/health' },
    );
    const res = await handler(new NextRequest(`${CONSOLE}/api/health`));
    log.info({ event: 'outside' });
    expect(inside).toBe(res.headers.get('x-request-id'));
    expect(h.logs().find((line) => line.event === 'inside')?.requestId).toBe(inside);
    expect(h.logs().find((line) => line.event === 'outside')).not.toHaveProperty('requestId');
    expect(currentRequestContext()).toBeUndefined();
  });

  it('an explicit requestId field is kept as given', async () => {
    const handler = withPublicRoute(
      async () => {
        log.info({ event: 'explicit', requestId: 'given' });
        return json({ ok: true });
      },
      { route: '/api/health' },
    );
    await handler(new NextRequest(`${CONSOLE}/api/health`));
    expect(h.logs().find((line) => line.event === 'explicit')?.requestId).toBe('given');
  });
});
