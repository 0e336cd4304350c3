'use client';

import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import type { CreateClusterFormInput } from '@/components/clusters/create/form-schema';
import { NativeSelect } from '@/components/ui/native-select';
import { LoadingBlock, QueryError } from '@/components/shared/query-states';
import { useWizardForm } from '@/components/clusters/create/use-wizard-form';
import { Field } from '@/components/ui/field';
import { versionQueries } from '@/lib/api/versions/queries';

type VersionForm = Pick<UseFormReturn<CreateClusterFormInput>, 'getValues' | 'setValue'>;

/**
 * The one preselection rule: the newest of the offered versions (`items`, newest first), unless the form already
 * holds an offered one (a restored draft's version that is no longer offered is replaced too).
 */
export function preselectVersion(form: VersionForm, items: readonly string[], options?: { shouldValidate?: boolean }) {
  const newest = items[0];
  if (newest && !items.includes(form.getValues('dataPlatformVersion'))) form.setValue('dataPlatformVersion', newest, options);
}

/** The Data Platform version, newest preselected as soon as the versions are in (preselectVersion). */
export function VersionField() {
  const form = useWizardForm();
  const { register, control, formState } = form;
  const versions = useQuery(versionQueries.list());
  const current = useWatch({ control, name: 'dataPlatformVersion' });
  const items = versions.data?.items;

  useEffect(() => {
    if (items) preselectVersion(form, items, { shouldValidate: formState.isSubmitted });
  }, [form, items, current, formState.isSubmitted]);

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
