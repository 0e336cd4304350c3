// HDR-01 in the branches e2e cannot reach: HSTS and upgrade-insecure-requests only over https, 'unsafe-eval'
// only in development (React's dev tools need it), never 'unsafe-inline' for scripts.
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, pageSecurityHeaders } from '@/lib/security-headers';

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .map(([name, ...values]) => [name!, values]),
  );
}

describe('contentSecurityPolicy', () => {
  it('production: nonce and strict-dynamic for scripts, nothing inline or eval, no plugins, no framing, no base', () => {
    const policy = directives(contentSecurityPolicy('abc123==', { dev: false, secure: true }));
    expect(policy.get('script-src')).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.has('upgrade-insecure-requests')).toBe(true);
  });

  it('adds unsafe-eval in development only, and upgrade-insecure-requests over https only', () => {
    const dev = directives(contentSecurityPolicy('n', { dev: true, secure: false }));
    expect(dev.get('script-src')).toContain("'unsafe-eval'");
    expect(dev.get('script-src')).not.toContain("'unsafe-inline'");
    expect(dev.has('upgrade-insecure-requests')).toBe(false);
    const prod = contentSecurityPolicy('n', { dev: false, secure: false });
    expect(prod).not.toContain('unsafe-eval');
    expect(directives(prod).get('script-src')).not.toContain("'unsafe-inline'");
  });
});

describe('pageSecurityHeaders', () => {
  it('sends HSTS (a year, subdomains) over https only', () => {
    expect(pageSecurityHeaders({ secure: true })['Strict-Transport-Security']).toBe('max-age=31536000; includeSubDomains');
    expect(pageSecurityHeaders({ secure: false })).not.toHaveProperty('Strict-Transport-Security');
  });

  it('always sends nosniff, a referrer policy, a permissions policy, COOP and frame denial', () => {
    for (const secure of [true, false]) {
      const headers = pageSecurityHeaders({ secure });
      expect(headers['X-Content-Type-Options']).toBe('nosniff');
      expect(headers['Referrer-Policy']).toBe('same-origin');
      expect(headers['Permissions-Policy']).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
      expect(headers['Cross-Origin-Opener-Policy']).toBe('same-origin');
      expect(headers['X-Frame-Options']).toBe('DENY');
    }
  });
});
