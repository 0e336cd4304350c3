// AUTHZ-01 / AUTH-05: every route module under app/api (except next-auth's public /api/auth) answers 401 JSON to
// every exported method without a valid session, and the upstream hears nothing. New routes are picked up by the glob.
// Documented exceptions (PUBLIC_ROUTES): the probes /api/health and /api/ready are public by design (load
// balancers and Kubernetes have no session) and /api/metrics has its own guard (METRICS_TOKEN bearer, 404 when
// unset); each is asserted below for what it does instead.
// And by decision: app/api/[...path] (paths no route serves) answers a JSON 404 with or without a
// session; it reads no session and calls nothing, and a 404 tells a visitor nothing a 401 would not.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import { encode } from 'next-auth/jwt';
import { CLUSTER, CONSOLE, expectError, expectJsonApiAnswer, setEnv, setupBff } from './harness';

const APP = path.resolve(__dirname, '../../app');
const PUBLIC_PREFIX = 'api/auth/';
const PUBLIC_ROUTES = ['api/health/route.ts', 'api/ready/route.ts', 'api/metrics/route.ts'];
const NOT_FOUND_ROUTE = 'api/[...path]/route.ts';
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

function routeFiles(): string[] {
  return (readdirSync(path.join(APP, 'api'), { recursive: true }) as string[])
    .map((file) => path.join('api', file).split(path.sep).join('/'))
    .filter((file) => /(^|\/)route\.ts$/.test(file) && !file.startsWith(PUBLIC_PREFIX) && !PUBLIC_ROUTES.includes(file) && file !== NOT_FOUND_ROUTE)
    .sort();
}

/** The URL and params Next would hand the module for a request under its route. */
function sample(file: string): { url: string; params: Record<string, string | string[]> } {
  const segments = file.split('/').slice(0, -1);
  const params: Record<string, string | string[]> = {};
  const urlSegments = segments.map((segment) => {
    const catchAll = /^\[\.\.\.(\w+)\]$/.exec(segment);
    if (catchAll?.[1]) {
      params[catchAll[1]] = ['clusters%2F..%2F..%2Fauth', 'tokens'];
      return 'clusters%2F..%2F..%2Fauth/tokens';
    }
    const dynamic = /^\[(\w+)\]$/.exec(segment);
    if (dynamic?.[1]) {
      params[dynamic[1]] = CLUSTER;
      return CLUSTER;
    }
    return segment;
  });
  return { url: `${CONSOLE}/${urlSegments.join('/')}`, params };
}

type RouteHandler = (req: NextRequest, ctx: { params: Promise<unknown> }) => Promise<Response>;

async function exportedHandlers(file: string): Promise<[string, RouteHandler][]> {
  const mod = (await import(/* @vite-ignore */ path.join(APP, file))) as Record<string, unknown>;
  return METHODS.filter((method) => typeof mod[method] === 'function').map((method) => [method, mod[method] as RouteHandler]);
}

describe('every BFF route checks the session itself', () => {
  const h = setupBff();
  const files = routeFiles();

  it('finds the route modules of the contract', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'api/dataplatform/versions/route.ts',
        'api/dataplatform/clusters/route.ts',
        'api/dataplatform/clusters/[clusterId]/route.ts',
        'api/dataplatform/clusters/[clusterId]/kubeconfig/route.ts',
        'api/dataplatform/clusters/[clusterId]/nodepools/route.ts',
        'api/dataplatform/clusters/[clusterId]/nodepools/[nodepoolId]/route.ts',
        'api/dataplatform/[[...rest]]/route.ts',
        'api/cloud/datacenters/route.ts',
        'api/cloud/datacenters/[datacenterId]/lans/route.ts',
      ]),
    );
  });

  const forged = async (): Promise<Record<string, string>> => ({
    none: '',
    garbage: 'console-session=not-a-jwe',
    truncated: `${h.cookie().slice(0, -20)}`,
    'alg-none': 'console-session=eyJhbGciOiJub25lIn0.eyJzaWQiOiJ4In0.',
    'other-secret': `console-session=${await encode({ token: { sid: 'x', via: 'token', cred: 'x', authTime: 1, user: { name: 'x' } }, secret: 'another-secret-of-more-than-thirty-two-chars' })}`,
  });

  for (const file of files) {
    it(`${file}: 401 JSON for every exported method without a valid session`, async () => {
      const handlers = await exportedHandlers(file);
      expect(handlers.length).toBeGreaterThan(0);
      const { url, params } = sample(file);
      for (const [name, cookie] of Object.entries(await forged())) {
        for (const [method, handler] of handlers) {
          const headers: Record<string, string> = { origin: CONSOLE, 'x-console-csrf': '1', authorization: `Bearer ${name}` };
          if (cookie) headers.cookie = cookie;
          const res = await handler(new NextRequest(url, { method, headers }), { params: Promise.resolve(params) });
          const body = await expectError(res, 401, 'unauthenticated');
          expect((body.messages as { message: string }[])[0]?.message).toBe('Your session has ended. Sign in again.');
        }
      }
      expect(h.fake.requests).toHaveLength(0);
    });
  }
});

