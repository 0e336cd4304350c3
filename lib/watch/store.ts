// Clusters and node pools this browser created, changed or deleted, remembered in localStorage until the
// platform is done with them. The watcher (components/watch/resource-watcher.tsx, in the console layout) polls
// each one and, once it settles, records the outcome here; every open tab then shows one toast for it,
// whatever page it is on. The mutation hooks call watchCluster() / watchNodePool() on success.
import { z } from 'zod';
import { STORAGE_KEYS } from '@/lib/browser/keys';
import { createStorageStore, parseStoredJson } from '@/lib/browser/storage-store';
import { outcomeSchema, type WatchAction, type WatchOutcome } from '@/lib/watch/outcome';

export type { OutcomeKind, WatchAction, WatchOutcome } from '@/lib/watch/outcome';

export const WATCH_STORAGE_KEY = STORAGE_KEYS.watched;
/** A watch the platform never settles (a lost delete, say) ends after this long. */
export const WATCH_MAX_AGE_MS = 6 * 3600_000;
/** Settled entries stay this long, so tabs that hear of them late still show the toast, then go. */
export const SETTLED_KEEP_MS = 60_000;
const MAX_ENTRIES = 50;

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
const clusterEntrySchema = z.object({
  kind: z.literal('cluster').optional(),
  id: resourceId,
  ...commonFields,
  /** An upgrade's target version: its toast says "Upgraded to 25.3". */
  upgradeTo: z.string().max(20).optional(),
});
const nodePoolEntrySchema = z.object({ kind: z.literal('nodepool'), clusterId: resourceId, id: resourceId, ...commonFields });
const entrySchema = z.union([clusterEntrySchema, nodePoolEntrySchema]);
export type WatchedCluster = z.infer<typeof clusterEntrySchema>;
export type WatchedNodePool = z.infer<typeof nodePoolEntrySchema>;
export type WatchedEntry = WatchedCluster | WatchedNodePool;

/** Identifies the watched resource among the entries (a node pool id is unique only within its cluster). */
export function watchKey(entry: WatchedEntry): string {
  return entry.kind === 'nodepool' ? `nodepool:${entry.clusterId}/${entry.id}` : entry.id;
}

type Stored = { version: 1; items: readonly WatchedEntry[] };

/** The stored entries still worth keeping at `now()`; anything unreadable (another version, a hand edit) is dropped. */
function storedSchema(now: () => number): z.ZodType<Stored> {
  return z.object({
    version: z.literal(1),
    items: z.array(z.unknown()).transform((items) =>
      items.flatMap((item) => {
        const entry = entrySchema.safeParse(item);
        if (!entry.success) return [];
        const { outcome, at } = entry.data;
        const keep = outcome ? now() - outcome.at <= SETTLED_KEEP_MS : now() - at <= WATCH_MAX_AGE_MS;
        return keep ? [entry.data] : [];
      }),
    ),
  });
}

const NONE: Stored = { version: 1, items: [] };
const stored = (items: readonly WatchedEntry[]): Stored => ({ version: 1, items: items.slice(-MAX_ENTRIES) });

export function parseWatched(raw: string | null, now: number): readonly WatchedEntry[] {
  return parseStoredJson(
    raw,
    storedSchema(() => now),
    NONE,
  ).items;
}

export function serializeWatched(items: readonly WatchedEntry[]): string {
  return JSON.stringify(stored(items));
}

// localStorage is the truth shared by tabs; the store's snapshot is parsed (and expired) once per stored text.
const store = createStorageStore({ key: WATCH_STORAGE_KEY, scope: 'local', schema: storedSchema(Date.now), initial: NONE });

/** The watched entries, re-rendering on change in this tab or another. */
export function useWatched(): readonly WatchedEntry[] {
  return store.useValue().items;
}

function update(change: (items: readonly WatchedEntry[]) => readonly WatchedEntry[]): void {
  store.update((current) => stored(change(current.items)));
}

let owner: string | undefined;

/** The signed-in user, stamped on new watches; the watcher sets it from the session. */
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

// The name makes a better toast; the mutation hooks pass the one in their answer.
const named = (name: string | undefined) => (name ? { name } : {});

/** Remembers that this browser asked the platform to create, change or delete the cluster. */
export function watchCluster(id: string, action: WatchAction, name?: string, upgradeTo?: string): void {
  watch({ id, action, at: Date.now(), ...named(name), ...(upgradeTo ? { upgradeTo } : {}) });
}

/** Remembers that this browser asked the platform to create, change or delete the node pool. */
export function watchNodePool(clusterId: string, nodePoolId: string, action: WatchAction, name?: string): void {
  watch({ kind: 'nodepool', clusterId, id: nodePoolId, action, at: Date.now(), ...named(name) });
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
