import { describe, expect, it } from 'vitest';
import * as consoleCopy from '@/lib/api/nodepools/operators';
import * as sandbox from '@/lib/sandbox/operators-pool';

describe('operators pool marker', () => {
  it('is the same as the sandbox’s', () => {
    expect(consoleCopy.OPERATORS_POOL_LABEL_KEY).toBe(sandbox.OPERATORS_POOL_LABEL_KEY);
    expect(consoleCopy.OPERATORS_POOL_LABEL_VALUE).toBe(sandbox.OPERATORS_POOL_LABEL_VALUE);
    expect(consoleCopy.OPERATORS_POOL_NAME).toBe(sandbox.OPERATORS_POOL.name);
  });

  it.each([
    [{ properties: { name: 'x', labels: { [sandbox.OPERATORS_POOL_LABEL_KEY]: 'operators' } } }, true],
    [{ properties: { name: 'stackable-operators' } }, true],
    [{ properties: { name: 'workers', labels: { team: 'a' } } }, false],
    [{}, false],
  ])('recognises %j like the sandbox does', (pool, expected) => {
    expect(consoleCopy.isOperatorsPool(pool)).toBe(expected);
    expect(sandbox.isOperatorsPool(pool)).toBe(expected);
  });
});
