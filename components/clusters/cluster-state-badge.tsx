import { cva } from 'class-variance-authority';
import { stateLabel } from '@/lib/format/state';
import { TRANSITIONAL_STATES, type ResourceState } from '@/lib/api/common/schema';
import { cn } from '@/lib/utils';

const stable = 'border-green-300 bg-green-50 text-green-800 dark:border-green-700 dark:bg-green-950 dark:text-green-200';
const working = 'border-blue-300 bg-blue-50 text-blue-800 dark:border-blue-700 dark:bg-blue-950 dark:text-blue-200';
const failed = 'border-red-300 bg-red-50 text-red-800 dark:border-red-700 dark:bg-red-950 dark:text-red-200';
const gone = 'border-slate-300 bg-slate-100 text-slate-700 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-300';

/** One style per resource state: green AVAILABLE, blue while the platform works, red on failure, grey when gone. */
export const stateBadgeVariants = cva(
  'inline-flex w-fit items-center gap-1.5 rounded-full border px-2 py-0.5 text-xs font-medium whitespace-nowrap',
  {
    variants: {
      state: {
        AVAILABLE: stable,
        DEPLOYING: working,
        UPDATING: working,
        BUSY: working,
        DESTROYING: working,
        FAILED: failed,
        FAILED_UPDATING: failed,
        FAILED_DESTROYING: failed,
        TERMINATED: gone,
        UNKNOWN: gone,
      },
    },
    defaultVariants: { state: 'UNKNOWN' },
  },
);

const dotVariants = cva('size-1.5 rounded-full bg-current', {
  variants: { working: { true: 'motion-safe:animate-pulse', false: '' } },
});

/** The state as text with a coloured dot (the colour is never the only signal). */
export function ClusterStateBadge({ state, className }: { state: ResourceState | undefined; className?: string }) {
  const working = state !== undefined && TRANSITIONAL_STATES.has(state);
  return (
    <span className={cn(stateBadgeVariants({ state: state ?? 'UNKNOWN' }), className)} data-state={state ?? 'UNKNOWN'}>
      <span aria-hidden="true" className={dotVariants({ working })} />
      {stateLabel(state)}
    </span>
  );
}
