'use client';

// Mounted once in the console layout: polls the clusters and node pools this browser created, changed or
// deleted (lib/watch/store.ts) while the platform works on them, and shows one toast per outcome, whatever page
// the user is on. Settling is recorded in localStorage, so every open tab shows the toast while only one of
// them polls (usePolledQuery).
import { useEffect, useMemo } from 'react';
import { z } from 'zod';
import { notifyInBrowser } from '@/components/watch/browser-notifications';
import { outcomeMessage } from '@/components/watch/watch-messages';
import { isBffError } from '@/lib/api/client';
import { clusterQueries } from '@/lib/api/clusters/queries';
import { nodePoolQueries } from '@/lib/api/nodepools/queries';
import { STORAGE_KEYS } from '@/lib/browser/keys';
import { usePolledQuery } from '@/lib/browser/polled-query';
import { createStorageStore } from '@/lib/browser/storage-store';
import { toast } from '@/lib/toast';
import { outcomeOf, seenOf } from '@/lib/watch/outcome';
import {
  isOwnWatch,
  setWatchOwner,
  settleWatched,
  useWatched,
  watchKey,
  type WatchedCluster,
  type WatchedEntry,
  type WatchedNodePool,
} from '@/lib/watch/store';

/** A tab that learns of an outcome later than this (opened afterwards) does not toast it. */
const TOAST_WITHIN_MS = 15_000;

type Polled = { data?: WatchedObservation; dataUpdatedAt: number; error: unknown; errorUpdatedAt: number };
type WatchedObservation = Parameters<typeof seenOf>[1]['data'];

/** Records the outcome once the observation shows one; the same rules for every kind of entry. */
function useSettle(entry: WatchedEntry, query: Polled) {
  const errorStatus = isBffError(query.error) ? query.error.status : undefined;
  const { state, gone, name } = seenOf(entry.at, { ...query, errorStatus });

  useEffect(() => {
    const outcome = outcomeOf(entry, { state, gone }, Date.now());
    if (!outcome) return;
    if (settleWatched(watchKey(entry), outcome, name)) notifyInBrowser(outcomeMessage({ ...entry, name: entry.name ?? name }, outcome));
  }, [entry, state, gone, name]);
}

// One poller per kind, for the query's type; polled in hidden tabs too: the browser notification is for when
// the user looks elsewhere.
function WatchedClusterPoller({ entry }: { entry: WatchedCluster }) {
  useSettle(entry, usePolledQuery(clusterQueries.detail(entry.id), { background: true }));
  return null;
}

function WatchedNodePoolPoller({ entry }: { entry: WatchedNodePool }) {
  useSettle(entry, usePolledQuery(nodePoolQueries.detail(entry.clusterId, entry.id), { background: true }));
  return null;
}

// Outcomes this tab has toasted, in sessionStorage (per tab, kept across reloads): a reload shows no toast twice.
// With storage disabled the store keeps them in memory, which covers this page's lifetime.
const toastedStore = createStorageStore({
  key: STORAGE_KEYS.toastedOutcomes,
  scope: 'session',
  schema: z.array(z.unknown()).transform((keys) => keys.filter((key) => typeof key === 'string')),
  initial: [],
});
const toastedKey = (entry: WatchedEntry, at: number) => `${watchKey(entry)}:${at}`;

function rememberToasted(keys: ReadonlySet<string>, current: readonly WatchedEntry[]): void {
  // Only keys of entries still stored are worth keeping; the rest can never come back.
  const live = new Set(current.flatMap((entry) => (entry.outcome ? [toastedKey(entry, entry.outcome.at)] : [])));
  toastedStore.set([...keys].filter((key) => live.has(key)));
}

function useOutcomeToasts(watched: readonly WatchedEntry[]) {
  useEffect(() => {
    const settled = watched.filter((entry) => entry.outcome);
    if (settled.length === 0) return;
    const toasted = new Set(toastedStore.get());
    let changed = false;
    for (const entry of settled) {
      const outcome = entry.outcome!;
      const key = toastedKey(entry, outcome.at);
      if (toasted.has(key)) continue;
      toasted.add(key);
      changed = true;
      if (Date.now() - outcome.at <= TOAST_WITHIN_MS) toast(outcomeMessage(entry, outcome, window.location.pathname));
    }
    if (changed) rememberToasted(toasted, watched);
  }, [watched]);
}

/** `user` identifies the signed-in user (contract and e-mail): watches are per user of this browser. */
export function ResourceWatcher({ user }: { user: string }) {
  const all = useWatched();
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
