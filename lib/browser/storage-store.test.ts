import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { storageKey, STORAGE_KEYS } from '@/lib/browser/keys';
import { createMemoryStore, createStorageStore, createStorageStoreFamily, type StorageLike } from '@/lib/browser/storage-store';

class FakeStorage implements StorageLike {
  readonly data = new Map<string, string>();
  getItem = (key: string) => this.data.get(key) ?? null;
  setItem = (key: string, value: string) => void this.data.set(key, value);
  removeItem = (key: string) => void this.data.delete(key);
}

/** A storage that refuses everything, as Safari's private mode or blocked cookies do. */
const throwing: StorageLike = {
  getItem: () => {
    throw new DOMException('denied', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('full', 'QuotaExceededError');
  },
  removeItem: () => {
    throw new DOMException('denied', 'SecurityError');
  },
};

const KEY = 'console:test:v1';
const schema = z.object({ count: z.number().int().min(0) });

function setup(storage: StorageLike | undefined = new FakeStorage()) {
  const events = new EventTarget();
  const store = createStorageStore({ key: KEY, scope: 'local', schema, initial: { count: 0 }, storage: () => storage, events: () => events });
  /** What another tab's write looks like here. */
  const otherTab = (key: string | null) => events.dispatchEvent(Object.assign(new Event('storage'), { key }));
  return { store, storage, otherTab };
}

describe('createStorageStore', () => {
  it('reads the initial value when nothing is stored, and stores JSON', () => {
    const { store, storage } = setup();
    expect(store.get()).toEqual({ count: 0 });
    store.set({ count: 2 });
    expect(storage?.getItem(KEY)).toBe('{"count":2}');
    expect(store.get()).toEqual({ count: 2 });
    store.update(({ count }) => ({ count: count + 1 }));
    expect(store.get()).toEqual({ count: 3 });
    store.clear();
    expect(storage?.getItem(KEY)).toBeNull();
    expect(store.get()).toEqual({ count: 0 });
  });

  it('gives the same snapshot while nothing changed (as useSyncExternalStore needs)', () => {
    const { store, storage } = setup();
    storage?.setItem(KEY, '{"count":1}');
    expect(store.get()).toBe(store.get());
  });

  it('reads corrupt JSON and values the schema refuses as the initial value', () => {
    const storage = new FakeStorage();
    const { store } = setup(storage);
    storage.setItem(KEY, '{not json');
    expect(store.get()).toEqual({ count: 0 });
    storage.setItem(KEY, '{"count":-1}');
    expect(store.get()).toEqual({ count: 0 });
    storage.setItem(KEY, '{"count":4}');
    expect(store.get()).toEqual({ count: 4 });
  });

  it('keeps working in memory when storage throws or is missing', () => {
    for (const storage of [throwing, undefined]) {
      const { store } = setup(storage);
      expect(store.get()).toEqual({ count: 0 });
      expect(() => store.set({ count: 5 })).not.toThrow();
      expect(store.get()).toEqual({ count: 5 });
      store.update(({ count }) => ({ count: count * 2 }));
      expect(store.get()).toEqual({ count: 10 });
      expect(() => store.clear()).not.toThrow();
      expect(store.get()).toEqual({ count: 0 });
    }
  });

  it('keeps its own value when storage reads but refuses writes (quota full)', () => {
    const storage = new FakeStorage();
    storage.setItem(KEY, '{"count":1}');
    const { store } = setup({ ...storage, getItem: storage.getItem, setItem: throwing.setItem });
    expect(store.get()).toEqual({ count: 1 });
    store.set({ count: 2 });
    expect(store.get()).toEqual({ count: 2 });
  });

  it('tells subscribers of this page’s writes and of other tabs’ writes to its key only', () => {
    const { store, storage, otherTab } = setup();
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.set({ count: 1 });
    expect(listener).toHaveBeenCalledTimes(1);

    storage?.setItem(KEY, '{"count":7}');
    otherTab(KEY);
    expect(listener).toHaveBeenCalledTimes(2);
    expect(store.get()).toEqual({ count: 7 });
    otherTab('console:other:v1');
    expect(listener).toHaveBeenCalledTimes(2);
    otherTab(null); // another tab cleared the storage
    expect(listener).toHaveBeenCalledTimes(3);

    unsubscribe();
    store.set({ count: 2 });
    otherTab(KEY);
    expect(listener).toHaveBeenCalledTimes(3);
  });

  it('works in sessionStorage, and a family gives one store per suffix', () => {
    const storage = new FakeStorage();
    const draft = createStorageStoreFamily({
      keyOf: STORAGE_KEYS.createNodePoolDraft,
      scope: 'session',
      schema,
      initial: { count: 0 },
      storage: () => storage,
    });
    expect(draft('c1')).toBe(draft('c1'));
    draft('c1').set({ count: 1 });
    expect(draft('c2').get()).toEqual({ count: 0 });
    expect([...storage.data.keys()]).toEqual(['console:create-nodepool-draft:v1:c1']);
  });
});

describe('createMemoryStore', () => {
  it('keeps a value and tells subscribers of changes only', () => {
    const store = createMemoryStore<readonly number[]>([]);
    const listener = vi.fn();
    store.subscribe(listener);
    const same = store.get();
    store.set(same);
    expect(listener).not.toHaveBeenCalled();
    store.update((list) => [...list, 1]);
    expect(store.get()).toEqual([1]);
    expect(listener).toHaveBeenCalledTimes(1);
  });
});

describe('storage keys', () => {
  it('follow one scheme', () => {
    expect(storageKey('watched', 1)).toBe('console:watched:v1');
    for (const key of Object.values(STORAGE_KEYS).map((key) => (typeof key === 'string' ? key : key('x')))) {
      expect(key).toMatch(/^console:[a-z-]+:v\d+(:.+)?$/);
    }
  });
});
