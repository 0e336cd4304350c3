// `engines` allows only Node majors that CI tests: the machines' Node (20, `npm test`) and the majors that
// .ci/run hands to scripts/node-matrix.sh. Each range is closed above, and no lower than what vite 8 needs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const MACHINE_MAJOR = 20;
const engines = (JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } }).engines.node;
const ci = readFileSync('.ci/run', 'utf8');
const matrixMajors = (/^scripts\/node-matrix\.sh((?: \d+)+)\s*$/m.exec(ci)?.[1] ?? '').trim().split(/\s+/).filter(Boolean).map(Number);

type Clause = { major: number; minor: number; below: number };
function clauses(range: string): Clause[] {
  return range.split('||').map((part) => {
    const match = /^\s*>=(\d+)(?:\.(\d+))?(?:\.\d+)?\s+<(\d+)\s*$/.exec(part);
    if (!match) throw new Error(`engines clause "${part.trim()}" is not of the form ">=M[.m] <N"`);
    return { major: Number(match[1]), minor: Number(match[2] ?? 0), below: Number(match[3]) };
  });
}

describe('engines.node', () => {
  it('names exactly the tested majors, each closed above', () => {
    expect(matrixMajors.length).toBeGreaterThan(0);
    const parsed = clauses(engines);
    for (const clause of parsed) expect(clause.below, engines).toBe(clause.major + 1);
    expect(parsed.map((c) => c.major).sort()).toEqual([MACHINE_MAJOR, ...matrixMajors].sort());
  });

  it('starts each major no lower than vite 8 supports (^20.19.0 || >=22.12.0)', () => {
    const floor: Record<number, number> = { 20: 19, 22: 12 };
    for (const { major, minor } of clauses(engines)) expect(minor, `Node ${major}`).toBeGreaterThanOrEqual(floor[major] ?? 0);
  });
});
