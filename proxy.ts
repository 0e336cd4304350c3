// First filter for every request (Next 16 `proxy`, formerly middleware): security headers with a per-request
// CSP nonce, and a redirect to sign-in for pages requested without a session cookie. It is NOT the access
// check: every page and route handler verifies the session itself.
import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy, pageSecurityHeaders } from '@/lib/security-headers';

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

  if (pathname.startsWith('/api/')) {
    // Route handlers set their own headers; next-auth's get the API baseline here.
    const res = NextResponse.next();
    if (pathname.startsWith('/api/auth/')) {
      res.headers.set('Cache-Control', 'no-store');
      res.headers.set('X-Content-Type-Options', 'nosniff');
    }
    return res;
  }

  const hasSessionCookie = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (!hasSessionCookie && !PUBLIC_PAGES.has(pathname)) {
    const signIn = new URL('/signin', request.url);
    if (pathname !== '/') signIn.searchParams.set('callbackUrl', pathname + search);
    return NextResponse.redirect(signIn);
  }

  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const secure = request.nextUrl.protocol === 'https:';
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

export const config = {
  matcher: [{ source: '/((?!_next/static|_next/image|favicon.ico).*)' }],
};
