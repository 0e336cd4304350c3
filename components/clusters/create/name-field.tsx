'use client';

import { useWatch } from 'react-hook-form';
import { useWizardForm } from '@/components/clusters/create/use-wizard-form';
import { useNameInUse } from '@/components/clusters/create/use-name-in-use';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';

const WARNING_ID = 'cluster-name-in-use';

/** The cluster name, validated while typing with the contract's rule, and a warning when it is taken. */
export function NameField() {
  const { register, trigger, control, formState } = useWizardForm();
  const name = useWatch({ control, name: 'name' });
  const existing = useNameInUse(name);
  const error = formState.errors.name?.message;

  return (
    <div className="grid gap-1.5">
      <Field
        label="Cluster name"
        description="2 to 63 characters: letters, digits, '-', '_' and '.', starting and ending with a letter or digit."
        error={error}
      >
        {(fieldControl) => (
          <Input
            {...fieldControl}
            aria-describedby={[fieldControl['aria-describedby'], existing ? WARNING_ID : undefined].filter(Boolean).join(' ') || undefined}
            autoComplete="off"
            spellCheck={false}
            maxLength={100}
            {...register('name', { onChange: () => void trigger('name') })}
          />
        )}
      </Field>
      {/* Always rendered, so screen readers announce the warning when it appears. */}
      <div role="status">
        {existing && !error ? (
          <p id={WARNING_ID} className="text-sm text-amber-800 dark:text-amber-200">
            A cluster named “{existing}” already exists. Names are unique in a contract, so the API will probably refuse this one.
          </p>
        ) : null}
      </div>
    </div>
  );
}
