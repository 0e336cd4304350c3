'use client';

import { useState } from 'react';
import { usePoolForm } from '@/components/nodepools/create/use-pool-form';
import { machineLimits, maxRamGb } from '@/components/nodepools/form/machine-rules';
import { Button } from '@/components/ui/button';
import type { CpuArchitecture } from '@/lib/api/datacenters/schema';
import {
  describePreset,
  POOL_PRESETS,
  PRESET_SIZES,
  presetWithin,
  WORKLOAD_LABELS,
  WORKLOADS,
  type PresetSize,
  type Workload,
} from '@/lib/forms/pool-presets';

const OPTION =
  'flex cursor-pointer items-center gap-2 rounded-full border border-border-strong px-3 py-1 text-sm has-checked:border-blue-600 has-checked:bg-blue-50 dark:has-checked:border-blue-400 dark:has-checked:bg-blue-950';
const SIZE_TITLES: Record<PresetSize, string> = { small: 'Small', medium: 'Medium', large: 'Large' };

/**
 * One click fills the size, machine and storage of a typical Spark, Kafka or Trino worker pool, within the CPU
 * family's maximums of the cluster's data center; every value stays editable on its step.
 */
export function SizePresets({ architectures }: { architectures: readonly CpuArchitecture[] | undefined }) {
  const { getValues, setValue } = usePoolForm();
  const [workload, setWorkload] = useState<Workload>('spark');
  const [applied, setApplied] = useState<string>('');

  function apply(size: PresetSize) {
    const family = getValues('cpuFamily');
    const limits = architectures ? machineLimits(family, architectures) : undefined;
    const preset = presetWithin(POOL_PRESETS[workload][size], {
      maxCores: limits?.maxCores,
      maxRamGb: limits?.maxRamMb !== undefined ? maxRamGb(limits.maxRamMb) : undefined,
    });
    const set = { shouldDirty: true, shouldValidate: true } as const;
    setValue('scaling', 'fixed', set);
    setValue('nodeCount', String(preset.nodeCount), set);
    setValue('coresCount', String(preset.coresCount), set);
    setValue('ramGb', String(preset.ramGb), set);
    setValue('storageType', preset.storageType, set);
    setValue('storageSize', String(preset.storageSize), set);
    const lowered =
      preset.clamped.length > 0
        ? ` ${preset.clamped.map((field) => (field === 'coresCount' ? 'Cores' : 'RAM')).join(' and ')} lowered to the most ${family === 'AUTO' ? 'this data center' : family} allows.`
        : '';
    setApplied(
      `${WORKLOAD_LABELS[workload].label} ${SIZE_TITLES[size].toLowerCase()} applied: ${describePreset(preset)}.${lowered} Review them on the next steps.`,
    );
  }

  return (
    <fieldset className="grid gap-3 rounded-lg border border-border-strong p-4">
      <legend className="px-1 text-sm font-medium text-secondary-foreground">Start from a preset (optional)</legend>
      <p className="text-sm text-muted-foreground">
        Typical worker pools for Stackable products: node count, cores, RAM and storage in one click, with a fixed node count. Starting points to
        adjust, not a capacity plan.
      </p>
      <div role="radiogroup" aria-label="Workload" className="flex flex-wrap gap-2">
        {WORKLOADS.map((w) => (
          <label key={w} className={OPTION}>
            <input
              type="radio"
              name="preset-workload"
              value={w}
              checked={workload === w}
              onChange={() => setWorkload(w)}
              className="size-4 accent-blue-700 dark:accent-blue-400"
            />
            {WORKLOAD_LABELS[w].label} {WORKLOAD_LABELS[w].nodes}
          </label>
        ))}
      </div>
      <p className="text-sm">{WORKLOAD_LABELS[workload].about}</p>
      <ul className="grid gap-2 sm:grid-cols-3">
        {PRESET_SIZES.map((size) => {
          const preset = POOL_PRESETS[workload][size];
          return (
            <li key={size} className="grid content-between gap-2 rounded-md border border-border p-3 text-sm">
              <div className="grid gap-1">
                <p className="font-medium">{SIZE_TITLES[size]}</p>
                <p className="text-muted-foreground">{preset.purpose}</p>
                <p>{describePreset(preset)}</p>
              </div>
              <Button variant="outline" size="sm" className="w-fit" onClick={() => apply(size)}>
                Use {SIZE_TITLES[size].toLowerCase()}
                <span className="sr-only"> {WORKLOAD_LABELS[workload].label} preset</span>
              </Button>
            </li>
          );
        })}
      </ul>
      <p role="status" className="text-sm font-medium">
        {applied}
      </p>
    </fieldset>
  );
}
