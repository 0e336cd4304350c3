// The checks in front of next-auth's route handler. next-auth v4 trusts its input: it reads bodies without a limit,
// builds its error redirect from the raw `error` value (Node refuses the header, Next prints the raw value as log
// lines and answers 500), turns a bad `callbackUrl` into a 500 and answers /api/auth/session from the cookie alone.
// Here every request is checked first; refusals use the BFF's error envelope; next-auth only sees clean input.
import 'server-only';
import { randomUUID } from 'node:crypto';
import { NextRequest } from 'next/server';
import { API_SECURITY_HEADERS } from '@/lib/security-headers';
import { getConfig } from '@/lib/server/config';
import { HttpError, internalError } from '@/lib/server/errors';
import { log } from '@/lib/server/log';
import { errorResponse, json } from '@/lib/server/route';
import { clearSessionCookie, getRequestSession, sessionCookieName } from '@/lib/server/session';
import { OIDC_PROVIDER_ID, withProviderLogout } from '@/lib/server/auth/oidc';
import { decodeUtf8, readLimited } from '@/lib/server/upstream/read-body';

/** Sign-in, sign-out and session bodies are a few hundred bytes; 64 KB like the BFF's own routes. */
export const MAX_AUTH_BODY_BYTES = 64 * 1024;
const MAX_VALUE_LENGTH = 2048;
// Values next-auth copies into headers, redirects or cookies: printable ASCII only (no CR/LF, NUL, U+2028, latin-1).
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const CHECKED_FIELDS = ['error', 'callbackUrl', 'csrfToken'] as const;
const CALLBACK_COOKIES = ['next-auth.callback-url', '__Secure-next-auth.callback-url'];
/** The actions next-auth serves for this console (no e-mail provider, so no verify-request). */
const ACTIONS: Readonly<Record<string, readonly string[]>> = {
  csrf: ['GET'],
  providers: ['GET'],
  session: ['GET', 'POST'],
  signin: ['GET', 'POST'],
  callback: ['GET', 'POST'],
  signout: ['GET', 'POST'],
  error: ['GET'],
  _log: ['POST'],
};
/**
 * Portal mode's provider routes: exactly what the OpenID flow needs. The sign-in page starts it with a POST to
 * signin/oidc (CSRF token), the provider sends the browser back with a GET to callback/oidc (query response mode).
 */
const OIDC_ROUTES: Readonly<Record<string, readonly string[]>> = { signin: ['POST'], callback: ['GET'] };
/** Codes the sign-in page may be sent with: the console's own (lib/server/auth/errors.ts) and next-auth's. */
const ERROR_CODES = new Set([
  'invalid_credentials',
  'too_many_attempts',
  'upstream_unavailable',
  'session_store_unavailable',
  'Configuration',
  'AccessDenied',
  'Verification',
  'Signin',
  'Callback',
  'CredentialsSignin',
  'SessionRequired',
  'OAuthSignin',
  'OAuthCallback',
  'Default',
]);

export type NextAuthCall = (req: NextRequest) => Promise<Response>;

const badRequest = (errorCode: string, message: string) => new HttpError(400, errorCode, message);
const tooLarge = () => new HttpError(413, 'payload_too_large', `The request body is larger than ${MAX_AUTH_BODY_BYTES / 1024} KB.`);

/** The `/signin?error=` code for /api/auth/error: allowlisted, anything else is the generic `Default`. */
export function signInErrorCode(raw: string | null | undefined): string {
  return raw && ERROR_CODES.has(raw) ? raw : 'Default';
}

function checkCallbackUrl(value: string, name: string): void {
  let url: URL | undefined;
  try {
    url = new URL(value, 'http://console.invalid');
  } catch {
    url = undefined;
  }
  // next-auth's own check (assert.js isValidHttpUrl) answers 500 for anything else.
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) throw badRequest('invalid_parameter', `${name}: Not an http(s) URL or path.`);
}

/** Refuses a value next-auth would copy unchecked. `where` is "query", "body" or "cookie", for the message only. */
function checkValue(name: string, value: unknown, where: string): void {
  if (value === undefined || value === null) return;
  if (typeof value !== 'string') throw badRequest('invalid_parameter', `${name} (${where}): Must be a string.`);
  if (value.length > MAX_VALUE_LENGTH) throw badRequest('invalid_parameter', `${name} (${where}): Longer than ${MAX_VALUE_LENGTH} characters.`);
  if (!PRINTABLE_ASCII.test(value)) throw badRequest('invalid_parameter', `${name} (${where}): Only printable ASCII characters are allowed.`);
  if (name === 'callbackUrl') checkCallbackUrl(value, `${name} (${where})`);
}

function checkQuery(req: NextRequest): void {
  for (const name of CHECKED_FIELDS) for (const value of req.nextUrl.searchParams.getAll(name)) checkValue(name, value, 'query');
}

/** A callback-url cookie next-auth would refuse with a 500: refused here, and the cookie dropped. */
function badCallbackCookie(req: NextRequest): string | undefined {
  return CALLBACK_COOKIES.find((name) => {
    const value = req.cookies.get(name)?.value;
    try {
      checkValue('callbackUrl', value, 'cookie');
      return false;
    } catch {
      return true;
    }
  });
}

type Form = 'json' | 'form' | 'none';

function bodyKind(req: NextRequest): Form {
  const type = (req.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'application/x-www-form-urlencoded') return 'form';
  if (type === 'application/json') return 'json';
  return 'none';
}

