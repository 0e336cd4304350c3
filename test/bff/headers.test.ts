// PROXY-04/05/06, HDR-03: outgoing headers are built from scratch, upstream headers never reach the browser,
// redirects are not followed, and every answer carries the API security headers.
import { describe, expect, it } from 'vitest';
import * as cluster from '@/app/api/dataplatform/clusters/[clusterId]/route';
import * as clusters from '@/app/api/dataplatform/clusters/route';
import { resetConfigForTests } from '@/lib/server/config';
import { startFakeUpstream } from '@/test/support/fake-upstream';
import { CLUSTER, DATACENTER, TOKEN, apiRequest, clusterBody, ctx, expectError, expectJsonApiAnswer, readJson, setupBff } from './harness';

const h = setupBff();
// The BFF's allowlist plus what undici's fetch adds on its own (cache: 'no-store' adds Pragma and Cache-Control).
const ALLOWED_UPSTREAM_HEADERS = new Set([
  'authorization',
  'accept',
  'content-type',
  'content-length',
  'user-agent',
  'host',
  'accept-encoding',
  'accept-language',
  'sec-fetch-mode',
  'connection',
  'pragma',
  'cache-control',
]);

const HOSTILE: Record<string, string> = {
  authorization: 'Basic YXR0YWNrZXI6cHc=',
  host: 'evil.example',
  'x-forwarded-host': 'evil.example',
  'x-forwarded-for': '203.0.113.7',
  'x-forwarded-proto': 'http',
  'x-real-ip': '203.0.113.7',
  forwarded: 'for=203.0.113.7',
  connection: 'Authorization, X-Foo',
  'keep-alive': 'timeout=5',
  upgrade: 'websocket',
  te: 'trailers',
  trailer: 'X-Foo',
  'proxy-authorization': 'Basic eA==',
  'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware',
  'x-contract-number': '1 OR 1',
  'next-router-prefetch': '1',
  rsc: '1',
  'x-foo': 'bar',
  'x-request-id': 'attacker-chosen',
};

describe('headers to the upstream (PROXY-04)', () => {
  it("sends only allowlisted headers, the session's Authorization and no browser cookie", async () => {
    h.fake.setFallback({ status: 201, json: clusterBody() });
    const body = { properties: { name: 'analytics', datacenterId: DATACENTER } };
    await cluster.GET(apiRequest(h, 'GET', `/api/dataplatform/clusters/${CLUSTER}`, { headers: HOSTILE }), ctx({ clusterId: CLUSTER }));
    await clusters.POST(
      apiRequest(h, 'POST', '/api/dataplatform/clusters', { body, headers: { ...HOSTILE, cookie: `${h.cookie()}; other=1` } }),
      ctx({}),
    );
    expect(h.fake.requests).toHaveLength(2);
    for (const request of h.fake.requests) {
      for (const name of Object.keys(request.headers)) expect(ALLOWED_UPSTREAM_HEADERS, name).toContain(name);
      expect(request.headers.authorization).toBe(`Bearer ${TOKEN}`);
      expect(request.headers.host).toBe(`127.0.0.1:${h.fake.port}`);
      expect(request.headers.accept).toBe('application/json');
      expect(request.headers.connection ?? 'keep-alive').toBe('keep-alive');
      expect(JSON.stringify(request.headers)).not.toMatch(/evil|attacker|203\.0\.113|console-session|OR 1/);
    }
    expect(h.fake.requests[1]?.headers['content-type']).toBe('application/json');
  });
});

