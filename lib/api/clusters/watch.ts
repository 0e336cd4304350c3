// Clusters this browser created, changed or deleted, remembered in localStorage until the platform is done
// with them. <ClusterWatcher> (in the console layout) polls each one and, once it settles, records the outcome
// here; every open tab then shows one toast for it. The mutation hooks call watchCluster() on success.
import { z } from 'zod';
import { stateLabel } from '@/components/clusters/cluster-format';
import { clusterKeys } from '@/lib/api/clusters/queries';
import type { ClusterResponse } from '@/lib/api/clusters/schema';
import { resourceStateSchema, TRANSITIONAL_STATES, type ResourceState } from '@/lib/api/common/schema';
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

const entrySchema = z.object({
  id: z.string().min(1).max(100),
  action: z.enum(['create', 'update', 'delete']),
  at: z.number(),
  name: z.string().max(100).optional(),
  /** Who watches it (see setWatchOwner): another user signing in on this browser neither polls nor sees it. */
  owner: z.string().max(200).optional(),
  outcome: outcomeSchema.optional(),
});
export type WatchedCluster = z.infer<typeof entrySchema>;

const storedSchema = z.object({ version: z.literal(1), items: z.array(z.unknown()) });

/** The stored entries still worth keeping; anything unreadable (another version, a hand edit) is dropped. */
export function parseWatched(raw: string | null, now: number): WatchedCluster[] {
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

export function serializeWatched(items: readonly WatchedCluster[]): string {
  return JSON.stringify({ version: 1, items: items.slice(-MAX_ENTRIES) });
}

/**
 * What an observation of a watched cluster means: undefined while the platform still works on it.
 * `gone` is a 404 (or TERMINATED): the end of a delete, a surprise otherwise.
 */
export function outcomeOf(
  entry: Pick<WatchedCluster, 'action'>,
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

// The words of the toasts and browser notifications.
const VERB = { create: 'Creating', update: 'Changing', delete: 'Deleting' } as const;

/** The cluster's name in quotes, or its id's start when the name was never known. */
export function watchedName(entry: Pick<WatchedCluster, 'id' | 'name'>): string {
  return entry.name ? `“${entry.name}”` : `cluster ${entry.id.slice(0, 8)}`;
}

export function outcomeMessage(entry: WatchedCluster, outcome: WatchOutcome): ToastInput {
  const name = watchedName(entry);
  const open = { label: 'Open cluster', href: `/clusters/${encodeURIComponent(entry.id)}` };
  const id = `cluster-${entry.id}`;
  switch (outcome.kind) {
    case 'available':
      return entry.action === 'create'
        ? { id, variant: 'success', title: `Cluster ${name} is ready`, description: 'It is available: add node pools or download its kubeconfig.', action: open }
        : { id, variant: 'success', title: `Changes to ${name} are done`, description: 'The cluster is available again.', action: open };
    case 'failed':
      return {
        id,
        variant: 'error',
        title: `${VERB[entry.action]} ${name} failed`,
        description: `The cluster is in state “${stateLabel(outcome.state)}”. Open it for details, or try again.`,
        action: open,
      };
    case 'deleted':
      return { id, variant: 'success', title: `Cluster ${name} was deleted`, description: 'It and its node pools are gone.' };
    case 'gone':
      return { id, variant: 'info', title: `Cluster ${name} no longer exists`, description: 'It was deleted while the change was under way.' };
  }
}

// The store: localStorage is the truth shared by tabs (the storage event tells the others); this tab's
// listeners are told directly. The parsed snapshot is cached per raw string, as useSyncExternalStore needs.
const listeners = new Set<() => void>();
let snapshot: { raw: string | null; items: readonly WatchedCluster[] } = { raw: null, items: [] };
const NONE: readonly WatchedCluster[] = [];

function readRaw(): string | null {
  try {
    return window.localStorage.getItem(WATCH_STORAGE_KEY);
  } catch {
    return null; // storage disabled: watching still works for this page's lifetime through `snapshot`
  }
}

export function getWatched(): readonly WatchedCluster[] {
  if (typeof window === 'undefined') return NONE;
  const raw = readRaw() ?? snapshot.raw;
  if (raw !== snapshot.raw) snapshot = { raw, items: parseWatched(raw, Date.now()) };
  return snapshot.items;
}

export function getServerWatched(): readonly WatchedCluster[] {
  return NONE;
}

function update(change: (items: WatchedCluster[]) => WatchedCluster[]): void {
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
export function isOwnWatch(entry: Pick<WatchedCluster, 'owner'>, user: string | undefined): boolean {
  return entry.owner === undefined || entry.owner === user;
}

/** Remembers that this browser asked the platform to create, change or delete the cluster. */
export function watchCluster(id: string, action: WatchAction): void {
  // The mutation hooks put the answer into the detail cache first: its name makes a better toast.
  const cached = getQueryClient().getQueryData<ClusterResponse>(clusterKeys.detail(id));
  const name = cached?.properties.name;
  const entry: WatchedCluster = { id, action, at: Date.now(), ...(name ? { name } : {}), ...(owner ? { owner } : {}) };
  update((items) => [...items.filter((item) => item.id !== id), entry]);
}

/** Records the outcome once; true for the call that recorded it (that one may send the browser notification). */
export function settleWatched(id: string, outcome: WatchOutcome, name?: string): boolean {
  let recorded = false;
  update((items) =>
    items.map((item) => {
      if (item.id !== id || item.outcome) return item;
      recorded = true;
      return { ...item, outcome, ...(item.name || !name ? {} : { name }) };
    }),
  );
  return recorded;
}

export function unwatchCluster(id: string): void {
  update((items) => items.filter((item) => item.id !== id));
}