/** Reads a POST body within the cap, checks it and rebuilds the request for next-auth (its stream is spent). */
async function checkedBody(req: NextRequest): Promise<NextRequest> {
  const declared = req.headers.get('content-length');
  if (declared !== null && Number(declared) > MAX_AUTH_BODY_BYTES) throw tooLarge();
  const bytes = await readLimited(req.body, MAX_AUTH_BODY_BYTES);
  if (bytes === null) throw tooLarge();
  const kind = bodyKind(req);
  if (bytes.byteLength > 0 && kind === 'none') {
    throw new HttpError(415, 'unsupported_media_type', 'Send the form as application/x-www-form-urlencoded.');
  }
  const text = decodeUtf8(bytes);
  if (text === null) throw badRequest('invalid_body', 'The request body is not UTF-8 text.');
  if (kind === 'form') {
    const form = new URLSearchParams(text);
    for (const name of CHECKED_FIELDS) for (const value of form.getAll(name)) checkValue(name, value, 'body');
  } else if (kind === 'json') {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw badRequest('invalid_body', 'The request body is not valid JSON.');
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      throw badRequest('invalid_body', 'The request body must be a JSON object.');
    const object = value as Record<string, unknown>;
    for (const name of CHECKED_FIELDS) if (Object.hasOwn(object, name)) checkValue(name, object[name], 'body');
  }
  const headers = new Headers(req.headers);
  headers.delete('content-length');
  headers.delete('transfer-encoding');
  return new NextRequest(req.url, { method: req.method, headers, body: text });
}

/** The API headers on every answer of next-auth's routes, its own and the guard's (proxy.ts does not run for /api/). */
function own(res: Response): Response {
  for (const [name, value] of Object.entries(API_SECURITY_HEADERS)) res.headers.set(name, value);
  return res;
}

function refusal(error: HttpError): Response {
  return own(errorResponse(error));
}

/**
 * The methods `action` (with next-auth's provider segment, e.g. signin/oidc) takes in this mode; undefined when the
 * console has no such operation. The OpenID provider's routes exist in portal mode only, and there they are the only
 * provider routes; personal mode's provider routes are as they were.
 */
function methodsFor(action: string, provider: string | undefined): readonly string[] | undefined {
  const methods = ACTIONS[action];
  if (action !== 'signin' && action !== 'callback') return methods;
  const portal = getConfig().auth === 'oidc';
  if (provider === OIDC_PROVIDER_ID) return portal ? OIDC_ROUTES[action] : undefined;
  if (portal && (provider !== undefined || action === 'callback')) return undefined;
  return methods;
}

async function answer(req: NextRequest, action: string, callNextAuth: NextAuthCall, segment: string | undefined): Promise<Response> {
  const methods = methodsFor(action, segment);
  if (!methods) throw new HttpError(404, 'not_found', 'This is not an operation of the console.');
  if (!methods.includes(req.method) && !(req.method === 'HEAD' && methods.includes('GET'))) {
    throw new HttpError(405, 'method_not_allowed', `${req.method.slice(0, 20)} is not allowed here.`, { allow: methods });
  }
  checkQuery(req);
  const cookie = badCallbackCookie(req);
  if (cookie) {
    const res = refusal(badRequest('invalid_parameter', 'The callback URL cookie is not valid; it has been removed.'));
    res.headers.append('Set-Cookie', `${cookie}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${getConfig().secureCookies ? '; Secure' : ''}`);
    return res;
  }

  if (action === 'error') {
    // next-auth would put the raw value into Location; the sign-in page gets an allowlisted code instead.
    const code = signInErrorCode(req.nextUrl.searchParams.get('error') ?? segment);
    return own(new Response(null, { status: 302, headers: { Location: `/signin?error=${encodeURIComponent(code)}` } }));
  }

  const checked = req.method === 'POST' ? await checkedBody(req) : req;
  // Reading (GET) or updating (POST) the session: the console's own check first (revocation, absolute lifetime,
  // credential expiry), which next-auth does not know; it would show an ended session and re-issue its cookie.
  if (action === 'session' && !(await getRequestSession(req))) {
    const res = own(json({}));
    if (req.cookies.has(sessionCookieName())) clearSessionCookie(res);
    return res;
  }
  const res = await callNextAuth(checked);
  // Portal mode: the session is ended (next-auth's signOut event revokes it); the provider's session is ended next.
  const portal = getConfig().portal;
  if (action === 'signout' && req.method === 'POST' && portal) {
    return own(await withProviderLogout(res, portal.oidc, getConfig().publicUrl ?? req.nextUrl.origin));
  }
  return own(res);
}

/**
 * Answers one request of `/api/auth/[...nextauth]`: refusals (4xx in the error envelope) before next-auth, next-auth's
 * own answer otherwise, and a logged, generic 500 only for a real internal error.
 */
export async function guardAuthRoute(req: NextRequest, segments: readonly string[] | undefined, callNextAuth: NextAuthCall): Promise<Response> {
  const action = segments?.[0] ?? '';
  const known = Object.hasOwn(ACTIONS, action) ? action : 'unknown';
  try {
    return await answer(req, action, callNextAuth, segments?.[1]);
  } catch (error) {
    if (error instanceof HttpError) {
      log.info({ event: 'auth.refused', method: req.method.slice(0, 20), action: known, status: error.status, error: error.errorCode });
      return refusal(error);
    }
    const requestId = randomUUID();
    log.error({
      event: 'auth.unexpected-error',
      requestId,
      method: req.method.slice(0, 20),
      action: known,
      error,
      stack: error instanceof Error ? error.stack : undefined,
    });
    const res = refusal(internalError(requestId));
    res.headers.set('X-Request-Id', requestId);
    return res;
  }
}
