// The API lane: the production server's way to the BFF's route handlers without Next's router. The handlers are
// the same modules (app/api/**/route.ts, bundled by scripts/build-api-lane.mjs next to the build); this module only
// matches the path the way Next does, turns the Node request into the NextRequest the handler expects and writes
// its Response back (gzip where Next would compress). Anything it is not sure about it declines, and Next serves
// it: another method than the module exports, a path Next would redirect or normalise, and everything under
// /api/auth/ (next-auth needs Next's request scope). README "Decisions" says why.
import { Readable } from 'node:stream';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import { pipeline } from 'node:stream/promises';
import { constants as zlib, createGzip, gzip as gzipCallback } from 'node:zlib';
import { NextRequest } from 'next/server';
import { HttpError, envelope } from '@/lib/server/errors';
import { log } from '@/lib/server/log';
import { webHeaders } from '@/lib/server/node-headers';

const gzip = promisify(gzipCallback);

type Method = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'OPTIONS';
const METHODS: ReadonlySet<string> = new Set<Method>(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);
type RouteHandler = (req: NextRequest, ctx: { params: Promise<Record<string, string | string[]>> }) => Promise<Response> | Response;
/** A route module as Next loads it: one export per method (and config exports this lane ignores). */
export type RouteModule = Partial<Record<Method, RouteHandler>> & Record<string, unknown>;

type Segment = { kind: 'static'; text: string } | { kind: 'param'; name: string } | { kind: 'catchAll' | 'optionalCatchAll'; name: string };
// Next's precedence at each position: a static segment, then a dynamic one, then a catch-all, then an optional one.
const RANK = { static: 0, param: 1, catchAll: 2, optionalCatchAll: 3 } as const;

export type LaneRoute = { route: string; segments: readonly Segment[]; module: RouteModule };

/** `/api/dataplatform/clusters/[clusterId]` (a route as Next names it) → its segments. */
export function parseRoute(route: string, module: RouteModule): LaneRoute {
  const segments = route
    .split('/')
    .filter(Boolean)
    .map((part): Segment => {
      const optional = /^\[\[\.\.\.([A-Za-z]\w*)\]\]$/.exec(part);
      if (optional) return { kind: 'optionalCatchAll', name: optional[1] ?? '' };
      const catchAll = /^\[\.\.\.([A-Za-z]\w*)\]$/.exec(part);
      if (catchAll) return { kind: 'catchAll', name: catchAll[1] ?? '' };
      const param = /^\[([A-Za-z]\w*)\]$/.exec(part);
      if (param) return { kind: 'param', name: param[1] ?? '' };
      if (/[[\]]/.test(part)) throw new Error(`api lane: the route segment "${part}" of ${route} is not understood.`);
      return { kind: 'static', text: part };
    });
  return { route, segments, module };
}

function matchSegments(segments: readonly Segment[], parts: readonly string[]): Record<string, string | string[]> | null {
  const params: Record<string, string | string[]> = {};
  for (const [i, segment] of segments.entries()) {
    if (segment.kind === 'catchAll' || segment.kind === 'optionalCatchAll') {
      const rest = parts.slice(i);
      if (rest.length === 0 && segment.kind === 'catchAll') return null;
      if (rest.length > 0) params[segment.name] = rest;
      return params;
    }
    const part = parts[i];
    if (part === undefined) return null;
    if (segment.kind === 'static' ? part !== segment.text : false) return null;
    if (segment.kind === 'param') params[segment.name] = part;
  }
  return parts.length === segments.length ? params : null;
}

function morePrecise(a: LaneRoute, b: LaneRoute): boolean {
  for (let i = 0; i < Math.max(a.segments.length, b.segments.length); i++) {
    const rankA = a.segments[i] ? RANK[a.segments[i]!.kind] : -1;
    const rankB = b.segments[i] ? RANK[b.segments[i]!.kind] : -1;
    if (rankA !== rankB) return rankA < rankB;
  }
  return false;
}

