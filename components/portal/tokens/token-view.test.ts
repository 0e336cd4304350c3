import { describe, expect, it } from 'vitest';
import { kubeconfigCurl, tokenStatus } from '@/components/portal/tokens/token-view';

const now = Date.parse('2026-12-01T12:00:00Z');

describe('tokenStatus', () => {
  it('is active until it expires, and revoked once revoked', () => {
    expect(tokenStatus({ expiresAt: '2026-12-31T00:00:00Z', revokedAt: null }, now)).toBe('active');
    expect(tokenStatus({ expiresAt: '2026-12-01T12:00:00Z', revokedAt: null }, now)).toBe('expired');
    expect(tokenStatus({ expiresAt: '2026-11-01T00:00:00Z', revokedAt: '2026-10-01T00:00:00Z' }, now)).toBe('revoked');
    expect(tokenStatus({ expiresAt: '2026-12-31T00:00:00Z', revokedAt: '2026-12-01T11:00:00Z' }, now)).toBe('revoked');
  });
});

describe('kubeconfigCurl', () => {
  it('reads the token from a variable and names the cluster, or a placeholder', () => {
    expect(kubeconfigCurl('https://portal.example.com', 'c-1')).toBe(
      'curl -fsS -H "Authorization: Bearer $CONSOLE_TOKEN" \\\n  https://portal.example.com/api/v1/clusters/c-1/kubeconfig -o kubeconfig.yaml',
    );
    expect(kubeconfigCurl('http://localhost:3000', undefined)).toContain('/api/v1/clusters/<cluster-id>/kubeconfig');
  });
});
