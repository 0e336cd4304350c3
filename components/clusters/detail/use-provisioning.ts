'use client';

import { useEffect, useState } from 'react';
import {
  createDurationsStore,
  finishedPhase,
  observe,
  observationOf,
  recordDuration,
  type Durations,
  type TimelineEntry,
} from '@/components/clusters/detail/provisioning';
import type { ClusterResponse } from '@/lib/api/clusters/schema';
import { createMemoryStore } from '@/lib/browser/storage-store';

// The timelines live outside React for the page's lifetime, so leaving a cluster's page and coming back
// keeps what was seen (a reload starts over: the timeline is what this page observed).
const timelines = createMemoryStore<ReadonlyMap<string, readonly TimelineEntry[]>>(new Map());
const durations = createDurationsStore();
const EMPTY: readonly TimelineEntry[] = [];

function record(clusterId: string, entry: TimelineEntry | undefined): void {
  if (!entry) return;
  const previous = timelines.get().get(clusterId) ?? EMPTY;
  const next = observe(previous, entry);
  if (next === previous) return;
  timelines.set(new Map(timelines.get()).set(clusterId, next));
  const finished = finishedPhase(next);
  if (finished) recordDuration(durations, finished.phase, finished.durationMs);
}

type Observed = { cluster: ClusterResponse | undefined; dataUpdatedAt: number; gone: boolean };

/** The states this page saw the cluster in, with their times; a 404 after it was seen ends it with GONE. */
export function useObservedTimeline(clusterId: string, { cluster, dataUpdatedAt, gone }: Observed): readonly TimelineEntry[] {
  const state = cluster?.metadata.state;
  useEffect(() => {
    if (gone) {
      if ((timelines.get().get(clusterId) ?? EMPTY).length > 0) record(clusterId, { state: 'GONE', observedAt: Date.now() });
      return;
    }
    if (cluster) record(clusterId, observationOf(cluster, dataUpdatedAt || Date.now()));
    // The cluster object changes on every poll; only a new state (or its disappearance) is an observation.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [clusterId, state, gone]);
  return timelines.useValue().get(clusterId) ?? EMPTY;
}

/** Durations of earlier changes this browser watched (none while rendering on the server). */
export function useRememberedDurations(): Durations {
  return durations.useValue();
}

/** The current time, ticking every `intervalMs` while `active` (for elapsed times). */
export function useNow(active: boolean, intervalMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [active, intervalMs]);
  return now;
}
