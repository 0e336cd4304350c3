import { describe, expect, it } from 'vitest';
import { AUDIT_PAGE_SIZE, auditExportPath, auditPath, auditSearchParams, portalKeys } from '@/lib/api/portal/queries';

describe('auditSearchParams', () => {
  it('leaves empty filters out and keeps a fixed order', () => {
    expect(auditSearchParams({ to: '2026-12-01T10:00:00.000Z', actor: ' ben@portal.test ', team: '', action: 'token.create' }).toString()).toBe(
      'actor=ben%40portal.test&action=token.create&to=2026-12-01T10%3A00%3A00.000Z',
    );
    expect(auditSearchParams({}).toString()).toBe('');
  });
});

describe('auditPath', () => {
  it('pages 50 at a time by default', () => {
    expect(auditPath({})).toBe(`/api/portal/audit?offset=0&limit=${AUDIT_PAGE_SIZE}`);
    expect(auditPath({ team: 'analytics', offset: 100 })).toBe('/api/portal/audit?team=analytics&offset=100&limit=50');
  });
});

describe('auditExportPath', () => {
  it('carries the same filters and the format', () => {
    expect(auditExportPath('csv', { team: 'analytics', action: 'kubeconfig.download' })).toBe(
      '/api/portal/audit/export?format=csv&team=analytics&action=kubeconfig.download',
    );
    expect(auditExportPath('ndjson', {})).toBe('/api/portal/audit/export?format=ndjson');
  });
});

describe('portalKeys.audit', () => {
  it('is the same key for the same filters however they were written', () => {
    expect(portalKeys.audit({ team: 'analytics', actor: '' })).toEqual(portalKeys.audit({ team: 'analytics', offset: 0 }));
    expect(portalKeys.audit({ team: 'analytics' }).slice(0, 2)).toEqual(portalKeys.audits());
  });
});
