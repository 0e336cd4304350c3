// First filter for every page request (Next 16 `proxy`, formerly middleware): security headers with a per-request
// CSP nonce, and a redirect to sign-in for pages requested without a session cookie. It is NOT the access
// check: every page and route handler verifies the session itself.
import { NextResponse, type NextRequest } from 'next/server';
import { getConfig } from '@/lib/server/config';
import { contentSecurityPolicy, isSecureDeployment, pageSecurityHeaders } from '@/lib/security-headers';

const SESSION_COOKIES = ['console-session', '__Host-console-session'];
const PUBLIC_PAGES = new Set(['/signin']);

function malformedPath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;

  // Next answers a path with broken percent-encoding (`/clusters/%`, overlong UTF-8) with a 500 of its own.
  if (malformedPath(pathname)) {
    const body = { httpStatus: 400, messages: [{ errorCode: 'malformed_path', message: 'The request path is not valid percent-encoded UTF-8.' }] };
    return NextResponse.json(body, { status: 400, headers: { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' } });
  }

  const hasSessionCookie = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (!hasSessionCookie && !PUBLIC_PAGES.has(pathname)) {
    const signIn = new URL('/signin', request.url);
    if (pathname !== '/') signIn.searchParams.set('callbackUrl', pathname + search);
    return NextResponse.redirect(signIn);
  }

  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  // An https NEXTAUTH_URL decides, not the scheme this hop arrived with: behind a TLS-terminating proxy without
  // TRUST_PROXY the server only ever sees http (scripts/server.mjs drops X-Forwarded-Proto).
  const secure = isSecureDeployment(getConfig().publicUrl, request.nextUrl.protocol);
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === 'development', secure });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', csp);
  // Server components read this to send the user back here after a sign-in.
  requestHeaders.set('x-console-path', pathname + search);

  const res = NextResponse.next({ request: { headers: requestHeaders } });
  res.headers.set('Content-Security-Policy', csp);
  for (const [name, value] of Object.entries(pageSecurityHeaders({ secure }))) res.headers.set(name, value);
  return res;
}

// Not for /api/: running the proxy costs every API call a second pass through Next (request and response
// objects, header merging) for headers the API layer sets itself. Every answer under /api/ gets the API baseline
// (API_SECURITY_HEADERS) from the route wrappers (lib/server/route.ts harden, lib/server/auth/route-guard.ts) and,
// whoever wrote it, from the production server (scripts/lib/http-server.mjs), which also refuses malformed /api/ paths.
export const config = {
  matcher: [{ source: '/((?!api/|_next/static|_next/image|favicon.ico).*)' }],
};
