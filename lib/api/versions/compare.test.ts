import { describe, expect, it } from 'vitest';
import { compareVersions } from '@/lib/api/versions/compare';

describe('compareVersions', () => {
  it('compares digit runs as numbers', () => {
    expect(['24.11', '25.3', '24.3', '24.7'].sort(compareVersions)).toEqual(['24.3', '24.7', '24.11', '25.3']);
    expect(['1.10.0', '1.9.2', '1.10', '2.0.0'].sort((a, b) => compareVersions(b, a))).toEqual(['2.0.0', '1.10.0', '1.10', '1.9.2']);
  });

  it('treats equal versions as equal', () => {
    expect(compareVersions('24.7', '24.7')).toBe(0);
    expect(compareVersions('24.11-rc1', '24.11-rc1')).toBe(0);
  });

  it('puts a pre-release before its release and after the release before it', () => {
    const ordered = ['24.7', '24.11-rc1', '24.11-rc2', '24.11-rc10', '24.11', '24.11.1', '25.3-beta', '25.3'];
    expect([...ordered].reverse().sort(compareVersions)).toEqual(ordered);
    expect(compareVersions('24.11-rc1', '24.11')).toBeLessThan(0);
    expect(compareVersions('24.11', '24.11-rc1')).toBeGreaterThan(0);
    expect(compareVersions('24.11-rc1', '24.11.1')).toBeLessThan(0);
    expect(compareVersions('24.11.1', '25.3')).toBeLessThan(0);
  });

  it('orders pre-release identifiers like semver: numbers before words, more identifiers later', () => {
    expect(compareVersions('25.3-1', '25.3-alpha')).toBeLessThan(0);
    expect(compareVersions('25.3-alpha', '25.3-alpha.1')).toBeLessThan(0);
    expect(compareVersions('25.3-alpha.2', '25.3-alpha.10')).toBeLessThan(0);
    expect(compareVersions('25.3-alpha.1', '25.3-beta')).toBeLessThan(0);
  });

  it('is antisymmetric, so a list sorts the same whichever way it starts', () => {
    const versions = ['25.3', '24.11-rc1', '24.11', '1.10', '1.10.0', '24.11.1', '25.3-rc1', 'latest', '24.7'];
    for (const a of versions) {
      for (const b of versions) expect(Math.sign(compareVersions(a, b)) === -Math.sign(compareVersions(b, a)), `${a} vs ${b}`).toBe(true);
    }
    expect([...versions].sort(compareVersions)).toEqual([...versions].reverse().sort(compareVersions));
  });
});
