// The one wrapper of every BFF route handler: request id, session first, CSRF guard, ids, query and body checked
// against the contract, the upstream answer parsed with the contract, one error envelope, API security headers,
// one log line. Handlers stay a few lines and never catch.
import 'server-only';
import type { NextRequest } from 'next/server';
import type { z } from 'zod';
import type { AppRouteHandlerRoutes } from '@/.next/types/routes';
import { uuidSchema } from '@/lib/api/common/schema';
import { API_SECURITY_HEADERS } from '@/lib/security-headers';
import { assertCsrfSafe, assertSameOriginFetch, isUnsafeMethod } from '@/lib/server/csrf';
import { HttpError, envelope, internalError, unauthenticated, upstreamFailure } from '@/lib/server/errors';
import { log } from '@/lib/server/log';
import { bytesResponse } from '@/lib/server/api-lane';
import { checkedJsonBody } from '@/lib/server/relay';
import { keptCheck, type KeptCheck } from '@/lib/server/upstream/answer-memo';
import { recordRequest, runRequest } from '@/lib/server/request-scope';
import { auditRequest, portalRequestFor, requireCluster, withTokenScope, type PortalRequest } from '@/lib/server/portal/guard';
import { portalStores } from '@/lib/server/portal/stores';
import type { TeamAction } from '@/lib/portal/policy';
import type { AuditAction } from '@/lib/portal/store/types';
import { getConfig } from '@/lib/server/config';
import {
  accessTokenSession,
  applySessionRefresh,
  clearSessionCookie,
  getRequestSession,
  revokeSession,
  upstreamAuthorization,
  type ConsoleSession,
} from '@/lib/server/session';
import { callUpstream, type UpstreamResult, type UpstreamTarget } from '@/lib/server/upstream/client';
import { upstreamErrors } from '@/lib/server/upstream/errors';
import type { UpstreamApi, UpstreamMethodOf, UpstreamTemplateOf } from '@/lib/server/upstream/paths';
import { decodeUtf8, readLimited } from '@/lib/server/upstream/read-body';
import { sanitizeRetryAfter } from '@/lib/server/upstream/retry';
import { POLL_HEADER, type HttpMethod } from '@/lib/shared/http';

type QuerySpec = Readonly<Record<string, z.ZodType<string>>>;
type NoQuery = Record<never, z.ZodType<string>>;
type ParamsOf<R extends AppRouteHandlerRoutes> = Awaited<RouteContext<R>['params']>;

/** Calls an allowlisted operation with the session's credential (the handler never sees it). */
export type UpstreamCaller = <A extends UpstreamApi, M extends UpstreamMethodOf<A>, T extends UpstreamTemplateOf<A, M>>(
  target: UpstreamTarget<A, M, T>,
) => Promise<UpstreamResult>;

export type RouteOptions<R extends AppRouteHandlerRoutes, B extends z.ZodType | undefined, Q extends QuerySpec> = {
  /** The route as Next names it; its `[id]` params are checked as lowercase UUIDs. Also the log's `route`. */
  route: R;
  /** The contract's request schema; the parsed value (only the contract's fields) is what goes upstream. */
  body?: B;
  /** Allowed query parameters, each at most once; anything else is a 400. */
  query?: Q;
  /** The contract's response schema for upstream answers the handler returns. */
  response?: z.ZodType;
  /** Refuse Sec-Fetch-Site cross-site / same-site even for GET (credential downloads). */
  sameOriginOnly?: boolean;
  /** Only for handlers that never call upstream (405 / unknown operation): skip the CSRF guard. */
  csrf?: false;
  /**
   * Portal mode (CONSOLE_AUTH=oidc): what the route needs before anything goes upstream. `open`: any signed-in
   * person (versions, data centers); `{ cluster: action }`: that action on the path's cluster (404 for another
   * team's, 403 for a role too low); `handler`: the handler checks itself (lists, create). A route without it cannot
   * call upstream in portal mode (fail closed).
   */
  portal?: 'open' | 'handler' | { cluster: TeamAction };
  /** Portal mode: the audit action of this route (a handler may refine it through `ctx.portal.action`). */
  audit?: AuditAction;
  /** Portal mode: a personal access token (`Authorization: Bearer dpc_…`) may call this GET route without a session. */
  acceptsAccessToken?: boolean;
};

