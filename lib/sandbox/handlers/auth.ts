// The Auth API v1 subset a console uses: generate a token, list tokens, revoke one or the current one.
import { http, HttpResponse, type HttpHandler } from 'msw';
import { DEFAULT_TOKEN_TTL_SECONDS, type IssuedToken } from '@/lib/sandbox/auth';
import { isoDate } from '@/lib/sandbox/clock';
import { SandboxError, apiErrorResponse, badRequest, notFound } from '@/lib/sandbox/errors';
import { requireUser } from '@/lib/sandbox/handlers/route';
import type { SandboxCore } from '@/lib/sandbox/sandbox';

const BASE = '/auth/v1';
const RATE_LIMIT = 120;
const RATE_BURST = 20;

/** Wraps an Auth API handler: errors in the envelope, rate-limit headers on every answer. */
function authRoute(
  sandbox: SandboxCore,
  window: { minute: number; count: number },
  handle: (request: Request, params: Record<string, string>) => Response,
): Parameters<typeof http.get>[1] {
  return ({ request, params }) => {
    const minute = Math.floor(sandbox.now() / 60_000);
    if (minute !== window.minute) Object.assign(window, { minute, count: 0 });
    window.count += 1;
    let response: Response;
    try {
      response = handle(request, Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])));
    } catch (error) {
      response = apiErrorResponse(error);
    }
    response.headers.set('X-RateLimit-Limit', String(RATE_LIMIT));
    response.headers.set('X-RateLimit-Remaining', String(Math.max(0, RATE_LIMIT - window.count)));
    response.headers.set('X-RateLimit-Burst', String(RATE_BURST));
    return response;
  };
}

function parseTtl(raw: string | null): number {
  if (raw === null) return DEFAULT_TOKEN_TTL_SECONDS;
  const ttl = Number(raw);
  if (!/^\d+$/.test(raw) || ttl < 1 || ttl > DEFAULT_TOKEN_TTL_SECONDS) {
    throw badRequest(`ttl: Give the lifetime in whole seconds, from 1 to ${DEFAULT_TOKEN_TTL_SECONDS}.`);
  }
  return ttl;
}

const tokenInfo = (t: IssuedToken) => ({
  id: t.id,
  href: `${BASE}/tokens/${t.id}`,
  createdDate: isoDate(t.iat * 1000),
  expirationDate: isoDate(t.exp * 1000),
});

export function authHandlers(sandbox: SandboxCore): HttpHandler[] {
  const url = (path: string) => `${sandbox.origin}${BASE}${path}`;
  const { tokens } = sandbox;
  // Counted per sandbox and minute; informative only, the sandbox never answers 429 by itself.
  const window = { minute: -1, count: 0 };
  return [
    // GET /auth/v1/tokens/generate?ttl= – Basic or Bearer
    http.get(
      url('/tokens/generate'),
      authRoute(sandbox, window, (request) => {
        const { user } = requireUser(request, sandbox);
        const ttl = parseTtl(new URL(request.url).searchParams.get('ttl'));
        return HttpResponse.json({ token: tokens.issue(user, ttl).token });
      }),
    ),
    // GET /auth/v1/tokens – the caller's live tokens
    http.get(
      url('/tokens'),
      authRoute(sandbox, window, (request) => {
        const { user } = requireUser(request, sandbox);
        return HttpResponse.json({ tokens: tokens.list(user.uuid).map(tokenInfo) });
      }),
    ),
    // DELETE /auth/v1/tokens?criteria=CURRENT|ALL|EXPIRED
    http.delete(
      url('/tokens'),
      authRoute(sandbox, window, (request) => {
        const auth = requireUser(request, sandbox);
        const criteria = new URL(request.url).searchParams.get('criteria');
        if (criteria === 'CURRENT') {
          if (auth.via !== 'bearer') throw badRequest('criteria: CURRENT revokes the token the request is made with; send it as a Bearer token.');
          tokens.revoke(auth.claims.jti);
        } else if (criteria === 'ALL') {
          for (const t of tokens.list(auth.user.uuid)) tokens.revoke(t.id);
        } else if (criteria !== 'EXPIRED') {
          throw badRequest('criteria: Use CURRENT, ALL or EXPIRED.');
        }
        return HttpResponse.json({ tokenDeleted: true });
      }),
    ),
    // GET and DELETE /auth/v1/tokens/{tokenId} – only the caller's own tokens
    http.get(
      url('/tokens/:tokenId'),
      authRoute(sandbox, window, (request, params) => {
        const { user } = requireUser(request, sandbox);
        const token = tokens.list(user.uuid).find((t) => t.id === params.tokenId);
        if (!token) throw notFound(`Token ${params.tokenId} does not exist.`);
        return HttpResponse.json(tokenInfo(token));
      }),
    ),
    http.delete(
      url('/tokens/:tokenId'),
      authRoute(sandbox, window, (request, params) => {
        const { user } = requireUser(request, sandbox);
        const token = tokens.list(user.uuid).find((t) => t.id === params.tokenId);
        if (!token) throw notFound(`Token ${params.tokenId} does not exist.`);
        tokens.revoke(token.id);
        return HttpResponse.json({ tokenDeleted: true });
      }),
    ),
    http.all(
      url('/*'),
      authRoute(sandbox, window, (request) => {
        throw SandboxError.of(404, 'NOT_FOUND', `No such resource: ${new URL(request.url).pathname}.`);
      }),
    ),
  ];
}
