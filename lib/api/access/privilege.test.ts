import { describe, expect, it } from 'vitest';
import { accessOf, isPermissionDenied, PRIVILEGE_GUIDANCE } from '@/lib/api/access/privilege';
import { BffError } from '@/lib/api/client';

describe('Data Platform access', () => {
  it('reads a 403 as the missing privilege, and only a 403', () => {
    expect(accessOf({ isSuccess: false, error: new BffError({ status: 403 }) })).toBe('denied');
    expect(accessOf({ isSuccess: true, error: null })).toBe('granted');
    expect(accessOf({ isSuccess: false, error: new BffError({ status: 500 }) })).toBe('unknown');
    expect(accessOf({ isSuccess: false, error: null })).toBe('unknown');
    expect([401, 403, 404].map((status) => isPermissionDenied(new BffError({ status })))).toEqual([false, true, false]);
  });

  it('names the privilege and whom to ask', () => {
    expect(PRIVILEGE_GUIDANCE).toContain('“Manage Dataplatform”');
    expect(PRIVILEGE_GUIDANCE).toContain('contract administrator');
    expect(PRIVILEGE_GUIDANCE).toContain('User management');
  });
});
