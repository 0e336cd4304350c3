import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SHARED_CONTRACT, VENDORED_CONTRACT } from '@/test/support/contract';

describe('the contract copy in contract/', () => {
  it('equals ../shared/api/dataplatform.openapi.yaml when that is present', () => {
    const copy = readFileSync(VENDORED_CONTRACT, 'utf8');
    expect(copy).toContain('openapi: 3.0.3');
    if (!existsSync(SHARED_CONTRACT)) return; // a clone without the shared folder tests against the copy alone
    expect(copy).toBe(readFileSync(SHARED_CONTRACT, 'utf8'));
  });
});
