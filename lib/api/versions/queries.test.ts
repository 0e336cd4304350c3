import { describe, expect, it } from 'vitest';
import { compareVersions } from '@/lib/api/versions/queries';

describe('compareVersions', () => {
  it('compares digit runs as numbers', () => {
    expect(['24.11', '25.3', '24.3', '24.7'].sort(compareVersions)).toEqual(['24.3', '24.7', '24.11', '25.3']);
    expect(['1.10.0', '1.9.2', '1.10', '2.0.0'].sort((a, b) => compareVersions(b, a))).toEqual(['2.0.0', '1.10.0', '1.10', '1.9.2']);
  });

  it('treats equal versions as equal', () => {
    expect(compareVersions('24.7', '24.7')).toBe(0);
  });
});
