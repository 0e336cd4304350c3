import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SHARED_CONTRACT, SHARED_SDK_FIELDS, VENDORED_CONTRACT, VENDORED_SDK_FIELDS } from '@/test/support/contract';

describe('the contract copies in contract/', () => {
  it('equals ../shared/api/dataplatform.openapi.yaml when that is present', () => {
    const copy = readFileSync(VENDORED_CONTRACT, 'utf8');
    expect(copy).toContain('openapi: 3.0.3');
    if (!existsSync(SHARED_CONTRACT)) return; // a clone without the shared folder tests against the copy alone
    expect(copy).toBe(readFileSync(SHARED_CONTRACT, 'utf8'));
  });

  it('equals ../shared/api/sdk-field-names.json when that is present', () => {
    const copy = readFileSync(VENDORED_SDK_FIELDS, 'utf8');
    expect(Object.keys((JSON.parse(copy) as { models: object }).models)).toContain('Metadata');
    if (!existsSync(SHARED_SDK_FIELDS)) return;
    expect(copy).toBe(readFileSync(SHARED_SDK_FIELDS, 'utf8'));
  });
});
