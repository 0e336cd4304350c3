// L6 and L7 of the security review: every /api answer gets the API headers (no framing of next-auth's HTML), and
// HSTS follows an https NEXTAUTH_URL even when the request arrives over plain http (TLS proxy in front).
// test/scripts/http-server.test.ts checks the production server's own copy of the API headers.
import { afterEach, describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import { config as proxyConfig, proxy } from '@/proxy';
import { guardAuthRoute } from '@/lib/server/auth/route-guard';
import { harden, json } from '@/lib/server/route';
import { resetConfigForTests } from '@/lib/server/config';
import { isSecureDeployment } from '@/lib/security-headers';

const SECRET = 'test-secret-of-more-than-thirty-two-characters-0123';

function configure(publicUrl: string): void {
  Object.assign(process.env, { NEXTAUTH_URL: publicUrl, NEXTAUTH_SECRET: SECRET, IONOS_API_URL: 'http://127.0.0.1:9' });
  resetConfigForTests();
}

afterEach(() => {
  delete process.env.NEXTAUTH_URL;
  resetConfigForTests();
});

describe('proxy.ts: HSTS from the configuration (L7)', () => {
  it('an https NEXTAUTH_URL turns on HSTS and upgrade-insecure-requests, also for a plain-http hop', () => {
    configure('https://console.example.test');
    const res = proxy(new NextRequest('http://127.0.0.1:3000/signin'));
    expect(res.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    expect(res.headers.get('content-security-policy')).toContain('upgrade-insecure-requests');
  });

  it('an http NEXTAUTH_URL over http: neither', () => {
    configure('http://localhost:3000');
    const res = proxy(new NextRequest('http://localhost:3000/signin'));
    expect(res.headers.get('strict-transport-security')).toBeNull();
    expect(res.headers.get('content-security-policy')).not.toContain('upgrade-insecure-requests');
  });

  it('isSecureDeployment: the configuration or the request scheme', () => {
    expect(isSecureDeployment('https://console.example.test', 'http:')).toBe(true);
    expect(isSecureDeployment(undefined, 'https:')).toBe(true);
    expect(isSecureDeployment('http://localhost:3000', 'http:')).toBe(false);
    expect(isSecureDeployment(undefined, 'http:')).toBe(false);
  });
});

describe('API headers on every /api answer (L6), set by the API layer since proxy.ts skips /api/', () => {
  const API_BASELINE = {
    'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    'x-frame-options': 'DENY',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  };
  const expectBaseline = (headers: Headers, label: string) => {
    for (const [name, value] of Object.entries(API_BASELINE)) expect(headers.get(name), `${label}: ${name}`).toBe(value);
  };

  it('the proxy runs for pages only: its matcher leaves out /api/ (and static files)', () => {
    const source = proxyConfig.matcher[0]?.source ?? '';
    const matches = (path: string) => new RegExp(`^${source}$`).test(path);
    for (const path of ['/', '/signin', '/clusters', '/clusters/x', '/apis', '/api']) expect(matches(path), path).toBe(true);
    for (const path of ['/api/auth/session', '/api/dataplatform/clusters', '/api/nonexistent', '/_next/static/x.js']) {
      expect(matches(path), path).toBe(false);
    }
  });

  it("next-auth's own answers (its HTML sign-out form, JSON, redirects) and the guard's refusals", async () => {
    configure('http://localhost:3000');
    const html = () => Promise.resolve(new Response('<form>Sign out?</form>', { headers: { 'Content-Type': 'text/html' } }));
    expectBaseline((await guardAuthRoute(new NextRequest('http://localhost:3000/api/auth/signout'), ['signout'], html)).headers, 'signout');
    const redirect = () => Promise.resolve(new Response(null, { status: 302, headers: { Location: '/signin' } }));
    expectBaseline((await guardAuthRoute(new NextRequest('http://localhost:3000/api/auth/csrf'), ['csrf'], redirect)).headers, 'csrf');
    const refused = await guardAuthRoute(new NextRequest('http://localhost:3000/api/auth/nope'), ['nope'], html);
    expect(refused.status).toBe(404);
    expectBaseline(refused.headers, 'unknown action');
  });

  it('BFF answers, the wrapper’s errors included', () => {
    expectBaseline(harden(json({ items: [] }), 'r-1').headers, 'json');
    expectBaseline(harden(new Response(null, { status: 204 }), 'r-2').headers, 'empty');
  });
});