describe('headers to the browser (PROXY-05, HDR-03)', () => {
  it('relays none of the upstream headers', async () => {
    h.fake.enqueue({
      json: clusterBody(),
      headers: {
        'Set-Cookie': 'upstream=1; Path=/',
        'Access-Control-Allow-Origin': '*',
        'Access-Control-Allow-Credentials': 'true',
        Server: 'upstream/1.0',
        Location: 'https://evil.example/',
        ETag: '"abc"',
        'X-Powered-By': 'PHP',
        'X-RateLimit-Remaining': '9',
        'Content-Type': 'application/json',
      },
    });
    const res = await cluster.GET(apiRequest(h, 'GET', `/api/dataplatform/clusters/${CLUSTER}`), ctx({ clusterId: CLUSTER }));
    expect(res.status).toBe(200);
    expectJsonApiAnswer(res);
    for (const name of [
      'access-control-allow-origin',
      'access-control-allow-credentials',
      'server',
      'location',
      'etag',
      'x-powered-by',
      'x-ratelimit-remaining',
    ]) {
      expect(res.headers.get(name), name).toBeNull();
    }
    expect(res.headers.get('set-cookie') ?? '').not.toContain('upstream');
    expect(res.headers.get('x-request-id')).not.toBe('attacker-chosen');
  });

  it('never relays an HTML body, even with a 200', async () => {
    h.fake.enqueue({ headers: { 'Content-Type': 'text/html' }, body: '<script>alert(1)</script>' });
    const res = await cluster.GET(apiRequest(h, 'GET', `/api/dataplatform/clusters/${CLUSTER}`), ctx({ clusterId: CLUSTER }));
    const body = await expectError(res, 502, 'upstream_bad_response');
    expect(JSON.stringify(body)).not.toContain('script');
  });

  it('every kind of answer carries no-store, nosniff, the API CSP and JSON content type', async () => {
    h.fake.enqueue({ json: clusterBody() }, { status: 404, json: {} }, { body: 'nope' });
    const get = (id: string, session = true) =>
      cluster.GET(apiRequest(h, 'GET', `/api/dataplatform/clusters/${id}`, { session }), ctx({ clusterId: id }));
    const answers = [await get(CLUSTER), await get(CLUSTER), await get(CLUSTER), await get(CLUSTER, false), await get('nope')];
    expect(answers.map((res) => res.status)).toEqual([200, 404, 502, 401, 400]);
    for (const res of answers) {
      expectJsonApiAnswer(res);
      const text = await res.text();
      expect(text).not.toMatch(/at .*\.ts:\d+|Error:/);
    }
  });

  it('an unexpected failure is a generic 500 with the request id, logged server-side', async () => {
    process.env.IONOS_API_URL = 'ftp://broken.example';
    resetConfigForTests();
    const res = await cluster.GET(apiRequest(h, 'GET', `/api/dataplatform/clusters/${CLUSTER}`), ctx({ clusterId: CLUSTER }));
    const body = await expectError(res, 500, 'internal_error');
    const requestId = res.headers.get('x-request-id') ?? 'missing';
    expect((body.messages as { message: string }[])[0]?.message).toContain(requestId);
    expect(JSON.stringify(body)).not.toContain('IONOS_API_URL');
    expect(h.logs().find((entry) => entry.event === 'bff.unexpected-error')).toMatchObject({ requestId, level: 'error' });
  });
});

describe('redirects (PROXY-06)', () => {
  it('are not followed: 502, and the redirect target hears nothing', async () => {
    const other = await startFakeUpstream();
    try {
      h.fake.setFallback({ status: 302, headers: { Location: `${other.origin}/steal` } });
      const res = await cluster.GET(apiRequest(h, 'GET', `/api/dataplatform/clusters/${CLUSTER}`), ctx({ clusterId: CLUSTER }));
      const body = await expectError(res, 502, 'upstream_redirect');
      expect(res.headers.get('location')).toBeNull();
      expect(JSON.stringify(body)).not.toContain(other.origin);
      h.fake.setFallback({ status: 307, headers: { Location: `${other.origin}/steal` } });
      const post = await clusters.POST(
        apiRequest(h, 'POST', '/api/dataplatform/clusters', { body: { properties: { name: 'ab', datacenterId: DATACENTER } } }),
        ctx({}),
      );
      await expectError(post, 502);
      expect(other.requests).toHaveLength(0);
      expect(h.fake.requests).toHaveLength(2);
    } finally {
      await other.close();
    }
  });
});

describe('the upstream answer is JSON re-serialised by the BFF', () => {
  it('keeps the content but not the formatting of the upstream', async () => {
    h.fake.enqueue({ headers: { 'Content-Type': 'application/json; charset=utf-8' }, body: `  ${JSON.stringify(clusterBody())}  ` });
    const res = await cluster.GET(apiRequest(h, 'GET', `/api/dataplatform/clusters/${CLUSTER}`), ctx({ clusterId: CLUSTER }));
    expect(await readJson(res)).toEqual(clusterBody());
  });
});
