// Clusters and node pools this browser created, changed or deleted, remembered in localStorage until the
// platform is done with them. <ClusterWatcher> (in the console layout) polls each one and, once it settles,
// records the outcome here; every open tab then shows one toast for it, whatever page it is on. The mutation
// hooks call watchCluster() / watchNodePool() on success. Both kinds go through the same store, outcome rules
// and toasts; only the query polled, the words and the link differ (KINDS below).
import { z } from 'zod';
import { stateLabel } from '@/lib/format/state';
import { clusterKeys } from '@/lib/api/clusters/queries';
import type { ClusterResponse } from '@/lib/api/clusters/schema';
import { resourceStateSchema, TRANSITIONAL_STATES, type ResourceState } from '@/lib/api/common/schema';
import { nodePoolKeys } from '@/lib/api/nodepools/queries';
import type { NodePoolResponse } from '@/lib/api/nodepools/schema';
import { getQueryClient } from '@/lib/api/query-client';
import type { ToastInput } from '@/lib/toast';

export const WATCH_STORAGE_KEY = 'console.watched-clusters';
/** A watch the platform never settles (a lost delete, say) ends after this long. */
export const WATCH_MAX_AGE_MS = 6 * 3600_000;
/** Settled entries stay this long, so tabs that hear of them late still show the toast, then go. */
export const SETTLED_KEEP_MS = 60_000;
const MAX_ENTRIES = 50;

export type WatchAction = 'create' | 'update' | 'delete';
export type OutcomeKind = 'available' | 'failed' | 'deleted' | 'gone';

const outcomeSchema = z.object({
  kind: z.enum(['available', 'failed', 'deleted', 'gone']),
  state: resourceStateSchema.optional(),
  at: z.number(),
});
export type WatchOutcome = z.infer<typeof outcomeSchema>;

const resourceId = z.string().min(1).max(100);
const commonFields = {
  action: z.enum(['create', 'update', 'delete']),
  at: z.number(),
  name: z.string().max(100).optional(),
  /** Who watches it (see setWatchOwner): another user signing in on this browser neither polls nor sees it. */
  owner: z.string().max(200).optional(),
  outcome: outcomeSchema.optional(),
};
// `id` is the watched resource's: the cluster's, or the node pool's within `clusterId`. A cluster entry has no
// `kind`, so the entries stored before node pools were watched stay readable.
const clusterEntrySchema = z.object({ kind: z.literal('cluster').optional(), id: resourceId, ...commonFields });
const nodePoolEntrySchema = z.object({ kind: z.literal('nodepool'), clusterId: resourceId, id: resourceId, ...commonFields });
const entrySchema = z.union([clusterEntrySchema, nodePoolEntrySchema]);
export type WatchedCluster = z.infer<typeof clusterEntrySchema>;
export type WatchedNodePool = z.infer<typeof nodePoolEntrySchema>;
export type WatchedEntry = WatchedCluster | WatchedNodePool;

/** Identifies the watched resource among the entries (a node pool id is unique only within its cluster). */
export function watchKey(entry: WatchedEntry): string {
  return entry.kind === 'nodepool' ? `nodepool:${entry.clusterId}/${entry.id}` : entry.id;
}

const storedSchema = z.object({ version: z.literal(1), items: z.array(z.unknown()) });

/** The stored entries still worth keeping; anything unreadable (another version, a hand edit) is dropped. */
export function parseWatched(raw: string | null, now: number): WatchedEntry[] {
  if (!raw) return [];
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return [];
  }
  const stored = storedSchema.safeParse(json);
  if (!stored.success) return [];
  return stored.data.items.flatMap((item) => {
    const entry = entrySchema.safeParse(item);
    if (!entry.success) return [];
    const { outcome, at } = entry.data;
    const keep = outcome ? now - outcome.at <= SETTLED_KEEP_MS : now - at <= WATCH_MAX_AGE_MS;
    return keep ? [entry.data] : [];
  });
}

export function serializeWatched(items: readonly WatchedEntry[]): string {
  return JSON.stringify({ version: 1, items: items.slice(-MAX_ENTRIES) });
}

/**
 * What an observation of a watched cluster or node pool means: undefined while the platform still works on it.
 * `gone` is a 404 (or TERMINATED): the end of a delete, a surprise otherwise.
 */
export function outcomeOf(
  entry: Pick<WatchedEntry, 'action'>,
  seen: { state?: ResourceState; gone?: boolean },
  now: number,
): WatchOutcome | undefined {
  const { state } = seen;
  if (seen.gone || state === 'TERMINATED') return { kind: entry.action === 'delete' ? 'deleted' : 'gone', at: now };
  if (state === undefined || TRANSITIONAL_STATES.has(state)) return undefined;
  if (state.startsWith('FAILED')) return { kind: 'failed', state, at: now };
  // AVAILABLE after a delete: the deletion has not begun yet, keep waiting.
  if (entry.action === 'delete') return undefined;
  return { kind: 'available', state, at: now };
}

// The words of the toasts and browser notifications, per kind.
const VERB = { create: 'Creating', update: 'Changing', delete: 'Deleting' } as const;
const KINDS = {
  cluster: {
    noun: 'cluster',
    /** How the title starts when it names the resource first. */
    titled: (name: string) => `Cluster ${name}`,
    ready: 'It is available: add node pools or download its kubeconfig.',
    deleted: 'It and its node pools are gone.',
    open: 'Open cluster',
  },
  nodepool: {
    noun: 'node pool',
    titled: (name: string) => name.charAt(0).toUpperCase() + name.slice(1),
    ready: 'Its nodes are available to the cluster.',
    deleted: 'Its nodes are gone from the cluster.',
    open: 'Open node pool',
  },
} as const;

