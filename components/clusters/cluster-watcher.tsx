'use client';

// Mounted once in the console layout: polls the clusters and node pools this browser created, changed or
// deleted (see lib/api/clusters/watch.ts) while the platform works on them, and shows one toast per outcome,
// whatever page the user is on. Settling is recorded in localStorage, so every open tab shows the toast while
// only one of them polls (lib/api/tabs.ts).
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { notifyInBrowser } from '@/components/clusters/list/browser-notifications';
import { isApiError } from '@/lib/api/client';
import { clusterQueries } from '@/lib/api/clusters/queries';
import {
  getServerWatched,
  getWatched,
  isOwnWatch,
  outcomeMessage,
  outcomeOf,
  setWatchOwner,
  settleWatched,
  subscribeWatched,
  watchKey,
  type WatchedCluster,
  type WatchedEntry,
  type WatchedNodePool,
} from '@/lib/api/clusters/watch';
import type { ResourceState } from '@/lib/api/common/schema';
import { nodePoolQueries } from '@/lib/api/nodepools/queries';
import { useTabLeader } from '@/lib/api/tabs';
import { toast } from '@/lib/toast';

/** A tab that learns of an outcome later than this (opened afterwards) does not toast it. */
const TOAST_WITHIN_MS = 15_000;
/** Data older than the watch (a cache entry from before the change) says nothing about its outcome. */
const CLOCK_SLACK_MS = 2_000;

/** What the watcher reads of a polled cluster or node pool. */
type Observed = {
  data?: { metadata: { state?: ResourceState }; properties: { name?: string } };
  dataUpdatedAt: number;
  error: unknown;
  errorUpdatedAt: number;
};

/** Records the outcome once the observation shows one; the same rules for every kind of entry. */
function useSettle(entry: WatchedEntry, query: Observed) {
  const fresh = query.dataUpdatedAt >= entry.at - CLOCK_SLACK_MS;
  const state = fresh ? query.data?.metadata.state : undefined;
  const gone = isApiError(query.error) && query.error.status === 404 && query.errorUpdatedAt >= entry.at - CLOCK_SLACK_MS;
  const name = query.data?.properties.name;

  useEffect(() => {
    const outcome = outcomeOf(entry, { state, gone }, Date.now());
    if (!outcome) return;
    if (settleWatched(watchKey(entry), outcome, name)) notifyInBrowser(outcomeMessage({ ...entry, name: entry.name ?? name }, outcome));
  }, [entry, state, gone, name]);
}

// One poller per kind, for the query's type; polled in hidden tabs too: the browser notification is for when
// the user looks elsewhere.
function WatchedClusterPoller({ entry }: { entry: WatchedCluster }) {
  const options = clusterQueries.detail(entry.id);
  const leader = useTabLeader(options.queryKey, { background: true });
  useSettle(entry, useQuery({ ...options, refetchInterval: leader ? options.refetchInterval : false, refetchIntervalInBackground: true }));
  return null;
}

function WatchedNodePoolPoller({ entry }: { entry: WatchedNodePool }) {
  const options = nodePoolQueries.detail(entry.clusterId, entry.id);
  const leader = useTabLeader(options.queryKey, { background: true });
  useSettle(entry, useQuery({ ...options, refetchInterval: leader ? options.refetchInterval : false, refetchIntervalInBackground: true }));
  return null;
}

// Outcomes this tab has toasted, in sessionStorage (per tab, kept across reloads): a reload shows no toast twice.
const TOASTED_KEY = 'console.toasted-outcomes';
const toastedInMemory = new Set<string>();
const toastedKey = (entry: WatchedEntry, at: number) => `${watchKey(entry)}:${at}`;

function toastedOutcomes(): Set<string> {
  try {
    const stored: unknown = JSON.parse(window.sessionStorage.getItem(TOASTED_KEY) ?? '[]');
    return new Set([...toastedInMemory, ...(Array.isArray(stored) ? stored.filter((key) => typeof key === 'string') : [])]);
  } catch {
    return new Set(toastedInMemory);
  }
}

function rememberToasted(keys: Set<string>, current: readonly WatchedEntry[]): void {
  for (const key of keys) toastedInMemory.add(key);
  // Only keys of entries still stored are worth keeping; the rest can never come back.
  const live = new Set(current.flatMap((entry) => (entry.outcome ? [toastedKey(entry, entry.outcome.at)] : [])));
  try {
    window.sessionStorage.setItem(TOASTED_KEY, JSON.stringify([...keys].filter((key) => live.has(key))));
  } catch {
    // storage disabled: the in-memory set still covers this page's lifetime
  }
}

function useOutcomeToasts(watched: readonly WatchedEntry[]) {
  useEffect(() => {
    const settled = watched.filter((entry) => entry.outcome);
    if (settled.length === 0) return;
    const toasted = toastedOutcomes();
    let changed = false;
    for (const entry of settled) {
      const outcome = entry.outcome!;
      const key = toastedKey(entry, outcome.at);
      if (toasted.has(key)) continue;
      toasted.add(key);
      changed = true;
      if (Date.now() - outcome.at <= TOAST_WITHIN_MS) toast(outcomeMessage(entry, outcome));
    }
    if (changed) rememberToasted(toasted, watched);
  }, [watched]);
}

/** `user` identifies the signed-in user (contract and e-mail): watches are per user of this browser. */
export function ClusterWatcher({ user }: { user: string }) {
  const all = useSyncExternalStore(subscribeWatched, getWatched, getServerWatched);
  const watched = useMemo(() => all.filter((entry) => isOwnWatch(entry, user)), [all, user]);
  useEffect(() => setWatchOwner(user), [user]);
  useOutcomeToasts(watched);
  return (
    <>
      {watched
        .filter((entry) => !entry.outcome)
        .map((entry) =>
          entry.kind === 'nodepool' ? (
            <WatchedNodePoolPoller key={`${watchKey(entry)}:${entry.at}`} entry={entry} />
          ) : (
            <WatchedClusterPoller key={`${watchKey(entry)}:${entry.at}`} entry={entry} />
          ),
        )}
    </>
  );
}
