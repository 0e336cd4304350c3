'use client';

import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { locationLabel } from '@/components/clusters/create/locations';
import { LoadingBlock, QueryError } from '@/components/shared/query-states';
import { FieldMessage } from '@/components/ui/field';
import { useWizardForm } from '@/components/clusters/create/use-wizard-form';
import { datacenterQueries } from '@/lib/api/datacenters/queries';

const OPTION =
  'flex cursor-pointer items-start gap-3 rounded-lg border border-border-strong p-3 has-checked:border-blue-600 has-checked:bg-blue-50 dark:has-checked:border-blue-400 dark:has-checked:bg-blue-950';

/** One radio per virtual data center of the Cloud API: name, location and id. */
export function DatacenterPicker() {
  const { register, setValue, getValues, formState } = useWizardForm();
  const datacenters = useQuery(datacenterQueries.list());
  const errorId = useId();
  const error = formState.errors.datacenterId?.message;

  // LANs belong to one data center, so choosing another drops the LANs picked in the old one.
  const field = register('datacenterId', {
    onChange: () => {
      if (getValues('lans').length > 0) setValue('lans', [], { shouldDirty: true });
    },
  });

  function body() {
    const items = datacenters.data?.items;
    if (!items) {
      if (datacenters.isError) {
        return (
          <QueryError
            title="The data centers could not be loaded"
            error={datacenters.error}
            onRetry={() => void datacenters.refetch()}
            retrying={datacenters.isFetching}
          />
        );
      }
      return <LoadingBlock label="Loading your data centers…" />;
    }
    if (items.length === 0) {
      return (
        <p className="text-sm text-muted-foreground">
          You have no virtual data center you can use. Create one in the Data Center Designer, or ask your contract administrator to share one with
          you.
        </p>
      );
    }
    return (
      <ul className="grid gap-2 sm:grid-cols-2">
        {items.map((datacenter) => {
          const name = datacenter.properties.name || 'Unnamed data center';
          const baseId = `${errorId}-${datacenter.id}`;
          return (
            <li key={datacenter.id}>
              <label className={OPTION}>
                <input
                  type="radio"
                  value={datacenter.id}
                  // Named by name and location; the long id is read as its description.
                  aria-labelledby={`${baseId}-name ${baseId}-location`}
                  aria-describedby={[`${baseId}-id`, error ? errorId : undefined].filter(Boolean).join(' ')}
                  className="mt-1 size-4 accent-blue-700 dark:accent-blue-400"
                  {...field}
                />
                <span className="grid gap-0.5 text-sm">
                  <span id={`${baseId}-name`} className="font-medium">
                    {name}
                  </span>
                  <span id={`${baseId}-location`} className="text-muted-foreground">
                    {locationLabel(datacenter.properties.location)}
                  </span>
                  <span id={`${baseId}-id`} className="font-mono text-xs break-all text-subtle-foreground">
                    {datacenter.id}
                  </span>
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    );
  }

  return (
    <fieldset className="grid gap-3" aria-describedby={error ? errorId : undefined}>
      <legend className="mb-1 text-sm font-medium text-secondary-foreground">Data center</legend>
      <p className="-mt-2 text-xs text-subtle-foreground">The virtual data center the cluster&apos;s nodes run in.</p>
      <FieldMessage id={errorId} message={error} />
      {body()}
    </fieldset>
  );
}
