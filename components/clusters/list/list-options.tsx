'use client';

import { useId } from 'react';
import { Label } from '@/components/ui/label';
import { NativeSelect } from '@/components/ui/native-select';
import { countStates, PAGE_SIZE, PAGE_SIZES, type ListView, type PageSize } from '@/components/clusters/list/list-view';
import type { ResourceState } from '@/lib/api/common/schema';
import { stateLabel } from '@/lib/format/state';
import { cn } from '@/lib/utils';

type Navigate = (change: Partial<ListView>) => void;

/** "3 Available · 1 Failed": each count filters the list by its state; pressed again, it shows every state. */
export function StateCounts({
  counts,
  state,
  navigate,
}: {
  counts: ReturnType<typeof countStates>;
  state: ResourceState | undefined;
  navigate: Navigate;
}) {
  if (counts.length === 0) return null;
  return (
    <div role="group" aria-label="Clusters by state" className="flex flex-wrap items-center gap-x-1 gap-y-1 text-sm">
      {counts.map(({ state: each, count }, index) => (
        <span key={each} className="inline-flex items-center gap-1">
          {index > 0 ? (
            <span aria-hidden="true" className="text-subtle-foreground">
              ·
            </span>
          ) : null}
          <button
            type="button"
            aria-pressed={state === each}
            onClick={() => navigate({ state: state === each ? undefined : each })}
            className={cn(
              'rounded-md px-1.5 py-0.5 underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-blue-600 dark:focus-visible:outline-blue-400',
              state === each && 'bg-blue-100 font-semibold dark:bg-blue-950',
              each.startsWith('FAILED') && 'text-red-800 dark:text-red-300',
            )}
          >
            <span className="tabular-nums">{count}</span> {stateLabel(each)}
          </button>
        </span>
      ))}
    </div>
  );
}

type ListOptionsProps = { view: ListView; navigate: Navigate; administrator: boolean };

/** Page size, "problems first" and, for contract administrators, whose clusters: all kept in the URL. */
export function ListOptions({ view, navigate, administrator }: ListOptionsProps) {
  const id = useId();
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
      {administrator ? (
        <fieldset className="flex items-center gap-2">
          <legend className="sr-only">Owner</legend>
          <span aria-hidden="true" className="font-medium">
            Owner
          </span>
          {(
            [
              { value: false, label: 'All' },
              { value: true, label: 'Mine' },
            ] as const
          ).map((option) => (
            <label key={option.label} className="inline-flex items-center gap-1">
              <input
                type="radio"
                name={`${id}-owner`}
                checked={Boolean(view.mine) === option.value}
                onChange={() => navigate({ mine: option.value })}
                className="size-4 accent-blue-700"
              />
              {option.label}
            </label>
          ))}
        </fieldset>
      ) : null}
      <label className="inline-flex items-center gap-2">
        <input
          type="checkbox"
          checked={Boolean(view.problemsFirst)}
          onChange={(event) => navigate({ problemsFirst: event.target.checked })}
          className="size-4 accent-blue-700"
        />
        Problems first
      </label>
      <div className="inline-flex items-center gap-2">
        <Label htmlFor={`${id}-size`}>Rows per page</Label>
        <NativeSelect
          id={`${id}-size`}
          value={String(view.size ?? PAGE_SIZE)}
          onChange={(event) => navigate({ size: Number(event.target.value) as PageSize })}
          className="w-20"
        >
          {PAGE_SIZES.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </NativeSelect>
      </div>
    </div>
  );
}
