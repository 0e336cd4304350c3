'use client';

import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useWatch } from 'react-hook-form';
import { NativeSelect } from '@/components/ui/native-select';
import { LoadingBlock, QueryError } from '@/components/shared/query-states';
import { useWizardForm } from '@/components/clusters/create/use-wizard-form';
import { Field } from '@/components/ui/field';
import { versionQueries } from '@/lib/api/versions/queries';

/** The Data Platform version, newest preselected (also when a restored draft names one no longer offered). */
export function VersionField() {
  const { register, control, setValue, formState } = useWizardForm();
  const versions = useQuery(versionQueries.list());
  const current = useWatch({ control, name: 'dataPlatformVersion' });
  const items = versions.data?.items;

  useEffect(() => {
    const newest = items?.[0];
    if (newest && !items.includes(current)) setValue('dataPlatformVersion', newest, { shouldValidate: formState.isSubmitted });
  }, [items, current, setValue, formState.isSubmitted]);

  if (!items) {
    if (versions.isError) {
      return (
        <QueryError
          title="The Data Platform versions could not be loaded"
          error={versions.error}
          onRetry={() => void versions.refetch()}
          retrying={versions.isFetching}
        />
      );
    }
    return <LoadingBlock label="Loading Data Platform versions…" className="h-9" />;
  }

  return (
    <Field
      label="Data Platform version"
      description="The newest version is preselected. A cluster can be upgraded to newer versions later."
      error={formState.errors.dataPlatformVersion?.message}
    >
      {(fieldControl) => (
        <NativeSelect {...fieldControl} {...register('dataPlatformVersion')}>
          {items.length === 0 ? <option value="">No versions available</option> : null}
          {items.map((version, index) => (
            <option key={version} value={version}>
              {index === 0 ? `${version} (newest)` : version}
            </option>
          ))}
        </NativeSelect>
      )}
    </Field>
  );
}
