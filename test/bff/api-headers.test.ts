// L6 and L7 of the security review, at proxy.ts: every /api answer gets the API headers (no framing of next-auth's
// HTML), and HSTS follows an https NEXTAUTH_URL even when the request arrives over plain http (TLS proxy in front).
import { afterEach, describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import { proxy } from '@/proxy';
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

describe('proxy.ts: API headers on every /api answer (L6)', () => {
  it("next-auth's pages, BFF routes and unknown paths: no framing, no content, no caching, no sniffing", () => {
    configure('http://localhost:3000');
    for (const path of ['/api/auth/signout', '/api/auth/session', '/api/dataplatform/clusters', '/api/nonexistent', '/api/DATAPLATFORM/clusters']) {
      const headers = proxy(new NextRequest(`http://localhost:3000${path}`)).headers;
      expect(headers.get('content-security-policy'), path).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(headers.get('x-frame-options'), path).toBe('DENY');
      expect(headers.get('cache-control'), path).toBe('no-store');
      expect(headers.get('x-content-type-options'), path).toBe('nosniff');
    }
  });
});
