'use client';

// Polls the node pools this tab created, changed or deleted (pool-watch.ts) while the platform works on them
// and shows one toast per outcome, like <ClusterWatcher> does for clusters. Every node pool page mounts it;
// the first watcher that sees an outcome records it, so several mounted at once still toast once.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';
import {
  getServerWatchedPools,
  getWatchedPools,
  poolOutcomeMessage,
  poolOutcomeOf,
  settleWatchedPool,
  subscribeWatchedPools,
  type WatchedNodePool,
} from '@/components/nodepools/pool-watch';
import { isApiError } from '@/lib/api/client';
import { nodePoolQueries } from '@/lib/api/nodepools/queries';
import { toast } from '@/lib/toast';

/** Data older than the watch (a cache entry from before the change) says nothing about its outcome. */
const CLOCK_SLACK_MS = 2_000;

function WatchedPoolPoller({ entry }: { entry: WatchedNodePool }) {
  const query = useQuery(nodePoolQueries.detail(entry.clusterId, entry.id));
  const fresh = query.dataUpdatedAt >= entry.at - CLOCK_SLACK_MS;
  const state = fresh ? query.data?.metadata.state : undefined;
  const gone = isApiError(query.error) && query.error.status === 404 && query.errorUpdatedAt >= entry.at - CLOCK_SLACK_MS;
  const name = entry.name ?? query.data?.properties.name;

  useEffect(() => {
    const outcome = poolOutcomeOf(entry, { state, gone }, Date.now());
    if (outcome && settleWatchedPool(entry.id, outcome)) toast(poolOutcomeMessage({ ...entry, name }, outcome));
  }, [entry, state, gone, name]);

  return null;
}

export function NodePoolWatcher() {
  const watched = useSyncExternalStore(subscribeWatchedPools, getWatchedPools, getServerWatchedPools);
  return (
    <>
      {watched
        .filter((entry) => !entry.outcome)
        .map((entry) => (
          <WatchedPoolPoller key={`${entry.id}:${entry.at}`} entry={entry} />
        ))}
    </>
  );
}
