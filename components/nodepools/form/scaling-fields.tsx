'use client';

import { useFormContext, useWatch } from 'react-hook-form';
import { clampedNodeCount, type ScalingMode, type ScalingValues } from '@/components/nodepools/form/form-rules';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { LearnMore } from '@/components/shared/learn-more';

const OPTION =
  'flex cursor-pointer items-start gap-3 rounded-lg border border-border-strong p-3 text-sm has-checked:border-blue-600 has-checked:bg-blue-50 dark:has-checked:border-blue-400 dark:has-checked:bg-blue-950';

const SCALING_OPTIONS: readonly { value: ScalingMode; label: string; description: string }[] = [
  { value: 'fixed', label: 'Fixed node count', description: 'The pool keeps the number of nodes you set.' },
  { value: 'autoscaling', label: 'Autoscaling', description: 'The platform adds and removes nodes between a minimum and a maximum.' },
];

const COUNT_FIELDS = ['nodeCount', 'minNodeCount', 'maxNodeCount'] as const;

/** Fixed node count or autoscaling between a minimum and a maximum; the three numbers are checked together. */
export function ScalingFields() {
  const { control, register, trigger, formState, getValues, setValue } = useFormContext<ScalingValues>();
  const scaling = useWatch({ control, name: 'scaling' });
  const { errors } = formState;
  // Once one of the numbers is marked wrong, re-check all three as the user types: fixing one may fix another.
  const recheck = () => {
    if (COUNT_FIELDS.some((field) => errors[field])) void trigger([...COUNT_FIELDS]);
  };
  // A changed bound (or switching autoscaling on) moves the count into the range instead of flagging it; on blur,
  // as typing "10" passes through "1".
  const clampCount = () => {
    const count = clampedNodeCount(getValues());
    if (count !== undefined) setValue('nodeCount', count, { shouldDirty: true, shouldValidate: true });
    recheck();
  };
  const number = { type: 'text', inputMode: 'numeric', autoComplete: 'off', className: 'max-w-40' } as const;

  return (
    <div className="grid gap-4">
      <fieldset className="grid gap-2">
        <legend className="mb-1 text-sm font-medium text-secondary-foreground">Size</legend>
        <LearnMore concept="autoscaling" />
        <div className="grid gap-2 sm:grid-cols-2">
          {SCALING_OPTIONS.map((option) => (
            <label key={option.value} className={OPTION}>
              <input
                type="radio"
                value={option.value}
                className="mt-0.5 size-4 accent-blue-700 dark:accent-blue-400"
                {...register('scaling', { onChange: clampCount })}
              />
              <span className="grid gap-0.5">
                <span className="font-medium">{option.label}</span>
                <span className="text-muted-foreground">{option.description}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <Field
        label="Node count"
        description={scaling === 'autoscaling' ? 'The nodes to start with, between the minimum and the maximum.' : 'At least 1 node.'}
        error={errors.nodeCount?.message}
      >
        {(c) => <Input {...c} {...number} {...register('nodeCount', { onChange: recheck })} />}
      </Field>
      {scaling === 'autoscaling' ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label="Minimum nodes" description="At least 1." error={errors.minNodeCount?.message}>
            {(c) => <Input {...c} {...number} {...register('minNodeCount', { onChange: recheck, onBlur: clampCount })} />}
          </Field>
          <Field label="Maximum nodes" description="At least the minimum." error={errors.maxNodeCount?.message}>
            {(c) => <Input {...c} {...number} {...register('maxNodeCount', { onChange: recheck, onBlur: clampCount })} />}
          </Field>
        </div>
      ) : null}
    </div>
  );
}
