// The machine a node pool's nodes get: a CPU family of the cluster's data center (the Cloud API's
// cpuArchitecture) or AUTO, with cores and RAM within that family's maximums.
import type { z } from 'zod';
import type { CpuArchitecture } from '@/lib/api/datacenters/schema';

export type MachineLimits = { maxCores?: number; maxRamMb?: number };

const largest = (values: (number | undefined)[]) => {
  const known = values.filter((v): v is number => v !== undefined);
  return known.length > 0 ? Math.max(...known) : undefined;
};

/** A family's maximums; AUTO may land on any family, so it allows the largest of them. Undefined: not offered. */
export function machineLimits(cpuFamily: string, architectures: readonly CpuArchitecture[]): MachineLimits | undefined {
  const chosen = cpuFamily === 'AUTO' ? architectures : architectures.filter((a) => a.cpuFamily === cpuFamily);
  if (chosen.length === 0) return cpuFamily === 'AUTO' ? {} : undefined;
  return { maxCores: largest(chosen.map((a) => a.maxCores)), maxRamMb: largest(chosen.map((a) => a.maxRam)) };
}

/** "INTEL_SKYLAKE allows" or, for AUTO, "This data center allows". */
function allows(cpuFamily: string): string {
  return cpuFamily === 'AUTO' ? 'This data center allows' : `${cpuFamily} allows`;
}

/** The whole GB of RAM a maximum in MB allows. */
export const maxRamGb = (maxRamMb: number) => Math.floor(maxRamMb / 1024);

/**
 * Cores and RAM within the family's maximums; a family the data center does not offer is refused.
 * Without `architectures` (the Cloud API could not be read) only the contract's own rules apply.
 */
export function checkMachine(
  values: { cpuFamily?: unknown; coresCount?: unknown; ramGb?: unknown },
  architectures: readonly CpuArchitecture[] | undefined,
  ctx: z.RefinementCtx,
): void {
  if (!architectures || typeof values.cpuFamily !== 'string' || values.cpuFamily === '') return;
  const family = values.cpuFamily;
  const limits = machineLimits(family, architectures);
  if (!limits) {
    const offered = ['AUTO', ...architectures.map((a) => a.cpuFamily)].join(', ');
    ctx.addIssue({
      code: 'custom',
      path: ['cpuFamily'],
      message: `${family} is not offered in this cluster's data center; choose one of ${offered}.`,
    });
    return;
  }
  if (typeof values.coresCount === 'number' && limits.maxCores !== undefined && values.coresCount > limits.maxCores) {
    ctx.addIssue({ code: 'custom', path: ['coresCount'], message: `${allows(family)} at most ${limits.maxCores} cores per node.` });
  }
  if (typeof values.ramGb === 'number' && limits.maxRamMb !== undefined && values.ramGb * 1024 > limits.maxRamMb) {
    ctx.addIssue({ code: 'custom', path: ['ramGb'], message: `${allows(family)} at most ${maxRamGb(limits.maxRamMb)} GB of RAM per node.` });
  }
}
