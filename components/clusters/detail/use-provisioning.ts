'use client';

import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import {
  DURATIONS_STORAGE_KEY,
  finishedPhase,
  observe,
  observationOf,
  readDurations,
  recordDuration,
  type Durations,
  type TimelineEntry,
} from '@/lib/api/clusters/provisioning';
import type { ClusterResponse } from '@/lib/api/clusters/schema';

// The timelines live outside React for the page's lifetime, so leaving a cluster's page and coming back
// keeps what was seen (a reload starts over: the timeline is what this page observed).
const timelines = new Map<string, readonly TimelineEntry[]>();
const listeners = new Set<() => void>();
const EMPTY: readonly TimelineEntry[] = [];

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

function record(clusterId: string, entry: TimelineEntry | undefined): void {
  if (!entry) return;
  const previous = timelines.get(clusterId) ?? EMPTY;
  const next = observe(previous, entry);
  if (next === previous) return;
  timelines.set(clusterId, next);
  const finished = finishedPhase(next);
  if (finished) recordDuration(browserStorage(), finished.phase, finished.durationMs);
  for (const listener of listeners) listener();
}

type Observed = { cluster: ClusterResponse | undefined; dataUpdatedAt: number; gone: boolean };

/** The states this page saw the cluster in, with their times; a 404 after it was seen ends it with GONE. */
export function useObservedTimeline(clusterId: string, { cluster, dataUpdatedAt, gone }: Observed): readonly TimelineEntry[] {
  const state = cluster?.metadata.state;
  useEffect(() => {
    if (gone) {
      if ((timelines.get(clusterId) ?? EMPTY).length > 0) record(clusterId, { state: 'GONE', observedAt: Date.now() });
      return;
    }
    if (cluster) record(clusterId, observationOf(cluster, dataUpdatedAt || Date.now()));
    // The cluster object changes on every poll; only a new state (or its disappearance) is an observation.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [clusterId, state, gone]);
  return useSyncExternalStore(
    subscribe,
    () => timelines.get(clusterId) ?? EMPTY,
    () => EMPTY,
  );
}

function subscribeToStorage(listener: () => void): () => void {
  window.addEventListener('storage', listener);
  const unsubscribe = subscribe(listener);
  return () => {
    window.removeEventListener('storage', listener);
    unsubscribe();
  };
}

/** Durations of earlier changes this browser watched (none while rendering on the server). */
export function useRememberedDurations(): Durations {
  // The raw text is the snapshot: a string compares by value, so an unchanged store does not re-render.
  const raw = useSyncExternalStore(
    subscribeToStorage,
    () => browserStorage()?.getItem(DURATIONS_STORAGE_KEY) ?? null,
    () => null,
  );
  return useMemo(() => readDurations({ getItem: () => raw }), [raw]);
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