export type HandlerContext<R extends AppRouteHandlerRoutes, B extends z.ZodType | undefined, Q extends QuerySpec> = {
  req: NextRequest;
  requestId: string;
  session: ConsoleSession;
  /** Portal mode: the person's roles and the request's audit facts; null in personal mode. */
  portal: PortalRequest | null;
  params: ParamsOf<R>;
  query: { [K in keyof Q]?: z.output<Q[K]> };
  body: B extends z.ZodType ? z.output<B> : undefined;
  call: UpstreamCaller;
};

/** A handler answers an upstream result (relayed through `options.response`) or a finished Response. */
export type Handler<R extends AppRouteHandlerRoutes, B extends z.ZodType | undefined, Q extends QuerySpec> = (
  context: HandlerContext<R, B, Q>,
) => Promise<UpstreamResult | Response>;

const MAX_BODY_BYTES = 64 * 1024;
const MAX_MESSAGES = 20;
const API_HEADERS: Readonly<Record<string, string>> = { ...API_SECURITY_HEADERS, 'Referrer-Policy': 'no-referrer' };
// Next gzips every answer it streams (all of them: it sends none with a Content-Length, so the compression
// middleware's 1 KB threshold never applies), which for a few hundred bytes of JSON costs more CPU than it saves.
// `no-transform` is how an answer opts out: small upstream reads (versions, one cluster) do; larger ones stay
// compressed.
const COMPRESS_MIN_CHARS = 1024;
const JSON_HEADERS = { 'Content-Type': 'application/json; charset=utf-8' };
const NO_STORE_UNCOMPRESSED = 'no-store, no-transform';

const badRequest = (errorCode: string, message: string, more: { errorCode: string; message: string }[] = []) =>
  new HttpError(400, errorCode, message, { more });

function issuesError(errorCode: string, error: z.ZodError, prefix?: string): HttpError {
  const messages = error.issues.slice(0, MAX_MESSAGES).map((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    return { errorCode, message: path ? `${path}: ${issue.message}` : issue.message };
  });
  const [first = { errorCode, message: 'The request is invalid.' }, ...more] = messages;
  return badRequest(first.errorCode, first.message, more);
}

/** Path params that are not UUIDs: a portal team id (lib/portal/config.ts's rule). */
const TEXT_PARAMS: Readonly<Record<string, RegExp>> = { teamId: /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/ };

function checkParams(values: Record<string, unknown>, names: readonly string[]): void {
  for (const name of names) {
    const value = values[name];
    const text = Object.hasOwn(TEXT_PARAMS, name) ? TEXT_PARAMS[name] : undefined;
    if (text) {
      if (typeof value !== 'string' || !text.test(value)) throw badRequest('invalid_parameter', `${name}: Not a team id.`);
      continue;
    }
    if (typeof value !== 'string' || !uuidSchema.safeParse(value).success) {
      throw badRequest('invalid_parameter', `${name}: Not a lowercase UUID.`);
    }
  }
}

function parseQuery(req: NextRequest, spec: QuerySpec): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of req.nextUrl.searchParams) {
    const schema = Object.hasOwn(spec, key) ? spec[key] : undefined;
    const shown = JSON.stringify(key.slice(0, 40));
    if (!schema) throw badRequest('invalid_query', `Unknown query parameter ${shown}.`);
    if (Object.hasOwn(out, key)) throw badRequest('invalid_query', `The query parameter ${shown} may appear only once.`);
    const parsed = schema.safeParse(value);
    if (!parsed.success) throw issuesError('invalid_query', parsed.error, key);
    out[key] = parsed.data;
  }
  return out;
}

