// Security headers of the console's pages and API answers (Next sends none by default). Pages get theirs in
// proxy.ts; API answers in the route wrappers (lib/server/route.ts, lib/server/auth/route-guard.ts) and, for every
// /api/ answer whoever writes it, in the production server (scripts/lib/http-server.mjs keeps a copy of the API set).

/** Every answer under /api/: JSON, next-auth's HTML forms, Next's own error pages. */
export const API_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
  'X-Frame-Options': 'DENY',
};

/**
 * Whether HSTS and upgrade-insecure-requests apply: the configured public URL (NEXTAUTH_URL) is https, or this request
 * came over https. The configuration decides even when a TLS-terminating proxy hands the server plain http.
 */
export function isSecureDeployment(publicUrl: string | undefined, requestProtocol: string): boolean {
  return publicUrl?.startsWith('https://') === true || requestProtocol === 'https:';
}

export function contentSecurityPolicy(nonce: string, { dev, secure }: { dev: boolean; secure: boolean }): string {
  const directives = [
    "default-src 'self'",
    // 'strict-dynamic' lets the nonce-bearing Next scripts load their chunks; no inline or eval in production.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  if (secure) directives.push('upgrade-insecure-requests');
  return directives.join('; ');
}

export function pageSecurityHeaders({ secure }: { secure: boolean }): Record<string, string> {
  return {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'X-Frame-Options': 'DENY',
    ...(secure ? { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' } : {}),
  };
}