// Only plain paths: no empty, `.` or `..` segment, no trailing slash, nothing Next would redirect or normalise.
const PLAIN_PATH = /^\/api(?:\/[A-Za-z0-9\-_~!$&'()*+,;=:@%.]+)+$/;

/** The route of a request path and its params (decoded like Next's), or null when the lane leaves it to Next. */
export function matchRoute(routes: readonly LaneRoute[], pathname: string): { route: LaneRoute; params: Record<string, string | string[]> } | null {
  if (!PLAIN_PATH.test(pathname) || pathname === '/api/auth' || pathname.startsWith('/api/auth/')) return null;
  let parts: string[];
  try {
    parts = pathname.split('/').slice(1).map(decodeURIComponent);
  } catch {
    return null;
  }
  if (parts.some((part) => part === '.' || part === '..' || part.includes('/'))) return null;
  let best: { route: LaneRoute; params: Record<string, string | string[]> } | null = null;
  for (const route of routes) {
    const params = matchSegments(route.segments, parts);
    if (params && (!best || morePrecise(route, best.route))) best = { route, params };
  }
  return best;
}

export type ApiLaneOptions = {
  /** The origin Next gives route handlers' request URLs: `http://<hostname>:<port>` of the server. */
  origin: string;
  /** Behind a trusted proxy, X-Forwarded-Proto https makes the URL https (as Next reads it). */
  trustProxy: boolean;
  /** Requests the lane works on at once; later ones wait their turn, before any deadline of theirs starts. */
  maxConcurrent?: number;
};

/** The lane's default `maxConcurrent` (README "Decisions": the API lane). */
export const LANE_MAX_CONCURRENT = 32;

/** Whether the client accepts gzip (`Accept-Encoding`, q=0 refuses). */
function acceptsGzip(header: string | string[] | undefined): boolean {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  return value.split(',').some((item) => {
    const [coding = '', ...params] = item.trim().toLowerCase().split(';');
    if (coding.trim() !== 'gzip' && coding.trim() !== '*') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

const COMPRESSIBLE = /^(?:application\/(?:json|yaml|x-yaml)|text\/)/i;
const COMPRESS_MIN_BYTES = 1024;
// zlib's fastest level: the clusters list of 1,000 clusters (800 KB of JSON) takes 2.0 ms and 56.8 KB at level 1,
// 5.0 ms and 53.4 KB at the default 6 (Node 20, this machine): 6 % more bytes for 60 % less CPU on every answer.
const GZIP = { level: zlib.Z_BEST_SPEED };

const BODY_BYTES = Symbol.for('stackable-console.body-bytes');
type WithBodyBytes = Response & { [BODY_BYTES]?: Uint8Array };
/** The gzip of bodies handed over as bytes, made once for as long as the bytes live (a kept answer's: answer-memo.ts). */
const gzipped = new WeakMap<Uint8Array, Buffer>();

/**
 * A Response with `bytes` as its body, which the lane writes as they are – not read out of the Response, and gzipped
 * once however often the same bytes are answered. The caller must never change `bytes` afterwards.
 */
export function bytesResponse(bytes: Uint8Array, init: ResponseInit): Response {
  const res: WithBodyBytes = new Response(
    new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes);
        controller.close();
      },
    }),
    init,
  );
  res[BODY_BYTES] = bytes;
  return res;
}

async function bodyOf(response: WithBodyBytes, compress: boolean): Promise<{ body: Buffer; encoded: boolean }> {
  const given = response[BODY_BYTES];
  if (given) await response.body?.cancel();
  const bytes = given ? Buffer.from(given.buffer, given.byteOffset, given.byteLength) : Buffer.from(await response.arrayBuffer());
  if (!compress || bytes.length < COMPRESS_MIN_BYTES) return { body: bytes, encoded: false };
  let body = given && gzipped.get(given);
  if (!body) {
    body = await gzip(bytes, GZIP);
    if (given) gzipped.set(given, body);
  }
  return { body, encoded: true };
}

function shouldCompress(req: IncomingMessage, response: Response): boolean {
  return (
    !/\bno-transform\b/i.test(response.headers.get('cache-control') ?? '') &&
    COMPRESSIBLE.test(response.headers.get('content-type') ?? '') &&
    !response.headers.has('content-encoding') &&
    acceptsGzip(req.headers['accept-encoding'])
  );
}

/**
 * Writes the handler's Response: status, headers (each Set-Cookie on its own), the body gzipped where Next would
 * compress it. A download (Content-Disposition) streams as it is produced (the audit export); every other answer
 * is one buffer with its Content-Length, and under 1 KB never compressed.
 */
async function writeResponse(req: IncomingMessage, res: ServerResponse, response: Response): Promise<void> {
  res.statusCode = response.status;
  for (const [name, value] of response.headers) if (name !== 'set-cookie') res.setHeader(name, value);
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) res.setHeader('Set-Cookie', cookies);
  if (req.method === 'HEAD' || response.status === 204 || response.status === 304 || !response.body) {
    await response.body?.cancel();
    res.end();
    return;
  }
  const compress = shouldCompress(req, response);
  if (compress) res.setHeader('Vary', 'Accept-Encoding');
  if (response.headers.has('content-disposition')) {
    const source = Readable.fromWeb(response.body as import('node:stream/web').ReadableStream<Uint8Array>);
    if (compress) res.setHeader('Content-Encoding', 'gzip');
    await (compress ? pipeline(source, createGzip(GZIP), res) : pipeline(source, res));
    return;
  }
  const { body, encoded } = await bodyOf(response, compress);
  if (encoded) res.setHeader('Content-Encoding', 'gzip');
  res.setHeader('Content-Length', body.length);
  res.end(body);
}

