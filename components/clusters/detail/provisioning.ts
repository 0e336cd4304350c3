// Pure logic of the live provisioning status: the timeline of states this browser observed, the elapsed time
// of a change, and an estimate of the time left from the durations of earlier changes this browser watched
// (kept in localStorage: durations only, nothing that identifies a cluster).
import { z } from 'zod';
import type { ClusterResponse } from '@/lib/api/clusters/schema';
import { TRANSITIONAL_STATES, type ResourceState } from '@/lib/api/common/schema';
import { STORAGE_KEYS } from '@/lib/browser/keys';
import { createStorageStore, type StorageLike, type Store } from '@/lib/browser/storage-store';

/** `GONE`: the API answered 404 for a cluster the page had seen. */
export type ObservedState = ResourceState | 'GONE';

export type TimelineEntry = {
  state: ObservedState;
  /** Browser time at which the answer showing this state arrived. */
  observedAt: number;
  /** When the API says the resource last changed (lastModifiedDate), if it said. */
  since?: number;
};

export const TIMELINE_LIMIT = 20;

/** The timeline with `entry` appended when its state differs from the last one; the same array otherwise. */
export function observe(timeline: readonly TimelineEntry[], entry: TimelineEntry): readonly TimelineEntry[] {
  const last = timeline.at(-1);
  if (last && last.state === entry.state) return timeline;
  return [...timeline, entry].slice(-TIMELINE_LIMIT);
}

function parseDate(iso: string | undefined): number | undefined {
  if (!iso) return undefined;
  const at = Date.parse(iso);
  return Number.isNaN(at) ? undefined : at;
}

/** What an answer of GET /clusters/{id} tells the timeline; nothing when the API left the state out. */
export function observationOf(cluster: ClusterResponse, observedAt: number): TimelineEntry | undefined {
  const state = cluster.metadata.state;
  if (!state) return undefined;
  const since = parseDate(cluster.metadata.lastModifiedDate ?? cluster.metadata.createdDate);
  return since === undefined ? { state, observedAt } : { state, observedAt, since };
}

/** The changes whose duration is remembered; their estimate is per phase (a deletion is quicker than a deploy). */
export const TRACKED_PHASES = ['DEPLOYING', 'UPDATING', 'DESTROYING'] as const;
export type TrackedPhase = (typeof TRACKED_PHASES)[number];

export function isTrackedPhase(state: ObservedState | undefined): state is TrackedPhase {
  return (TRACKED_PHASES as readonly string[]).includes(state ?? '');
}

const startOf = (entry: TimelineEntry) => entry.since ?? entry.observedAt;

/**
 * The phase that the timeline's last entry ended, with its duration, when the page saw it end.
 * The start must be known: the API's date of the change, or an earlier entry showing the page saw it begin.
 */
export function finishedPhase(timeline: readonly TimelineEntry[]): { phase: TrackedPhase; durationMs: number } | undefined {
  const end = timeline.at(-1);
  const index = timeline.length - 2;
  const start = timeline[index];
  if (!end || !start || !isTrackedPhase(start.state) || TRANSITIONAL_STATES.has(end.state as ResourceState)) return undefined;
  if (start.since === undefined && index === 0) return undefined;
  // A 404 carries no date: the page's observation is the best end it has.
  const endAt = end.state === 'GONE' ? end.observedAt : startOf(end);
  const durationMs = endAt - startOf(start);
  return durationMs > 0 ? { phase: start.state, durationMs } : undefined;
}

export const DURATIONS_STORAGE_KEY = STORAGE_KEYS.changeDurations;
export const DURATIONS_KEPT = 10;
const MAX_DURATION_MS = 24 * 3600 * 1000;

const durationListSchema = z.array(z.number().positive().max(MAX_DURATION_MS)).max(DURATIONS_KEPT).catch([]);
const durationsSchema = z.object({ DEPLOYING: durationListSchema, UPDATING: durationListSchema, DESTROYING: durationListSchema }).partial().catch({});
export type Durations = z.infer<typeof durationsSchema>;

/** Durations remembered in localStorage; anything unreadable counts as none (it is only a nicety). `storage`: for tests. */
export function createDurationsStore(storage?: () => StorageLike | undefined): Store<Durations> {
  return createStorageStore({ key: DURATIONS_STORAGE_KEY, scope: 'local', schema: durationsSchema, initial: {}, ...(storage ? { storage } : {}) });
}

/** Remembers one finished change, keeping the latest DURATIONS_KEPT per phase. */
export function recordDuration(store: Store<Durations>, phase: TrackedPhase, durationMs: number): void {
  if (!(durationMs > 0) || durationMs > MAX_DURATION_MS) return;
  store.update((durations) => ({ ...durations, [phase]: [...(durations[phase] ?? []), Math.round(durationMs)].slice(-DURATIONS_KEPT) }));
}

/** The median: one slow or quick run does not throw the estimate off. */
export function estimateOf(durations: readonly number[] | undefined): number | undefined {
  if (!durations || durations.length === 0) return undefined;
  const sorted = [...durations].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : Math.round(((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2);
}

export type Progress = {
  elapsedMs: number;
  /** How many earlier changes of this phase the estimate rests on (0: none, or the typical duration). */
  basis: number;
  /** The estimate is the typical duration, not one measured in this browser. */
  typical?: boolean;
  estimateMs?: number;
  remainingMs?: number;
  /** 0..0.99 of the estimate; it never shows done before the API says so. */
  fraction?: number;
  /** Running longer than the estimate. */
  overdue: boolean;
};

type ProgressInput = { startedAt: number; now: number; durations?: readonly number[]; typicalMs?: number };

/** Elapsed and remaining time of a change, estimated from this browser's measurements or else the typical duration. */
export function progressOf({ startedAt, now, durations, typicalMs }: ProgressInput): Progress {
  const elapsedMs = Math.max(0, now - startedAt);
  const measured = estimateOf(durations);
  const estimateMs = measured ?? typicalMs;
  if (estimateMs === undefined) return { elapsedMs, basis: 0, overdue: false };
  const remainingMs = Math.max(0, estimateMs - elapsedMs);
  return {
    elapsedMs,
    basis: measured === undefined ? 0 : (durations?.length ?? 0),
    ...(measured === undefined ? { typical: true } : {}),
    estimateMs,
    remainingMs,
    fraction: Math.min(elapsedMs / estimateMs, 0.99),
    overdue: elapsedMs >= estimateMs,
  };
}

/** "45 s", "2 min 05 s", "1 h 02 min". */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${String(seconds % 60).padStart(2, '0')} s`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}
