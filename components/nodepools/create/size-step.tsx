'use client';

import { useWatch } from 'react-hook-form';
import { usePoolForm } from '@/components/nodepools/create/use-pool-form';
import { NewPoolQuota } from '@/components/nodepools/create/new-pool-quota';
import { SizePresets } from '@/components/nodepools/create/size-presets';
import { ScalingFields } from '@/components/nodepools/form/scaling-fields';
import type { CpuArchitecture } from '@/lib/api/datacenters/schema';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';

const TAKEN_ID = 'nodepool-name-taken';

/** Name (contract rule, unique in the cluster), an optional size preset, and size. `takenBy` names the existing pool that has it. */
type SizeStepProps = { clusterId: string; takenBy?: string; architectures: readonly CpuArchitecture[] | undefined };

export function SizeStep({ clusterId, takenBy, architectures }: SizeStepProps) {
  const { register, trigger, control, formState } = usePoolForm();
  useWatch({ control, name: 'name' });
  const error = formState.errors.name?.message;
  return (
    <div className="grid max-w-xl gap-6">
      <div className="grid gap-1.5">
        <Field
          label="Node pool name"
          description="2 to 63 characters: letters, digits, '-', '_' and '.', starting and ending with a letter or digit. Unique in the cluster."
          error={error}
        >
          {(c) => (
            <Input
              {...c}
              aria-describedby={[c['aria-describedby'], takenBy && !error ? TAKEN_ID : undefined].filter(Boolean).join(' ') || undefined}
              autoComplete="off"
              spellCheck={false}
              maxLength={100}
              {...register('name', { onChange: () => void trigger('name') })}
            />
          )}
        </Field>
        <div role="status">
          {takenBy && !error ? (
            <p id={TAKEN_ID} className="text-sm text-amber-800 dark:text-amber-200">
              This cluster already has a node pool named “{takenBy}”. Choose another name.
            </p>
          ) : null}
        </div>
      </div>
      <SizePresets architectures={architectures} />
      <ScalingFields />
      <NewPoolQuota clusterId={clusterId} />
    </div>
  );
}
