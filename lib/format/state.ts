// A resource state in words, shared by the badges, the filters and the watcher's toasts.
import type { ResourceState } from '@/lib/api/common/schema';

/** "FAILED_UPDATING" → "Failed updating"; a missing state reads "Unknown". */
export function stateLabel(state: ResourceState | undefined): string {
  if (!state) return 'Unknown';
  const words = state.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
