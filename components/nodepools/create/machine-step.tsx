'use client';

import { useWatch } from 'react-hook-form';
import { NativeSelect } from '@/components/ui/native-select';
import { LoadingBlock, QueryError } from '@/components/shared/query-states';
import { usePoolForm } from '@/components/nodepools/create/use-pool-form';
import { machineLimits, maxRamGb } from '@/components/nodepools/form/machine-rules';
import { ZONE_LABELS } from '@/lib/format/node-pool';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import type { CpuArchitecture } from '@/lib/api/datacenters/schema';

type MachineStepProps = {
  /** The CPU families of the cluster's data center; undefined while loading or unreadable. */
  architectures: readonly CpuArchitecture[] | undefined;
  loadError?: unknown;
  retrying: boolean;
  onRetry: () => void;
};

const MACHINE_FIELDS = ['cpuFamily', 'coresCount', 'ramGb'] as const;

function familyOption(a: CpuArchitecture): string {
  const limits = [a.maxCores ? `up to ${a.maxCores} cores` : undefined, a.maxRam ? `${maxRamGb(a.maxRam)} GB RAM` : undefined].filter(Boolean);
  return `${a.cpuFamily}${a.vendor ? ` (${a.vendor})` : ''}${limits.length ? `, ${limits.join(' and ')} per node` : ''}`;
}

/** CPU family of the cluster's data center (or AUTO), cores and RAM within its maximums, and the zone. */
export function MachineStep({ architectures, loadError, retrying, onRetry }: MachineStepProps) {
  const { register, control, trigger, formState } = usePoolForm();
  const family = useWatch({ control, name: 'cpuFamily' });
  const { errors } = formState;
  const limits = architectures ? machineLimits(family, architectures) : undefined;
  const known = family === 'AUTO' || architectures?.some((a) => a.cpuFamily === family);
  // The three depend on each other: once one is marked wrong, re-check all as the user changes any.
  const recheck = () => {
    if (MACHINE_FIELDS.some((field) => errors[field])) void trigger([...MACHINE_FIELDS]);
  };
  const number = { type: 'text', inputMode: 'numeric', autoComplete: 'off', className: 'max-w-40' } as const;
  const under = family === 'AUTO' ? 'in this data center' : `with ${family}`;

  return (
    <div className="grid max-w-xl gap-6">
      {architectures === undefined ? (
        loadError ? (
          <QueryError title="The data center's CPU families could not be loaded" error={loadError} onRetry={onRetry} retrying={retrying} />
        ) : (
          <LoadingBlock label="Loading the data center's CPU families…" className="h-9" />
        )
      ) : null}
      <Field
        label="CPU family"
        description="The processors of the pool's nodes. AUTO lets the platform choose one of the data center's families."
        error={errors.cpuFamily?.message}
      >
        {(c) => (
          <NativeSelect {...c} {...register('cpuFamily', { onChange: recheck })}>
            <option value="AUTO">Automatic (AUTO)</option>
            {!known && family ? <option value={family}>{family} (not offered in this data center)</option> : null}
            {architectures?.map((a) => (
              <option key={a.cpuFamily} value={a.cpuFamily}>
                {familyOption(a)}
              </option>
            ))}
          </NativeSelect>
        )}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          label="Cores per node"
          description={limits?.maxCores ? `1 to ${limits.maxCores} ${under}.` : 'At least 1.'}
          error={errors.coresCount?.message}
        >
          {(c) => <Input {...c} {...number} {...register('coresCount', { onChange: recheck })} />}
        </Field>
        <Field
          label="RAM per node (GB)"
          description={`Whole GB, sent to the API in MB. ${limits?.maxRamMb ? `2 to ${maxRamGb(limits.maxRamMb)} GB ${under}.` : 'At least 2 GB.'}`}
          error={errors.ramGb?.message}
        >
          {(c) => <Input {...c} {...number} {...register('ramGb', { onChange: recheck })} />}
        </Field>
      </div>
      <Field
        label="Availability zone"
        description="Automatic spreads the choice to the platform; a zone pins every node of the pool to it."
        error={errors.availabilityZone?.message}
      >
        {(c) => (
          <NativeSelect {...c} className="max-w-60" {...register('availabilityZone')}>
            {(Object.keys(ZONE_LABELS) as (keyof typeof ZONE_LABELS)[]).map((zone) => (
              <option key={zone} value={zone}>
                {ZONE_LABELS[zone]}
                {zone === 'AUTO' ? ' (AUTO)' : ''}
              </option>
            ))}
          </NativeSelect>
        )}
      </Field>
    </div>
  );
}