async function parseJsonBody<S extends z.ZodType>(req: NextRequest, schema: S): Promise<z.output<S>> {
  const tooLarge = new HttpError(413, 'payload_too_large', `The request body is larger than ${MAX_BODY_BYTES / 1024} KB.`);
  if (Number(req.headers.get('content-length')) > MAX_BODY_BYTES) throw tooLarge;
  const bytes = await readLimited(req.body, MAX_BODY_BYTES);
  if (bytes === null) throw tooLarge;
  const text = decodeUtf8(bytes);
  if (text === null) throw badRequest('invalid_body', 'The request body is not UTF-8 text.');
  if (text.trim() === '') throw badRequest('invalid_body', 'This request needs a JSON body.');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw badRequest('invalid_body', 'The request body is not valid JSON.');
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw issuesError('invalid_body', parsed.error);
  return parsed.data;
}

/** A JSON answer of the BFF (security headers are added by the wrapper). */
export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: JSON_HEADERS });
}

/**
 * The contract-checked body of a successful upstream answer. Error statuses become the error envelope (status
 * and messages kept); a body that breaks the contract becomes a 502.
 */
export function expectSuccess<S extends z.ZodType>(result: UpstreamResult, schema: S): z.output<S> {
  return checkSuccess(result, schema).data as z.output<S>;
}

/** expectSuccess's check, done once for the repeats of a kept answer (lib/server/upstream/answer-memo.ts). */
function checkSuccess(result: UpstreamResult, schema: z.ZodType): KeptCheck {
  if (result.status >= 400) {
    const retryAfter = result.headers.get('retry-after');
    throw upstreamFailure(result.status, result.body, retryAfter === null ? undefined : Number(retryAfter));
  }
  const check = () => {
    const parsed = schema.safeParse(result.body);
    if (!parsed.success) {
      log.warn({ event: 'upstream.unexpected-body', status: result.status, issues: parsed.error.issues.slice(0, 5).map((i) => i.path.join('.')) });
      throw upstreamErrors.badResponse();
    }
    return parsed.data;
  };
  // Only while `body` is the kept one: a caller may hand on an answer with a body of its own (`{ ...result, body }`).
  return result.kept && result.kept.body === result.body ? keptCheck(result.kept, schema, check) : { data: check() };
}

/**
 * The contract-checked upstream answer as the BFF's JSON answer (status kept). The check is expectSuccess's; the
 * body is the upstream text unchanged when the check changed nothing, else the checked value (lib/server/relay.ts).
 */
export function checkedJson<S extends z.ZodType>(result: UpstreamResult, schema: S): Response {
  const checked = checkSuccess(result, schema);
  if (!checked.relay) {
    const body = checkedJsonBody(result, checked.data);
    checked.relay = typeof body === 'string' ? new TextEncoder().encode(body) : body;
  }
  const res = bytesResponse(checked.relay, { status: result.status, headers: JSON_HEADERS });
  if (checked.relay.byteLength < COMPRESS_MIN_CHARS) res.headers.set('Cache-Control', NO_STORE_UNCOMPRESSED);
  return res;
}

/** An HttpError as the one error envelope, with its Retry-After and Allow headers. */
export function errorResponse(error: HttpError): Response {
  const res = json(envelope(error), error.status);
  if (error.retryAfterSeconds !== undefined && Number.isFinite(error.retryAfterSeconds)) {
    res.headers.set('Retry-After', String(sanitizeRetryAfter(error.retryAfterSeconds)));
  }
  if (error.allow) res.headers.set('Allow', error.allow.join(', '));
  return res;
}

/** The headers of every BFF answer (public routes too). */
export function harden(res: Response, requestId: string): Response {
  const uncompressed = res.headers.get('Cache-Control') === NO_STORE_UNCOMPRESSED;
  for (const [name, value] of Object.entries(API_HEADERS)) res.headers.set(name, value);
  if (uncompressed) res.headers.set('Cache-Control', NO_STORE_UNCOMPRESSED);
  if (!res.headers.has('Content-Type')) res.headers.set('Content-Type', 'application/json; charset=utf-8');
  for (const name of ['ETag', 'Last-Modified', 'Server', 'Location']) res.headers.delete(name);
  res.headers.set('X-Request-Id', requestId);
  return res;
}