function presentation(entry: WatchedEntry) {
  const cluster = `/clusters/${encodeURIComponent(entry.kind === 'nodepool' ? entry.clusterId : entry.id)}`;
  return entry.kind === 'nodepool'
    ? { words: KINDS.nodepool, id: `nodepool-${entry.id}`, href: `${cluster}/nodepools/${encodeURIComponent(entry.id)}` }
    : { words: KINDS.cluster, id: `cluster-${entry.id}`, href: cluster };
}

/**
 * The resource as the toast's sentences name it: a cluster's name in quotes (“lake”), a node pool's with its
 * noun (node pool “trino”); the id's start when the name was never known.
 */
export function watchedName(entry: WatchedEntry): string {
  const { words } = presentation(entry);
  if (!entry.name) return `${words.noun} ${entry.id.slice(0, 8)}`;
  return entry.kind === 'nodepool' ? `${words.noun} “${entry.name}”` : `“${entry.name}”`;
}

export function outcomeMessage(entry: WatchedEntry, outcome: WatchOutcome): ToastInput {
  const { words, id, href } = presentation(entry);
  const name = watchedName(entry);
  const title = words.titled(name);
  const open = { label: words.open, href };
  switch (outcome.kind) {
    case 'available':
      return entry.action === 'create'
        ? { id, variant: 'success', title: `${title} is ready`, description: words.ready, action: open }
        : { id, variant: 'success', title: `Changes to ${name} are done`, description: `The ${words.noun} is available again.`, action: open };
    case 'failed':
      return {
        id,
        variant: 'error',
        title: `${VERB[entry.action]} ${name} failed`,
        description: `The ${words.noun} is in state “${stateLabel(outcome.state)}”. Open it for details, or try again.`,
        action: open,
      };
    case 'deleted':
      return { id, variant: 'success', title: `${title} was deleted`, description: words.deleted };
    case 'gone':
      return { id, variant: 'info', title: `${title} no longer exists`, description: 'It was deleted while the change was under way.' };
  }
}

// The store: localStorage is the truth shared by tabs (the storage event tells the others); this tab's
// listeners are told directly. The parsed snapshot is cached per raw string, as useSyncExternalStore needs.
const listeners = new Set<() => void>();
let snapshot: { raw: string | null; items: readonly WatchedEntry[] } = { raw: null, items: [] };
const NONE: readonly WatchedEntry[] = [];

function readRaw(): string | null {
  try {
    return window.localStorage.getItem(WATCH_STORAGE_KEY);
  } catch {
    return null; // storage disabled: watching still works for this page's lifetime through `snapshot`
  }
}

export function getWatched(): readonly WatchedEntry[] {
  if (typeof window === 'undefined') return NONE;
  const raw = readRaw() ?? snapshot.raw;
  if (raw !== snapshot.raw) snapshot = { raw, items: parseWatched(raw, Date.now()) };
  return snapshot.items;
}

export function getServerWatched(): readonly WatchedEntry[] {
  return NONE;
}

function update(change: (items: WatchedEntry[]) => WatchedEntry[]): void {
  if (typeof window === 'undefined') return;
  const raw = serializeWatched(change(parseWatched(readRaw() ?? snapshot.raw, Date.now())));
  try {
    window.localStorage.setItem(WATCH_STORAGE_KEY, raw);
  } catch {
    // full or disabled storage: keep the watch in memory
  }
  snapshot = { raw, items: parseWatched(raw, Date.now()) };
  for (const listener of listeners) listener();
}

export function subscribeWatched(listener: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === WATCH_STORAGE_KEY || event.key === null) listener();
  };
  listeners.add(listener);
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

let owner: string | undefined;

/** The signed-in user, stamped on new watches; ClusterWatcher sets it from the session. */
export function setWatchOwner(user: string | undefined): void {
  owner = user;
}

/** Whether `entry` is the signed-in user's (entries without an owner belong to whoever is signed in). */
export function isOwnWatch(entry: Pick<WatchedEntry, 'owner'>, user: string | undefined): boolean {
  return entry.owner === undefined || entry.owner === user;
}

function watch(entry: WatchedEntry): void {
  const key = watchKey(entry);
  const stamped: WatchedEntry = { ...entry, ...(owner ? { owner } : {}) };
  update((items) => [...items.filter((item) => watchKey(item) !== key), stamped]);
}

// The mutation hooks put the answer into the detail cache before watching: its name makes a better toast.
const cachedName = (name: string | undefined) => (name ? { name } : {});

/** Remembers that this browser asked the platform to create, change or delete the cluster. */
export function watchCluster(id: string, action: WatchAction): void {
  const cached = getQueryClient().getQueryData<ClusterResponse>(clusterKeys.detail(id));
  watch({ id, action, at: Date.now(), ...cachedName(cached?.properties.name) });
}

/** Remembers that this browser asked the platform to create, change or delete the node pool. */
export function watchNodePool(clusterId: string, nodePoolId: string, action: WatchAction): void {
  const cached = getQueryClient().getQueryData<NodePoolResponse>(nodePoolKeys.detail(clusterId, nodePoolId));
  watch({ kind: 'nodepool', clusterId, id: nodePoolId, action, at: Date.now(), ...cachedName(cached?.properties.name) });
}

/** Records the outcome of the entry with `key` (watchKey) once; true for the call that recorded it (that one may send the browser notification). */
export function settleWatched(key: string, outcome: WatchOutcome, name?: string): boolean {
  let recorded = false;
  update((items) =>
    items.map((item) => {
      if (watchKey(item) !== key || item.outcome) return item;
      recorded = true;
      return { ...item, outcome, ...(item.name || !name ? {} : { name }) };
    }),
  );
  return recorded;
}

export function unwatchCluster(id: string): void {
  update((items) => items.filter((item) => watchKey(item) !== id));
}
