// A page's server read goes upstream exactly as the BFF route does (same operation, query, token, contract check),
// tries once, gives up at its deadline, and says so in one log line; the page then leaves the fetch to the browser.
import { describe, expect, it } from 'vitest';
import * as clustersRoute from '@/app/api/dataplatform/clusters/route';
import { HttpError } from '@/lib/server/errors';
import { clusterListRead } from '@/lib/server/reads/clusters';
import { datacenterListRead } from '@/lib/server/reads/datacenters';
import { readForPage } from '@/lib/server/reads/read';
import { createSessionCookieForTests, readSessionCookie, type ConsoleSession } from '@/lib/server/session';
import { resetUpstreamForTests } from '@/lib/server/upstream/client';
import { TOKEN, apiRequest, clusterBody, ctx, readJson, setupBff } from '@/test/bff/harness';

const h = setupBff();

async function session(): Promise<ConsoleSession> {
  const { value } = await createSessionCookieForTests({ token: TOKEN, user: { name: 'ada@example.test' } });
  const read = await readSessionCookie(value);
  if (!read) throw new Error('no session');
  return read;
}

const pageRead = async (query: { name?: string }, deadlineMs?: number) =>
  readForPage(await session(), clusterListRead, query, { page: '/clusters', ...(deadlineMs ? { deadlineMs } : {}) });

describe('readForPage', () => {
  it('reads what the BFF route reads, with the session token, and returns the contract-checked answer', async () => {
    h.fake.setFallback({ json: { items: [clusterBody({ unknownField: 'dropped' })] } });
    const data = await pageRead({ name: 'ana' });
    const [fromPage] = h.fake.requests;
    const res = await clustersRoute.GET(apiRequest(h, 'GET', '/api/dataplatform/clusters?name=ana'), ctx({}));
    const fromRoute = h.fake.requests[1];

    expect(fromPage).toMatchObject({ method: 'GET', url: '/dataplatform/clusters?name=ana' });
    expect(fromPage?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(fromRoute).toMatchObject({ method: fromPage?.method, url: fromPage?.url });
    expect(data).toEqual(await readJson(res));
    expect(data.items[0]?.properties).not.toHaveProperty('unknownField');
    expect(h.logs().filter((line) => line.event === 'page.read')).toEqual([
      expect.objectContaining({ page: '/clusters', operation: 'GET /clusters', status: 200, requestId: expect.any(String) }),
    ]);
  });

  it('sends the fixed query of a read', async () => {
    h.fake.setFallback({ json: { items: [] } });
    await readForPage(await session(), datacenterListRead, {}, { page: '/clusters' });
    expect(h.fake.requests[0]?.url).toBe('/cloudapi/v6/datacenters?depth=1');
  });

  it('tries once: an error status throws (with the status) and is not retried', async () => {
    h.fake.setFallback({ status: 503, json: { httpStatus: 503, messages: [{ errorCode: 'busy', message: 'Busy.' }] } });
    const error = await pageRead({}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).status).toBe(503);
    expect(h.fake.requests).toHaveLength(1);
    expect(h.logs().find((line) => line.event === 'page.read')).toMatchObject({ status: 503, error: expect.any(String) });
  });

  it('refuses an answer that breaks the contract', async () => {
    h.fake.setFallback({ json: { items: [{ id: 42 }] } });
    await expect(pageRead({})).rejects.toMatchObject({ status: 502 });
  });

  it('gives up at its deadline and aborts the upstream request', async () => {
    h.fake.setFallback({ hang: true });
    await expect(pageRead({}, 50)).rejects.toMatchObject({ status: 504 });
    expect(h.logs().find((line) => line.event === 'page.read')).toMatchObject({ error: 'upstream_timeout' });
    // The aborted request does not hold the connection pool: closing it (as afterAll does) does not wait for it.
    await resetUpstreamForTests();
  });
});
