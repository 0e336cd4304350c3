// CSRF guard for the BFF's state-changing calls (route handlers have none of their own): a custom header,
// the console's own Origin, Sec-Fetch-Site same-origin (or absent), and JSON bodies only. Fails closed.
import 'server-only';
import type { NextRequest } from 'next/server';
import { getConfig } from '@/lib/server/config';
import { HttpError } from '@/lib/server/errors';

export const CSRF_HEADER = 'X-Console-CSRF';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function isUnsafeMethod(method: string): boolean {
  return !SAFE_METHODS.has(method.toUpperCase());
}

function refused(why: string): HttpError {
  return new HttpError(403, 'csrf_rejected', `This request was refused because it did not come from the console (${why}).`);
}

/** The console's own origin: from NEXTAUTH_URL when set, else from the request's URL. */
export function consoleOrigin(req: NextRequest): string {
  const { publicUrl } = getConfig();
  return new URL(publicUrl ?? req.url).origin;
}

/**
 * Whether the request carries a body: announced by Content-Length > 0 or Transfer-Encoding (RFC 9112 §6.1).
 * Not `req.body`: Next gives every non-GET request a body stream, empty or not.
 */
export function hasRequestBody(req: NextRequest): boolean {
  const length = req.headers.get('content-length');
  return (length !== null && length.trim() !== '0') || req.headers.has('transfer-encoding');
}

/** `application/json`, optionally with `charset=utf-8`; nothing else (no text/plain, forms or multipart). */
export function isJsonContentType(value: string | null): boolean {
  if (value === null) return false;
  const [type, ...parameters] = value.split(';').map((part) => part.trim().toLowerCase());
  if (type !== 'application/json') return false;
  return parameters.every((parameter) => parameter === '' || parameter === 'charset=utf-8' || parameter === 'charset="utf-8"');
}

/** Refuses a request that a cross-site page could have sent (Sec-Fetch-Site other than same-origin / none). */
export function assertSameOriginFetch(req: NextRequest): void {
  const site = req.headers.get('sec-fetch-site');
  if (site !== null && site !== 'same-origin' && site !== 'none') throw refused('cross-site request');
}

/** The guard for unsafe methods. Throws a 403 or 415 HttpError; never anything else. */
export function assertCsrfSafe(req: NextRequest, { bodyExpected }: { bodyExpected: boolean }): void {
  const site = req.headers.get('sec-fetch-site');
  if (site !== null && site !== 'same-origin') throw refused('cross-site request');
  // Compared as text: `null`, malformed or foreign values all simply differ. No URL parsing of the header.
  const origin = req.headers.get('origin');
  if (origin === null || origin !== consoleOrigin(req)) throw refused('foreign or missing Origin');
  if (req.headers.get(CSRF_HEADER) !== '1') throw refused(`missing ${CSRF_HEADER} header`);
  if ((bodyExpected || hasRequestBody(req)) && !isJsonContentType(req.headers.get('content-type'))) {
    throw new HttpError(415, 'unsupported_media_type', 'Send the request body as JSON (Content-Type: application/json).');
  }
}
