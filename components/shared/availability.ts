// Whether an action on a resource can be offered now, and the reason shown (as a tooltip and description) when not.
import type { ResourceState } from '@/lib/api/common/schema';

export type Availability = { enabled: true } | { enabled: false; reason: string };

export const enabled: Availability = { enabled: true };
export const disabled = (reason: string): Availability => ({ enabled: false, reason });

/** "Create a copy" opens the wizard prefilled; for a failed creation it is the way to try again. */
export function copyLabel(state: ResourceState | undefined): string {
  return state === 'FAILED' ? 'Create again with the same settings' : 'Create a copy';
}
