// The console's one way to keep state in the browser outside React: an in-page store (createMemoryStore) and
// one backed by localStorage or sessionStorage (createStorageStore). Both give `get`, `set`, `update`,
// `subscribe` and a `useValue` hook (useSyncExternalStore), so the listeners, the snapshot caching that
// useSyncExternalStore needs, the try/catch around storage and the cross-tab `storage` event are written here
// once. Storage keys are in lib/browser/keys.ts.
import { useSyncExternalStore } from 'react';
import type { z } from 'zod';

export type Store<T> = {
  get(): T;
  set(value: T): void;
  update(change: (current: T) => T): void;
  subscribe(listener: () => void): () => void;
  /** The value in a component, re-rendering on change; `initial` while rendering on the server. */
  useValue(): T;
};

/** A value kept for the page's lifetime; `serverValue` is what a server render sees (the initial value by default). */
export function createMemoryStore<T>(initial: T, { serverValue = initial }: { serverValue?: T } = {}): Store<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  const store: Store<T> = {
    get: () => value,
    set(next) {
      if (Object.is(next, value)) return;
      value = next;
      for (const listener of listeners) listener();
    },
    update: (change) => store.set(change(value)),
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    useValue: () => useSyncExternalStore(store.subscribe, store.get, () => serverValue),
  };
  return store;
}

export type StorageScope = 'local' | 'session';
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
/** Where `storage` events arrive: the window. */
export type StorageEventTarget = Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;

export type StorageStoreOptions<T> = {
  /** From lib/browser/keys.ts. */
  key: string;
  scope: StorageScope;
  /** Checks (and may clean) the parsed JSON; a value that fails it counts as none. */
  schema: z.ZodType<T>;
  /** The value when nothing readable is stored, and on the server. */
  initial: T;
  /** For tests: the storage and the event target, instead of the window's. */
  storage?: () => StorageLike | undefined;
  events?: () => StorageEventTarget | undefined;
};

export type StorageStore<T> = Store<T> & {
  /** Forgets the stored value (back to `initial`). */
  clear(): void;
};

/** The browser's localStorage or sessionStorage; undefined on the server or where storage is disabled. */
export function windowStorage(scope: StorageScope): StorageLike | undefined {
  try {
    if (typeof window === 'undefined') return undefined;
    return scope === 'local' ? window.localStorage : window.sessionStorage;
  } catch {
    return undefined; // storage disabled (e.g. blocked cookies): the store lives in memory only
  }
}

/** Stored text as the schema's value; `fallback` for nothing, unreadable JSON or a value the schema refuses. */
export function parseStoredJson<T>(raw: string | null, schema: z.ZodType<T>, fallback: T): T {
  if (raw === null) return fallback;
  try {
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : fallback;
  } catch {
    return fallback;
  }
}

const windowEvents = (): StorageEventTarget | undefined => (typeof window === 'undefined' ? undefined : window);

/**
 * A JSON value in localStorage or sessionStorage. Unreadable text, a value the schema refuses and a storage that
 * throws all read as `initial`; when storage refuses a write, the value lives on in memory for the page's
 * lifetime. Other tabs' writes to the key (localStorage) reach the subscribers through the `storage` event.
 */
export function createStorageStore<T>(options: StorageStoreOptions<T>): StorageStore<T> {
  const { key, scope, schema, initial } = options;
  const storage = options.storage ?? (() => windowStorage(scope));
  const events = options.events ?? windowEvents;
  const listeners = new Set<() => void>();
  // The parsed value is cached per raw text: useSyncExternalStore needs the same snapshot while nothing changed.
  // `raw` is also what this page last wrote, for when storage cannot be read back.
  let cache: { raw: string | null; value: T } = { raw: null, value: initial };
  // After a refused write (quota), storage holds an older value: this page keeps reading its own.
  let memoryOnly = false;

  function readRaw(): string | null {
    try {
      const target = storage();
      return target && !memoryOnly ? target.getItem(key) : cache.raw;
    } catch {
      return cache.raw;
    }
  }

  const parse = (raw: string | null) => parseStoredJson(raw, schema, initial);

  function get(): T {
    const raw = readRaw();
    if (raw !== cache.raw) cache = { raw, value: parse(raw) };
    return cache.value;
  }

  function notify(): void {
    for (const listener of listeners) listener();
  }

  function write(raw: string | null): void {
    try {
      const target = storage();
      if (raw === null) target?.removeItem(key);
      else target?.setItem(key, raw);
      memoryOnly = false;
    } catch {
      memoryOnly = true;
      // Full or disabled storage: the value lives in memory (cache.raw) for this page's lifetime.
    }
    cache = { raw, value: parse(raw) };
    notify();
  }

  const store: StorageStore<T> = {
    get,
    set: (value) => write(JSON.stringify(value)),
    update: (change) => store.set(change(get())),
    clear: () => write(null),
    subscribe(listener) {
      const target = events();
      const onStorage = (event: Event) => {
        // key null: another tab cleared the whole storage.
        const changed = (event as Partial<StorageEvent>).key;
        if (changed === key || changed === null) listener();
      };
      listeners.add(listener);
      target?.addEventListener('storage', onStorage);
      return () => {
        listeners.delete(listener);
        target?.removeEventListener('storage', onStorage);
      };
    },
    useValue: () => useSyncExternalStore(store.subscribe, get, () => initial),
  };
  return store;
}

/**
 * Stores of one kind under keys with a suffix (e.g. a draft per cluster): `keyOf(suffix)` builds the key, and
 * the same suffix always gives the same store, so its subscribers and snapshot stay put across renders.
 */
export function createStorageStoreFamily<T>(
  options: Omit<StorageStoreOptions<T>, 'key'> & { keyOf: (suffix: string) => string },
): (suffix: string) => StorageStore<T> {
  const stores = new Map<string, StorageStore<T>>();
  return (suffix) => {
    let store = stores.get(suffix);
    if (!store) {
      store = createStorageStore({ ...options, key: options.keyOf(suffix) });
      stores.set(suffix, store);
    }
    return store;
  };
}
