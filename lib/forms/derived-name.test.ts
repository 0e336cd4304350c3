import { describe, expect, it } from 'vitest';
import { resourceNameSchema } from '@/lib/api/common/schema';
import { copyName, replacementName } from '@/lib/forms/derived-name';

describe('copyName', () => {
  it('adds -copy, counting on while a name is taken (case-insensitively)', () => {
    expect(copyName('spark', [])).toBe('spark-copy');
    expect(copyName('spark', ['Spark-Copy'])).toBe('spark-copy-2');
    expect(copyName('spark', ['spark-copy', 'spark-copy-2'])).toBe('spark-copy-3');
  });

  it('stays within the name rules for long names', () => {
    const long = `${'a'.repeat(60)}-b`;
    const name = copyName(long, []);
    expect(name).toHaveLength(63);
    expect(resourceNameSchema.safeParse(name).success).toBe(true);
    expect(name.endsWith('-copy')).toBe(true);
  });
});

describe('replacementName', () => {
  it('counts generations instead of piling up -new', () => {
    expect(replacementName('workers', [])).toBe('workers-2');
    expect(replacementName('workers-2', [])).toBe('workers-3');
    expect(replacementName('workers-new', [])).toBe('workers-3');
    expect(replacementName('workers', ['workers-2'])).toBe('workers-3');
  });

  it('stays within the name rules for long names', () => {
    const name = replacementName(`${'a'.repeat(58)}-xyz`, []);
    expect(name).toBe(`${'a'.repeat(58)}-xy-2`);
    expect(resourceNameSchema.safeParse(name).success).toBe(true);
    expect(name.length).toBeLessThanOrEqual(63);
  });
});