const ACCESS_TOKEN = /^Bearer (dpc_[A-Za-z0-9_-]{20,100})$/;

/**
 * Portal mode: the session of a request that carries a personal access token instead of a cookie, scoped to the
 * token's teams; 401 for a token that is unknown, expired or revoked. Null when there is no token.
 */
async function accessTokenRequest(req: NextRequest): Promise<{ session: ConsoleSession; portal: PortalRequest } | null> {
  const header = req.headers.get('authorization');
  if (!header) return null;
  const secret = ACCESS_TOKEN.exec(header)?.[1];
  const token = secret ? await (await portalStores()).tokens.authenticate(secret) : null;
  if (!token) throw new HttpError(401, 'invalid_access_token', 'The access token is unknown, expired or revoked.');
  const session = accessTokenSession(token);
  const portal = portalRequestFor(session);
  if (!portal) throw new Error('An access token outside portal mode.');
  return { session, portal: withTokenScope(portal, token.teams) };
}

/** Wraps a route handler; see RouteOptions. The result is typed with Next's generated RouteContext. */
export function withSession<R extends AppRouteHandlerRoutes, B extends z.ZodType | undefined = undefined, Q extends QuerySpec = NoQuery>(
  handler: Handler<R, B, Q>,
  options: RouteOptions<R, B, Q>,
): (req: NextRequest, ctx: RouteContext<R>) => Promise<Response> {
  const idParams = [...options.route.matchAll(/\[([A-Za-z]+)\]/g)].map((match) => match[1] ?? '');
  const handle = async (req: NextRequest, ctx: RouteContext<R>, requestId: string): Promise<Response> => {
    const started = performance.now();
    const upstream: Record<string, unknown>[] = [];
    let session: ConsoleSession | null = null;
    let portal: PortalRequest | null = null;
    let failure: string | undefined;
    let failureMessage: string | undefined;
    // The upstream refused or could not be reached (an audit entry's `failed`, as opposed to the console's `refused`).
    let upstreamFailed = false;
    let res: Response;
    try {
      session = await getRequestSession(req);
      if (session) portal = portalRequestFor(session);
      else if (options.acceptsAccessToken && getConfig().auth === 'oidc')
        ({ session, portal } = (await accessTokenRequest(req)) ?? { session: null, portal: null });
      if (!session) throw unauthenticated();
      if (portal && options.audit) portal.action = options.audit;
      if (options.sameOriginOnly && !session.accessTokenId) assertSameOriginFetch(req);
      if (options.csrf !== false && isUnsafeMethod(req.method)) assertCsrfSafe(req, { bodyExpected: !!options.body });
      const params = (await ctx.params) as ParamsOf<R>;
      checkParams(params as Record<string, unknown>, idParams);
      const query = parseQuery(req, options.query ?? {}) as HandlerContext<R, B, Q>['query'];
      const body = (options.body ? await parseJsonBody(req, options.body) : undefined) as HandlerContext<R, B, Q>['body'];
      if (portal && typeof options.portal === 'object') {
        const clusterId = (params as Record<string, unknown>).clusterId;
        if (typeof clusterId !== 'string') throw new Error(`withSession(${options.route}): a cluster rule needs a [clusterId] param.`);
        await requireCluster(portal, clusterId, options.portal.cluster);
      }
      const authorization = upstreamAuthorization(session);
      const call: UpstreamCaller = async (target) => {
        if (portal && !options.portal) throw new Error(`withSession(${options.route}): no portal rule, so no upstream call in portal mode.`);
        const entry: Record<string, unknown> = { api: target.api, operation: `${target.method} ${target.template}` };
        upstream.push(entry);
        try {
          const result = await callUpstream({ ...target, authorization }).catch((error: unknown) => {
            upstreamFailed = true;
            throw error;
          });
          Object.assign(entry, { status: result.status, attempts: result.attempts });
          if (result.status >= 400) upstreamFailed = true;
          // Portal mode calls with the server's service credential: its refusal is the operator's problem, not a
          // reason to end the person's session.
          if (portal && result.status === 401) {
            throw new HttpError(502, 'service_credential_refused', 'The IONOS API refused the console’s service credential. Tell the platform team.');
          }
          return result;
        } catch (error) {
          entry.error = error instanceof HttpError ? error.errorCode : 'unexpected';
          throw error;
        }
      };
      const reply = await handler({ req, requestId, session, portal, params, query, body, call });
      if (reply instanceof Response) {
        res = reply;
      } else {
        if (!options.response) throw new Error(`withSession(${options.route}): a handler returned an upstream result but no response schema is set.`);
        res = checkedJson(reply, options.response);
      }
      // A background poll (X-Console-Poll: 1) is no activity of the user: it must not slide the idle timeout.
      if (res.status < 400 && req.headers.get(POLL_HEADER) !== '1') await applySessionRefresh(res, session);
    } catch (error) {
      if (error instanceof HttpError) {
        failure = error.errorCode;
        failureMessage = error.message;
        res = errorResponse(error);
      } else {
        failure = 'internal_error';
        log.error({ event: 'bff.unexpected-error', requestId, route: options.route, error, stack: error instanceof Error ? error.stack : undefined });
        res = errorResponse(internalError(requestId));
      }
    }
    if (portal) await auditRequest(portal, { status: res.status, upstreamCalled: upstreamFailed, reason: failureMessage, requestId });
    if (session && res.status === 401 && session.via !== 'oidc') {
      // The upstream no longer accepts this session's credential (expired or revoked there): end the session
      // here too, or the sign-in page would see a live cookie and send the user straight back.
      await revokeSession(session);
      clearSessionCookie(res);
    }
    harden(res, requestId);
    log.info({
      event: 'bff.request',
      requestId,
      method: req.method,
      route: options.route,
      status: res.status,
      durationMs: Math.round(performance.now() - started),
      user: session ? (session.user.email ?? session.user.name) : undefined,
      ...(failure ? { error: failure } : {}),
      ...(upstream.length > 0 ? { upstream } : {}),
    });
    recordRequest({ route: options.route, method: req.method, status: res.status, startedAt: started, sid: session?.sid });
    return res;
  };
  // The request context carries the id to every log line and span of this request, upstream calls included.
  return (req, ctx) => runRequest(options.route, (requestId) => handle(req, ctx, requestId));
}

