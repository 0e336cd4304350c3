'use client';

import { useId } from 'react';
import { stateLabel } from '@/lib/format/state';
import { Label } from '@/components/ui/label';
import { RESOURCE_STATES, type ResourceState } from '@/lib/api/common/schema';

type ClusterStateFilterProps = {
  value: ResourceState | undefined;
  onChange: (state: ResourceState | undefined) => void;
};

export function ClusterStateFilter({ value, onChange }: ClusterStateFilterProps) {
  const id = useId();
  return (
    <div className="grid gap-1.5">
      <Label htmlFor={id}>Filter by state</Label>
      <select
        id={id}
        name="state"
        value={value ?? ''}
        onChange={(event) => onChange((event.target.value || undefined) as ResourceState | undefined)}
        className="h-9 rounded-md border border-slate-400 bg-white px-2 text-sm text-foreground shadow-xs focus-visible:border-blue-600 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-blue-600 dark:border-slate-500 dark:bg-slate-900 dark:focus-visible:border-blue-400 dark:focus-visible:outline-blue-400"
      >
        <option value="">All states</option>
        {RESOURCE_STATES.map((state) => (
          <option key={state} value={state}>
            {stateLabel(state)}
          </option>
        ))}
      </select>
    </div>
  );
}
