import { describe, expect, it } from 'vitest';
import { contractRole } from '@/lib/format/role';

describe('contractRole', () => {
  it("reads the token's role", () => {
    expect(contractRole('owner')).toBe('administrator');
    expect(contractRole('ADMIN')).toBe('administrator');
    expect(contractRole('user')).toBe('member');
  });

  it('says nothing for a role it does not know', () => {
    expect(contractRole(undefined)).toBeUndefined();
    expect(contractRole('')).toBeUndefined();
    expect(contractRole('reseller')).toBeUndefined();
  });
});
