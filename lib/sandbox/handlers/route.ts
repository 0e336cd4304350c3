// The one wrapper every sandbox API handler goes through: credentials, contract, path ids, and
// errors turned into the ErrorResponse envelope. Handlers stay free of try/catch.
import { http, type HttpHandler } from 'msw';
import type { z } from 'zod';
import { uuidSchema } from '@/lib/api/common/schema';
import { authenticate, type AuthResult } from '@/lib/sandbox/auth';
import { SandboxError, apiErrorResponse, errorResponse, validationError } from '@/lib/sandbox/errors';
import type { SandboxCore } from '@/lib/sandbox/sandbox';
import type { SandboxUser } from '@/lib/sandbox/users';

export type Method = 'get' | 'post' | 'patch' | 'delete';

export interface RouteContext {
  request: Request;
  url: URL;
  params: Record<string, string>;
  user: SandboxUser;
  auth: Extract<AuthResult, { ok: true }>;
  sandbox: SandboxCore;
}

export interface RouteDef {
  method: Method;
  path: string;
  handle: (ctx: RouteContext) => Response | Promise<Response>;
}

// Path parameters that the contract declares as UUIDs.
const UUID_PARAMS = new Set(['clusterId', 'nodepoolId']);

export function requireUser(request: Request, sandbox: SandboxCore): Extract<AuthResult, { ok: true }> {
  const auth = authenticate(request, sandbox.tokens);
  if (!auth.ok) throw SandboxError.of(401, 'UNAUTHORIZED', auth.message);
  // Users of several contracts pick one with this header; the sandbox users have one contract each.
  const contract = request.headers.get('x-contract-number');
  if (contract && contract.trim() !== String(auth.user.contractNumber)) {
    throw SandboxError.of(403, 'FORBIDDEN', `You are not a member of contract ${contract.trim()}.`);
  }
  return auth;
}

export function toHandler(sandbox: SandboxCore, route: RouteDef, guard?: (ctx: RouteContext) => void): HttpHandler {
  return http[route.method](`${sandbox.origin}${route.path}`, async ({ request, params }) => {
    try {
      const auth = requireUser(request, sandbox);
      const flat = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)]));
      const ctx: RouteContext = { request, url: new URL(request.url), params: flat, user: auth.user, auth, sandbox };
      guard?.(ctx);
      for (const [name, value] of Object.entries(flat)) {
        if (!UUID_PARAMS.has(name)) continue;
        const parsed = uuidSchema.safeParse(value);
        if (!parsed.success) throw validationError(parsed.error, [name]);
      }
      return await route.handle(ctx);
    } catch (error) {
      return apiErrorResponse(error);
    }
  });
}

function pathRegex(path: string): RegExp {
  return new RegExp(`^${path.replace(/:[A-Za-z]+/g, '[^/]+')}/?$`);
}

/** Unknown paths under `prefix` answer 404, known paths with another method 405 (with Allow). */
export function fallbackHandler(sandbox: SandboxCore, prefix: string, routes: readonly RouteDef[]): HttpHandler {
  return http.all(`${sandbox.origin}${prefix}/*`, ({ request }) => {
    const path = new URL(request.url).pathname;
    const allowed = routes.filter((r) => pathRegex(r.path).test(path)).map((r) => r.method.toUpperCase());
    if (allowed.length === 0) {
      return errorResponse(404, [{ errorCode: 'NOT_FOUND', message: `No such resource: ${path}.` }]);
    }
    return errorResponse(
      405,
      [{ errorCode: 'METHOD_NOT_ALLOWED', message: `${request.method} is not allowed on ${path}; use ${allowed.join(', ')}.` }],
      {
        Allow: [...new Set(allowed)].join(', '),
      },
    );
  });
}

/** Parses a JSON body with a request schema: malformed JSON and every schema issue answer 400. */
export async function readJson<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> {
  const text = await request.text();
  if (text.trim() === '') throw SandboxError.of(400, 'MALFORMED_REQUEST', 'body: A JSON request body is required.');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw SandboxError.of(400, 'MALFORMED_JSON', 'body: The request body is not valid JSON.');
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw validationError(parsed.error);
  return parsed.data;
}
