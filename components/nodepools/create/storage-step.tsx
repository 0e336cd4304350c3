'use client';

import { useId } from 'react';
import { usePoolForm } from '@/components/nodepools/create/use-pool-form';
import { Field, FieldMessage } from '@/components/ui/field';
import { Input } from '@/components/ui/input';

const OPTION =
  'flex cursor-pointer items-start gap-3 rounded-lg border border-border-strong p-3 text-sm has-checked:border-blue-600 has-checked:bg-blue-50 dark:has-checked:border-blue-400 dark:has-checked:bg-blue-950';

const TYPES = [
  { value: 'SSD', title: 'SSD', text: 'Fast storage for most workloads, such as Kafka, Trino and Spark.' },
  { value: 'HDD', title: 'HDD', text: 'Cheaper storage for large data that is read in sequence.' },
] as const;

/** Storage type and size of each node's volume. */
export function StorageStep() {
  const { register, formState } = usePoolForm();
  const errorId = useId();
  const typeError = formState.errors.storageType?.message;
  return (
    <div className="grid max-w-xl gap-6">
      <fieldset className="grid gap-2" aria-describedby={typeError ? errorId : undefined}>
        <legend className="mb-1 text-sm font-medium text-secondary-foreground">Storage type</legend>
        <FieldMessage id={errorId} message={typeError} />
        <div className="grid gap-2 sm:grid-cols-2">
          {TYPES.map((type) => (
            <label key={type.value} className={OPTION}>
              <input type="radio" value={type.value} className="mt-0.5 size-4 accent-blue-700 dark:accent-blue-400" {...register('storageType')} />
              <span className="grid gap-0.5">
                <span className="font-medium">{type.title}</span>
                <span className="text-muted-foreground">{type.text}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <Field label="Storage per node (GB)" description="At least 10 GB." error={formState.errors.storageSize?.message}>
        {(c) => <Input {...c} type="text" inputMode="numeric" autoComplete="off" className="max-w-40" {...register('storageSize')} />}
      </Field>
    </div>
  );
}