/**
 * The lane as a Node request listener: true when it took the request (and answers it), false when Next should.
 * A handler that throws (the wrappers never let one) is a 500 in the error envelope, as Next's would be a 500.
 */
export function createApiLane(routes: readonly LaneRoute[], options: ApiLaneOptions): (req: IncomingMessage, res: ServerResponse) => boolean {
  const maxConcurrent = options.maxConcurrent ?? LANE_MAX_CONCURRENT;
  let active = 0;
  const waiting: { run: () => void; closed: () => boolean }[] = [];
  return (req, res) => {
    const target = req.url ?? '';
    if (!target.startsWith('/api/')) return false;
    const method = (req.method ?? '').toUpperCase();
    if (!METHODS.has(method)) return false;
    const queryAt = target.indexOf('?');
    const matched = matchRoute(routes, queryAt === -1 ? target : target.slice(0, queryAt));
    if (!matched) return false;
    const { module } = matched.route;
    const handler = module[method as Method] ?? (method === 'HEAD' ? module.GET : undefined);
    if (typeof handler !== 'function') return false;

    const forwardedProto = options.trustProxy ? String(req.headers['x-forwarded-proto'] ?? '') : '';
    const origin = forwardedProto.includes('https') ? options.origin.replace(/^http:/, 'https:') : options.origin;
    // Whether the client left before its answer was written. Not a signal on the NextRequest: no handler reads one,
    // and each costs a listener and a FinalizationRegistry entry in undici's Request that live until a full GC
    // (README "Performance": the load rows).
    let clientLeft = false;
    res.once('close', () => {
      if (!res.writableFinished) clientLeft = true;
    });
    const hasBody = method !== 'GET' && method !== 'HEAD';
    const request = new NextRequest(new URL(target, origin), {
      method,
      headers: webHeaders(req.headers),
      ...(hasBody ? { body: Readable.toWeb(req) as ReadableStream<Uint8Array>, duplex: 'half' } : {}),
    } as ConstructorParameters<typeof NextRequest>[1]);

    const work = async () => {
      let response: Response;
      try {
        response = await handler(request, { params: Promise.resolve(matched.params) });
      } catch (error) {
        log.error({ event: 'bff.unexpected-error', route: matched.route.route, error, stack: error instanceof Error ? error.stack : undefined });
        const failure = new HttpError(500, 'internal_error', 'The console failed to answer this request.');
        response = new Response(JSON.stringify(envelope(failure)), { status: 500, headers: { 'Content-Type': 'application/json; charset=utf-8' } });
      }
      await writeResponse(req, res, response);
    };
    const run = () => {
      active++;
      void work()
        .catch((error: unknown) => {
          // A client that left mid-answer is no error of the console's.
          if (!clientLeft) {
            log.error({ event: 'bff.lane-write-failed', route: matched.route.route, message: error instanceof Error ? error.message : 'unknown' });
          }
          res.destroy();
        })
        .finally(() => {
          active--;
          // A request whose client left while it waited is dropped unanswered.
          for (let next = waiting.shift(); next; next = waiting.shift()) {
            if (next.closed()) continue;
            next.run();
            break;
          }
        });
    };
    if (active < maxConcurrent) run();
    else waiting.push({ run, closed: () => clientLeft });
    return true;
  };
}
