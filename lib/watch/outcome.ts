// What an observation of a watched cluster or node pool means (lib/watch/store.ts keeps the entries). Pure
// rules: the words for each outcome are in components/watch/watch-messages.ts.
import { z } from 'zod';
import { resourceStateSchema, TRANSITIONAL_STATES, type ResourceState } from '@/lib/api/common/schema';

export type WatchAction = 'create' | 'update' | 'delete';
export type OutcomeKind = 'available' | 'failed' | 'deleted' | 'gone';

export const outcomeSchema = z.object({
  kind: z.enum(['available', 'failed', 'deleted', 'gone']),
  state: resourceStateSchema.optional(),
  at: z.number(),
});
export type WatchOutcome = z.infer<typeof outcomeSchema>;

/**
 * What an observation of a watched cluster or node pool means: undefined while the platform still works on it.
 * `gone` is a 404 (or TERMINATED): the end of a delete, a surprise otherwise.
 */
export function outcomeOf(entry: { action: WatchAction }, seen: { state?: ResourceState; gone?: boolean }, now: number): WatchOutcome | undefined {
  const { state } = seen;
  if (seen.gone || state === 'TERMINATED') return { kind: entry.action === 'delete' ? 'deleted' : 'gone', at: now };
  if (state === undefined || TRANSITIONAL_STATES.has(state)) return undefined;
  if (state.startsWith('FAILED')) return { kind: 'failed', state, at: now };
  // AVAILABLE after a delete: the deletion has not begun yet, keep waiting.
  if (entry.action === 'delete') return undefined;
  return { kind: 'available', state, at: now };
}

/** Data older than the watch (a cache entry from before the change) says nothing about its outcome. */
export const CLOCK_SLACK_MS = 2_000;

/** What the watcher reads of a polled cluster or node pool. */
export type Observed = {
  data?: { metadata: { state?: ResourceState }; properties: { name?: string } };
  dataUpdatedAt: number;
  /** The last fetch's status when it failed (404: the resource is gone). */
  errorStatus?: number;
  errorUpdatedAt: number;
};

/** What an observation says about the entry watched since `at`: its state if the data is fresh, and whether it is gone. */
export function seenOf(at: number, query: Observed): { state?: ResourceState; gone: boolean; name?: string } {
  const fresh = query.dataUpdatedAt >= at - CLOCK_SLACK_MS;
  const state = fresh ? query.data?.metadata.state : undefined;
  const gone = query.errorStatus === 404 && query.errorUpdatedAt >= at - CLOCK_SLACK_MS;
  return { state, gone, name: query.data?.properties.name };
}