/** 405 (with Allow) for the methods a route does not implement; 401 first, like every handler. */
export function methodsNotAllowed<R extends AppRouteHandlerRoutes>(route: R, allow: readonly HttpMethod[]) {
  const allowed = allow.includes('GET') && !allow.includes('HEAD') ? [...allow, 'HEAD'] : [...allow];
  const handler = withSession(
    async ({ req }) => {
      throw new HttpError(405, 'method_not_allowed', `${req.method} is not an operation of this path. Allowed: ${allowed.join(', ')}.`, {
        allow: allowed,
      });
    },
    { route, csrf: false },
  );
  return { GET: handler, POST: handler, PUT: handler, PATCH: handler, DELETE: handler, OPTIONS: handler };
}

/** Every method of a catch-all route: 400 for a path that is not an operation of the API. No pass-through. */
export function unknownOperation<R extends AppRouteHandlerRoutes>(route: R, apiName: string) {
  const handler = withSession(
    async ({ req }) => {
      const path = req.nextUrl.pathname.slice(0, 200);
      throw new HttpError(400, 'unknown_operation', `${req.method} ${path} is not an operation of the ${apiName} API.`);
    },
    { route, csrf: false },
  );
  return { GET: handler, POST: handler, PUT: handler, PATCH: handler, DELETE: handler, HEAD: handler, OPTIONS: handler };
}
