// The API lane (lib/server/api-lane.ts): the production server's path to the route handlers without Next's router.
// Matching against the app's real routes, and the lane over a real HTTP server with route modules of its own: what
// it takes and what it leaves to Next, the request the handler sees, the answer the client gets, its queue.
import { request as httpRequest, createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { NextRequest } from 'next/server';
import { bytesResponse, createApiLane, matchRoute, parseRoute, type LaneRoute, type RouteModule } from '@/lib/server/api-lane';
import { laneRoutes } from '@/scripts/lib/api-lane.mjs';

const ID = '3f1a7c2e-9b4d-4e8f-a1c3-5d6e7f809a1b';
// zlib's gzip counted: the lane compresses the same handed-over bytes once.
const zlibCalls = vi.hoisted(() => ({ gzip: 0 }));
vi.mock('node:zlib', async (importOriginal) => {
  const zlib = await importOriginal<typeof import('node:zlib')>();
  const gzip = (...args: Parameters<typeof zlib.gzip>) => {
    zlibCalls.gzip += 1;
    return (zlib.gzip as (...a: unknown[]) => void)(...args);
  };
  return { ...zlib, default: { ...zlib, gzip }, gzip };
});

describe('matchRoute over the app’s own API routes (Next’s precedence)', () => {
  const routes = laneRoutes(process.cwd()).map(({ route }) => parseRoute(route, {}));
  const routeOf = (pathname: string) => matchRoute(routes, pathname)?.route.route ?? null;

  it('serves every route under app/api but next-auth’s', () => {
    const names = routes.map((r) => r.route);
    expect(names).toContain('/api/dataplatform/clusters/[clusterId]/nodepools/[nodepoolId]');
    expect(names).toContain('/api/[...path]');
    expect(names.some((name) => name.startsWith('/api/auth'))).toBe(false);
  });

  it('prefers a static segment to a dynamic one, and both to catch-alls', () => {
    expect(routeOf('/api/dataplatform/clusters')).toBe('/api/dataplatform/clusters');
    expect(routeOf('/api/dataplatform/versions')).toBe('/api/dataplatform/versions');
    expect(routeOf(`/api/dataplatform/clusters/${ID}`)).toBe('/api/dataplatform/clusters/[clusterId]');
    expect(routeOf(`/api/dataplatform/clusters/${ID}/kubeconfig`)).toBe('/api/dataplatform/clusters/[clusterId]/kubeconfig');
    expect(routeOf(`/api/dataplatform/clusters/${ID}/other`)).toBe('/api/dataplatform/[[...rest]]');
    expect(routeOf('/api/dataplatform')).toBe('/api/dataplatform/[[...rest]]');
    expect(routeOf('/api/cloud/anything/else')).toBe('/api/cloud/[...rest]');
    expect(routeOf('/api/nothing-here')).toBe('/api/[...path]');
  });

  it('reaches every route by a path of its own pattern (ids for params, two segments for a catch-all)', () => {
    for (const route of routes) {
      const pathname = route.route.replace(/\[\[?\.\.\.\w+\]\]?/, 'a/b').replace(/\[\w+\]/g, ID);
      expect(routeOf(pathname), pathname).toBe(route.route);
    }
  });

  it('decodes params like Next (catch-alls as arrays)', () => {
    expect(matchRoute(routes, `/api/dataplatform/clusters/${ID}`)?.params).toEqual({ clusterId: ID });
    expect(matchRoute(routes, '/api/cloud/a%20b/c')?.params).toEqual({ rest: ['a b', 'c'] });
    expect(matchRoute(routes, '/api/dataplatform')?.params).toEqual({});
  });

  it.each([
    ['next-auth', '/api/auth/session'],
    ['next-auth’s base', '/api/auth'],
    ['a trailing slash (Next redirects)', '/api/dataplatform/clusters/'],
    ['an empty segment', '/api//dataplatform/clusters'],
    ['a dot segment', '/api/dataplatform/../health'],
    ['an encoded dot segment', '/api/dataplatform/%2e%2e/health'],
    ['an encoded slash', '/api/cloud/a%2fb'],
    ['broken percent-encoding', '/api/cloud/%E0%A4%A'],
    ['another prefix', '/apix/health'],
  ])('leaves %s to Next: %s', (_why, pathname) => {
    expect(matchRoute(routes, pathname)).toBeNull();
  });
});

type Seen = { url: string; method: string; params: unknown; body?: string; header?: string | null };

describe('the lane over HTTP', () => {
  let server: Server;
  let base: { host: string; port: number };
  const seen: Seen[] = [];
  let release: () => void = () => undefined;
  let started = 0;
  const record = async (req: NextRequest, ctx: { params: Promise<unknown> }, body?: string) => {
    seen.push({ url: req.url, method: req.method, params: await ctx.params, body, header: req.headers.get('x-test') });
  };
  const big = JSON.stringify({ items: Array.from({ length: 200 }, (_, i) => ({ id: i, name: `item-${i}` })) });
  const handedOver = new TextEncoder().encode(big);
  // Above the size the lane compresses in place (256 KB): this one goes through zlib's thread pool.
  const large = JSON.stringify({ items: Array.from({ length: 12_000 }, (_, i) => ({ id: i, name: `item-${i}` })) });

  const modules: Record<string, RouteModule> = {
    '/api/items': {
      GET: async (req, ctx) => {
        await record(req, ctx);
        const res = new Response(big, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
        res.headers.append('Set-Cookie', 'a=1; Path=/; HttpOnly');
        res.headers.append('Set-Cookie', 'b=2; Path=/; HttpOnly');
        return res;
      },
      POST: async (req, ctx) => {
        await record(req, ctx, await req.text());
        return new Response('{"created":true}', { status: 201, headers: { 'Content-Type': 'application/json' } });
      },
    },
    '/api/items/[itemId]': {
      GET: async (req, ctx) => {
        await record(req, ctx);
        return new Response(big, { headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store, no-transform' } });
      },
    },
    '/api/small': { GET: async () => new Response('{"ok":true}', { headers: { 'Content-Type': 'application/json' } }) },
    '/api/bytes': { GET: async () => bytesResponse(handedOver, { headers: { 'Content-Type': 'application/json' } }) },
    '/api/large': { GET: async () => new Response(large, { headers: { 'Content-Type': 'application/json' } }) },
    '/api/throws': {
      GET: async () => {
        throw new Error('a handler bug');
      },
    },
    '/api/download': {
      GET: async () => {
        const encoder = new TextEncoder();
        const stream = new ReadableStream<Uint8Array>({
          start(controller) {
            for (let i = 0; i < 3; i++) controller.enqueue(encoder.encode(`line ${i}\n`));
            controller.close();
          },
        });
        return new Response(stream, { headers: { 'Content-Type': 'text/plain', 'Content-Disposition': 'attachment; filename="x.txt"' } });
      },
    },
    '/api/hold': {
      GET: async () => {
        started++;
        if (started === 1) await new Promise<void>((resolve) => (release = resolve));
        return new Response(`{"n":${started}}`, { headers: { 'Content-Type': 'application/json' } });
      },
    },
  };

  beforeAll(async () => {
    const routes: LaneRoute[] = Object.entries(modules).map(([route, module]) => parseRoute(route, module));
    const lane = createApiLane(routes, { origin: 'http://console.test:3000', trustProxy: false, maxConcurrent: 1 });
    server = createServer((req, res) => {
      if (lane(req, res)) return;
      res.writeHead(299, { 'Content-Type': 'text/plain' }).end('next');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = { host: '127.0.0.1', port: (server.address() as AddressInfo).port };
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  type Answer = { status: number; headers: IncomingHttpHeaders; body: Buffer };
  const send = (method: string, path: string, headers: Record<string, string> = {}, body?: string) =>
    new Promise<Answer>((resolve, reject) => {
      const req = httpRequest({ ...base, method, path, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on('error', reject);
      req.end(body);
    });

  it('hands the handler a NextRequest on the server’s own origin, with the path, query, headers and decoded params', async () => {
    seen.length = 0;
    const res = await send('GET', '/api/items/a%20b?x=1', { 'x-test': 'yes', 'x-forwarded-proto': 'https' });
    expect(res.status).toBe(200);
    expect(seen).toEqual([{ url: 'http://console.test:3000/api/items/a%20b?x=1', method: 'GET', params: { itemId: 'a b' }, header: 'yes' }]);
  });

  it('passes the request body of a POST, and the status of the answer', async () => {
    seen.length = 0;
    const res = await send('POST', '/api/items', { 'content-type': 'application/json' }, '{"name":"n"}');
    expect(res.status).toBe(201);
    expect(JSON.parse(res.body.toString())).toEqual({ created: true });
    expect(seen[0]).toMatchObject({ method: 'POST', body: '{"name":"n"}', params: {} });
  });

  it('keeps each Set-Cookie apart and gzips a JSON answer of 1 KB or more for a client that accepts it', async () => {
    const res = await send('GET', '/api/items', { 'accept-encoding': 'gzip, deflate' });
    expect(res.headers['set-cookie']).toEqual(['a=1; Path=/; HttpOnly', 'b=2; Path=/; HttpOnly']);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers.vary).toBe('Accept-Encoding');
    expect(Number(res.headers['content-length'])).toBe(res.body.length);
    expect(gunzipSync(res.body).toString()).toBe(big);
    // zlib's fastest level (RFC 1952: XFL 4, "compressor used fastest algorithm"): CPU is what a BFF runs short of.
    expect(res.body[8]).toBe(4);
  });

  it('gzips a large answer too (through the thread pool), at the same level', async () => {
    expect(large.length).toBeGreaterThan(256 * 1024);
    const res = await send('GET', '/api/large', { 'accept-encoding': 'gzip' });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(Number(res.headers['content-length'])).toBe(res.body.length);
    expect(gunzipSync(res.body).toString()).toBe(large);
    expect(res.body[8]).toBe(4);
  });

  it('writes bytes handed over (bytesResponse) as they are, and gzips the same bytes once however often they are answered', async () => {
    expect(await bytesResponse(handedOver, {}).text()).toBe(big);
    const plain = await send('GET', '/api/bytes');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(big);
    expect(Number(plain.headers['content-length'])).toBe(plain.body.length);
    const before = zlibCalls.gzip;
    const [first, second] = [
      await send('GET', '/api/bytes', { 'accept-encoding': 'gzip' }),
      await send('GET', '/api/bytes', { 'accept-encoding': 'gzip' }),
    ];
    for (const res of [first, second]) {
      expect(res.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(res.body).toString()).toBe(big);
    }
    expect(zlibCalls.gzip - before).toBe(1);
    await send('GET', '/api/items', { 'accept-encoding': 'gzip' });
    await send('GET', '/api/items', { 'accept-encoding': 'gzip' });
    expect(zlibCalls.gzip - before).toBe(3);
  });

  it('sends the body as it is without Accept-Encoding gzip, for `no-transform`, and under 1 KB', async () => {
    for (const [path, headers] of [
      ['/api/items', {}],
      ['/api/items', { 'accept-encoding': 'gzip;q=0, deflate' }],
      ['/api/items/x', { 'accept-encoding': 'gzip' }],
      ['/api/small', { 'accept-encoding': 'gzip' }],
    ] as const) {
      const res = await send('GET', path, headers);
      expect(res.headers['content-encoding'], `${path} ${JSON.stringify(headers)}`).toBeUndefined();
      expect(Number(res.headers['content-length'])).toBe(res.body.length);
    }
  });

  it('answers HEAD with the GET handler and no body', async () => {
    seen.length = 0;
    const res = await send('HEAD', '/api/items');
    expect(res.status).toBe(200);
    expect(res.body.length).toBe(0);
    expect(seen.map((s) => s.method)).toEqual(['HEAD']);
  });

  it('leaves methods the module does not export, and paths it does not serve, to Next', async () => {
    for (const [method, path] of [
      ['PATCH', '/api/items'],
      ['OPTIONS', '/api/items'],
      ['GET', '/api/items/'],
      ['GET', '/api/auth/session'],
      ['GET', '/api/unknown'],
      ['GET', '/clusters'],
    ]) {
      const res = await send(method!, path!);
      expect(`${method} ${path}: ${res.status} ${res.body.toString()}`).toBe(`${method} ${path}: 299 next`);
    }
  });

  it('answers a handler that throws with a 500 in the error envelope', async () => {
    const res = await send('GET', '/api/throws');
    expect(res.status).toBe(500);
    expect(JSON.parse(res.body.toString())).toMatchObject({ httpStatus: 500, messages: [{ errorCode: 'internal_error' }] });
    expect(res.body.toString()).not.toContain('a handler bug');
  });

  it('streams a download as it is produced (no Content-Length)', async () => {
    const res = await send('GET', '/api/download');
    expect(res.headers['content-length']).toBeUndefined();
    expect(res.headers['transfer-encoding']).toBe('chunked');
    expect(res.body.toString()).toBe('line 0\nline 1\nline 2\n');
  });

  it('works on at most maxConcurrent requests; the next one starts when one ends', async () => {
    started = 0;
    const first = send('GET', '/api/hold');
    await expect.poll(() => started).toBe(1);
    const second = send('GET', '/api/hold');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(started).toBe(1);
    release();
    // The first answers after its release with the count of that moment: the second had not started.
    expect(JSON.parse((await first).body.toString())).toEqual({ n: 1 });
    expect(JSON.parse((await second).body.toString())).toEqual({ n: 2 });
    expect(started).toBe(2);
  });

  it('drops a waiting request whose client left, and runs the next one', async () => {
    started = 0;
    const first = send('GET', '/api/hold');
    await expect.poll(() => started).toBe(1);
    // The server's answers in the order their requests came (the lane's own listeners come first on each).
    const answers: ServerResponse[] = [];
    const count = (_: IncomingMessage, res: ServerResponse) => answers.push(res);
    server.on('request', count);
    const received = () => answers.length;
    const leaving = httpRequest({ ...base, method: 'GET', path: '/api/hold', agent: false });
    leaving.on('error', () => undefined);
    leaving.end();
    await expect.poll(received).toBe(1);
    const left = new Promise((resolve) => answers[0]!.once('close', resolve));
    leaving.destroy();
    await left;
    const third = send('GET', '/api/hold');
    await expect.poll(received).toBe(2);
    server.off('request', count);
    release();
    expect(JSON.parse((await first).body.toString())).toEqual({ n: 1 });
    // The handler ran twice, not three times: the request whose client left never started.
    expect(JSON.parse((await third).body.toString())).toEqual({ n: 2 });
    expect(started).toBe(2);
  });
});
