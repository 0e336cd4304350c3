// CSRF-01..03, CSRF-05: state-changing calls need JSON, the X-Console-CSRF header, the console's own Origin and a
// same-origin Sec-Fetch-Site. Every refusal is a 403/415 in the envelope (never a 500) and nothing goes upstream.
import { describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import * as cluster from '@/app/api/dataplatform/clusters/[clusterId]/route';
import * as nodepool from '@/app/api/dataplatform/clusters/[clusterId]/nodepools/[nodepoolId]/route';
import * as clusters from '@/app/api/dataplatform/clusters/route';
import { CLUSTER, CONSOLE, DATACENTER, NODEPOOL, apiRequest, clusterBody, ctx, expectError, nodePoolBody, setEnv, setupBff } from './harness';

const h = setupBff();
const createBody = JSON.stringify({ properties: { name: 'analytics', datacenterId: DATACENTER } });
const patchBody = JSON.stringify({ properties: { name: 'renamed' } });

type Call = (headers: Record<string, string>, raw?: string) => Promise<Response>;
const GOOD: Record<string, string> = { origin: CONSOLE, 'x-console-csrf': '1', 'sec-fetch-site': 'same-origin', 'content-type': 'application/json' };

const send = (method: string, path: string, headers: Record<string, string>, raw?: string) =>
  apiRequest(h, method, path, { csrf: false, headers, ...(raw === undefined ? {} : { raw }) });

const calls: Record<string, Call> = {
  'POST clusters': (headers, raw = createBody) => clusters.POST(send('POST', '/api/dataplatform/clusters', headers, raw), ctx({})),
  'PATCH cluster': (headers, raw = patchBody) =>
    cluster.PATCH(send('PATCH', `/api/dataplatform/clusters/${CLUSTER}`, headers, raw), ctx({ clusterId: CLUSTER })),
  'DELETE cluster': (headers, raw) =>
    cluster.DELETE(send('DELETE', `/api/dataplatform/clusters/${CLUSTER}`, headers, raw), ctx({ clusterId: CLUSTER })),
  'DELETE nodepool': (headers, raw) => nodepool.DELETE(send('DELETE', `/x`, headers, raw), ctx({ clusterId: CLUSTER, nodepoolId: NODEPOOL })),
};

const without = (name: string) => Object.fromEntries(Object.entries(GOOD).filter(([key]) => key !== name));

describe('CSRF guard', () => {
  it("accepts the console's own requests", async () => {
    h.fake.setFallback((req) => ({
      status: req.method === 'POST' ? 201 : 200,
      json: req.path.includes('nodepools') ? nodePoolBody() : clusterBody(),
    }));
    for (const call of Object.values(calls)) expect((await call(GOOD)).status).toBeLessThan(300);
    expect(h.fake.requests).toHaveLength(4);
  });

  it('415 for text/plain, form-encoded and multipart bodies carrying JSON (CSRF-01)', async () => {
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/json; charset=latin1',
      'application/json-patch+json',
    ]) {
      for (const [name, call] of Object.entries(calls)) {
        const res = await call({ ...GOOD, 'content-type': type }, name.startsWith('DELETE') ? '{}' : undefined);
        await expectError(res, 415, 'unsupported_media_type');
      }
      const noType = await calls['POST clusters']!(without('content-type'));
      await expectError(noType, 415);
    }
    expect(h.fake.requests).toHaveLength(0);
  });

  it('a DELETE without a body needs no Content-Type; a body route needs JSON even when no length is announced', async () => {
    h.fake.setFallback({ json: clusterBody() });
    expect((await calls['DELETE cluster']!(without('content-type'))).status).toBe(200);
    const unannounced = new NextRequest(`${CONSOLE}/api/dataplatform/clusters`, {
      method: 'POST',
      headers: { cookie: h.cookie(), origin: CONSOLE, 'x-console-csrf': '1', 'content-type': 'text/plain' },
      body: createBody,
    });
    await expectError(await clusters.POST(unannounced, ctx({})), 415);
    expect(h.fake.requests.map((r) => r.method)).toEqual(['DELETE']);
  });

  it('403 without the custom header, with a foreign, null or malformed Origin, or cross-site fetch metadata', async () => {
    const variants: Record<string, string>[] = [
      without('x-console-csrf'),
      { ...GOOD, 'x-console-csrf': '0' },
      { ...GOOD, 'x-requested-with': 'XMLHttpRequest', 'x-console-csrf': '' },
      without('origin'),
      { ...GOOD, origin: 'https://attacker.example' },
      { ...GOOD, origin: 'null' },
      { ...GOOD, origin: 'http://localhost:3000.attacker.example' },
      { ...GOOD, origin: 'http://localhost:3001' },
      { ...GOOD, origin: 'https://localhost:3000' },
      { ...GOOD, origin: 'http://localhost:3000/' },
      { ...GOOD, origin: 'http://[::1' },
      { ...GOOD, origin: '%%%' },
      { ...GOOD, origin: 'http://localhost:3000, https://attacker.example' },
      { ...GOOD, 'sec-fetch-site': 'cross-site' },
      { ...GOOD, 'sec-fetch-site': 'same-site' },
      { ...GOOD, 'sec-fetch-site': 'none' },
    ];
    for (const headers of variants) {
      for (const call of Object.values(calls)) await expectError(await call(headers), 403, 'csrf_rejected');
    }
    expect(h.fake.requests).toHaveLength(0);
  });

  it('takes the console origin from the request when NEXTAUTH_URL is not set', async () => {
    setEnv(h.fake, { NEXTAUTH_URL: undefined });
    h.fake.setFallback({ json: clusterBody() });
    expect((await calls['PATCH cluster']!(GOOD)).status).toBe(200);
    await expectError(await calls['PATCH cluster']!({ ...GOOD, origin: 'http://127.0.0.1:3000' }), 403);
    expect(h.fake.requests).toHaveLength(1);
  });

  it('GET has no side effects and needs no CSRF header (CSRF-05)', async () => {
    h.fake.setFallback({ json: clusterBody() });
    const res = await cluster.GET(
      apiRequest(h, 'GET', `/api/dataplatform/clusters/${CLUSTER}`, { headers: { 'sec-fetch-site': 'same-origin' } }),
      ctx({ clusterId: CLUSTER }),
    );
    expect(res.status).toBe(200);
    expect(h.fake.requests.map((r) => r.method)).toEqual(['GET']);
  });
});
