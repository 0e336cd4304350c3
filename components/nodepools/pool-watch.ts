// Node pools this page created, changed or deleted, until the platform is done with them; <NodePoolWatcher>
// polls each and shows one toast per outcome. The outcome rules are the clusters' (lib/api/clusters/watch.ts),
// so a pool reads "ready", "failed" or "deleted" exactly when a cluster would. Kept in memory: it lives as long
// as the console is open in this tab.
import { stateLabel } from '@/components/clusters/cluster-format';
import { outcomeOf, type WatchAction, type WatchOutcome } from '@/lib/api/clusters/watch';
import type { ResourceState } from '@/lib/api/common/schema';
import type { ToastInput } from '@/lib/toast';

export type WatchedNodePool = {
  clusterId: string;
  id: string;
  name?: string;
  action: WatchAction;
  at: number;
  outcome?: WatchOutcome;
};

let items: readonly WatchedNodePool[] = [];
const listeners = new Set<() => void>();
const NONE: readonly WatchedNodePool[] = [];
const SETTLED_KEEP_MS = 60_000;

function emit(next: readonly WatchedNodePool[]) {
  items = next;
  for (const listener of listeners) listener();
}

export function subscribeWatchedPools(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const getWatchedPools = (): readonly WatchedNodePool[] => items;
export const getServerWatchedPools = (): readonly WatchedNodePool[] => NONE;

/** Remembers that this tab asked the platform to create, change or delete the pool. */
export function watchNodePool(pool: { clusterId: string; id: string; name?: string }, action: WatchAction): void {
  emit([...items.filter((item) => item.id !== pool.id), { ...pool, action, at: Date.now() }]);
}

/** Records the outcome once; true for the call that recorded it (that one shows the toast). */
export function settleWatchedPool(id: string, outcome: WatchOutcome): boolean {
  const entry = items.find((item) => item.id === id && !item.outcome);
  if (!entry) return false;
  const now = Date.now();
  // Settled entries are kept a minute (a second watcher learns it is done), then dropped.
  const next = items.map((item) => (item === entry ? { ...item, outcome } : item));
  emit(next.filter((item) => !item.outcome || now - item.outcome.at < SETTLED_KEEP_MS));
  return true;
}

/** The clusters' rule: undefined while the platform still works on the pool. */
export function poolOutcomeOf(entry: WatchedNodePool, seen: { state?: ResourceState; gone?: boolean }, now: number) {
  return outcomeOf(entry, seen, now);
}

const VERB = { create: 'Creating', update: 'Changing', delete: 'Deleting' } as const;

export function poolOutcomeMessage(entry: WatchedNodePool, outcome: WatchOutcome): ToastInput {
  const name = entry.name ? `“${entry.name}”` : `node pool ${entry.id.slice(0, 8)}`;
  const href = `/clusters/${encodeURIComponent(entry.clusterId)}/nodepools/${encodeURIComponent(entry.id)}`;
  const open = { label: 'Open node pool', href };
  const id = `nodepool-${entry.id}`;
  switch (outcome.kind) {
    case 'available':
      return entry.action === 'create'
        ? { id, variant: 'success', title: `Node pool ${name} is ready`, description: 'Its nodes are available to the cluster.', action: open }
        : { id, variant: 'success', title: `Changes to node pool ${name} are done`, description: 'The node pool is available again.', action: open };
    case 'failed':
      return {
        id,
        variant: 'error',
        title: `${VERB[entry.action]} node pool ${name} failed`,
        description: `The node pool is in state “${stateLabel(outcome.state)}”. Open it for details, or try again.`,
        action: open,
      };
    case 'deleted':
      return { id, variant: 'success', title: `Node pool ${name} was deleted`, description: 'Its nodes are gone from the cluster.' };
    case 'gone':
      return { id, variant: 'info', title: `Node pool ${name} no longer exists`, description: 'It was deleted while the change was under way.' };
  }
}