describe('the documented exceptions answer without a session, each as designed', () => {
  const h = setupBff();
  const request = (file: string, headers: Record<string, string> = {}) => new NextRequest(sample(file).url, { headers });
  const handlerOf = async (file: string) => {
    const handlers = await exportedHandlers(file);
    expect(handlers.map(([method]) => method)).toEqual(['GET']); // HEAD is Next's, from GET; other methods 405
    return handlers[0]![1];
  };
  const noParams = { params: Promise.resolve({}) };

  it('every exception exists, so the list cannot hide a route', () => {
    const all = (readdirSync(path.join(APP, 'api'), { recursive: true }) as string[]).map((file) => path.join('api', file).split(path.sep).join('/'));
    expect(all).toEqual(expect.arrayContaining(PUBLIC_ROUTES));
  });

  it('api/health/route.ts and api/ready/route.ts: public probes, JSON, no-store, with or without a cookie', async () => {
    for (const file of ['api/health/route.ts', 'api/ready/route.ts']) {
      const handler = await handlerOf(file);
      for (const headers of [{}, { cookie: 'console-session=not-a-jwe' }, { cookie: h.cookie() }] as Record<string, string>[]) {
        const res = await handler(request(file, headers), noParams);
        expect([200, 503], file).toContain(res.status);
        expectJsonApiAnswer(res);
        expect(await res.json()).toHaveProperty('status');
      }
      // Liveness never calls upstream; readiness may probe it (at most once per 10 s).
      if (file === 'api/health/route.ts') expect(h.fake.requests).toHaveLength(0);
    }
  });

  it('api/metrics/route.ts: 404 while METRICS_TOKEN is unset, then 401 without its bearer — a session does not open it', async () => {
    const handler = await handlerOf('api/metrics/route.ts');
    setEnv(h.fake, { METRICS_TOKEN: undefined });
    await expectError(await handler(request('api/metrics/route.ts', { cookie: h.cookie() }), noParams), 404, 'not_found');
    setEnv(h.fake, { METRICS_TOKEN: 'metrics-token-0123456789abcdef' });
    for (const headers of [{}, { cookie: h.cookie() }, { cookie: h.cookie(), authorization: 'Bearer not-the-token-0123456789' }] as Record<
      string,
      string
    >[]) {
      await expectError(await handler(request('api/metrics/route.ts', headers), noParams), 401, 'unauthenticated');
    }
    expect(h.fake.requests).toHaveLength(0);
  });
});

describe('the explicit exception: unknown /api paths (L6)', () => {
  const h = setupBff();

  it('app/api/[...path]: a JSON 404 for every method, with or without a session, and nothing upstream', async () => {
    const handlers = await exportedHandlers(NOT_FOUND_ROUTE);
    expect(handlers.map(([method]) => method)).toEqual([...METHODS]);
    for (const cookie of ['', h.cookie()]) {
      for (const [method, handler] of handlers) {
        const headers: Record<string, string> = cookie ? { cookie } : {};
        const res = await handler(new NextRequest(`${CONSOLE}/api/nonexistent`, { method, headers }), {
          params: Promise.resolve({ path: ['nonexistent'] }),
        });
        expect(res.status, method).toBe(404);
        expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
        expect(await res.json()).toEqual({
          httpStatus: 404,
          messages: [{ errorCode: 'not_found', message: 'This is not an operation of the console.' }],
        });
      }
    }
    expect(h.fake.requests).toHaveLength(0);
  });
});
