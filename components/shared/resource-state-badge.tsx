import { cva, type VariantProps } from 'class-variance-authority';
import { Badge, badgeVariants } from '@/components/ui/badge';
import { TRANSITIONAL_STATES, type ResourceState } from '@/lib/api/common/schema';
import { stateLabel } from '@/lib/format/state';

type BadgeVariant = NonNullable<VariantProps<typeof badgeVariants>['variant']>;
/** A missing state shows as UNKNOWN. */
type ShownState = ResourceState | 'UNKNOWN';

/** Green when AVAILABLE, blue while the platform works, red on failure, grey when gone or unknown. */
export const STATE_BADGE_VARIANT: Record<ShownState, BadgeVariant> = {
  AVAILABLE: 'success',
  DEPLOYING: 'info',
  UPDATING: 'info',
  BUSY: 'info',
  DESTROYING: 'info',
  FAILED: 'danger',
  FAILED_UPDATING: 'danger',
  FAILED_DESTROYING: 'danger',
  TERMINATED: 'muted',
  UNKNOWN: 'muted',
};

/** The badge's classes for a state. */
export function stateBadgeVariants({ state }: { state: ShownState }): string {
  return badgeVariants({ variant: STATE_BADGE_VARIANT[state] });
}

const dotVariants = cva('size-1.5 rounded-full bg-current', {
  variants: { working: { true: 'motion-safe:animate-pulse', false: '' } },
});

/** A cluster's or node pool's state as text with a coloured dot (the colour is never the only signal). */
export function ResourceStateBadge({ state, className }: { state: ResourceState | undefined; className?: string }) {
  const shown: ShownState = state ?? 'UNKNOWN';
  return (
    <Badge variant={STATE_BADGE_VARIANT[shown]} className={className} data-state={shown}>
      <span aria-hidden="true" className={dotVariants({ working: state !== undefined && TRANSITIONAL_STATES.has(state) })} />
      {stateLabel(state)}
    </Badge>
  );
}
