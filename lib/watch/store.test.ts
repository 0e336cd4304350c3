import { describe, expect, it } from 'vitest';
import { outcomeOf } from '@/lib/watch/outcome';
import { SETTLED_KEEP_MS, WATCH_MAX_AGE_MS, isOwnWatch, parseWatched, serializeWatched, watchKey } from '@/lib/watch/store';
import { entry, NOW, pool } from '@/test/support/watch-entries';

describe('parseWatched / serializeWatched', () => {
  it('round-trips', () => {
    const items = [entry({ name: 'kafka' }), entry({ id: 'b', action: 'delete', outcome: { kind: 'deleted', at: NOW } })];
    expect(parseWatched(serializeWatched(items), NOW)).toEqual(items);
  });

  it('drops what it cannot read, old watches and settled entries past their time', () => {
    expect(parseWatched(null, NOW)).toEqual([]);
    expect(parseWatched('{oops', NOW)).toEqual([]);
    expect(parseWatched(JSON.stringify({ version: 2, items: [entry()] }), NOW)).toEqual([]);
    const raw = JSON.stringify({
      version: 1,
      items: [
        entry({ id: 'ok' }),
        { id: 'bad', action: 'explode', at: NOW },
        entry({ id: 'old', at: NOW - WATCH_MAX_AGE_MS - 1 }),
        entry({ id: 'settled-long-ago', outcome: { kind: 'available', at: NOW - SETTLED_KEEP_MS - 1 } }),
      ],
    });
    expect(parseWatched(raw, NOW).map((e) => e.id)).toEqual(['ok']);
  });

  it('keeps the newest 50', () => {
    const many = Array.from({ length: 60 }, (_, i) => entry({ id: `c${i}` }));
    const kept = parseWatched(serializeWatched(many), NOW);
    expect(kept).toHaveLength(50);
    expect(kept[0]?.id).toBe('c10');
  });
});

describe('outcomeOf', () => {
  it('waits while the platform works', () => {
    for (const state of ['DEPLOYING', 'UPDATING', 'BUSY', 'DESTROYING'] as const) expect(outcomeOf(entry(), { state }, NOW)).toBeUndefined();
    expect(outcomeOf(entry(), {}, NOW)).toBeUndefined();
  });

  it('ends on AVAILABLE and on every failed state', () => {
    expect(outcomeOf(entry(), { state: 'AVAILABLE' }, NOW)).toEqual({ kind: 'available', state: 'AVAILABLE', at: NOW });
    expect(outcomeOf(entry({ action: 'update' }), { state: 'FAILED_UPDATING' }, NOW)).toMatchObject({ kind: 'failed', state: 'FAILED_UPDATING' });
    expect(outcomeOf(entry({ action: 'delete' }), { state: 'FAILED_DESTROYING' }, NOW)).toMatchObject({ kind: 'failed' });
    expect(outcomeOf(entry(), { state: 'FAILED' }, NOW)).toMatchObject({ kind: 'failed' });
  });

  it('ends a delete when the cluster is gone, and waits while it still looks available', () => {
    expect(outcomeOf(entry({ action: 'delete' }), { gone: true }, NOW)).toEqual({ kind: 'deleted', at: NOW });
    expect(outcomeOf(entry({ action: 'delete' }), { state: 'TERMINATED' }, NOW)).toMatchObject({ kind: 'deleted' });
    expect(outcomeOf(entry({ action: 'delete' }), { state: 'AVAILABLE' }, NOW)).toBeUndefined();
    expect(outcomeOf(entry({ action: 'update' }), { gone: true }, NOW)).toMatchObject({ kind: 'gone' });
  });
});

describe('isOwnWatch', () => {
  it('hides another user’s watches, and keeps those without an owner for whoever is signed in', () => {
    expect(isOwnWatch(entry({ owner: '1:a@x' }), '1:a@x')).toBe(true);
    expect(isOwnWatch(entry({ owner: '1:a@x' }), '1:b@x')).toBe(false);
    expect(isOwnWatch(entry(), '1:b@x')).toBe(true);
  });
});

describe('node pool entries', () => {
  it('are stored next to clusters, and need their cluster', () => {
    const items = [entry({ name: 'lake' }), pool({ name: 'trino' })];
    expect(parseWatched(serializeWatched(items), NOW)).toEqual(items);
    const raw = JSON.stringify({
      version: 1,
      items: [pool({ id: 'ok' }), { ...pool({ id: 'orphan' }), clusterId: undefined }, { ...entry(), kind: 'volume' }],
    });
    expect(parseWatched(raw, NOW).map((e) => e.id)).toEqual(['ok']);
  });

  it('are keyed apart from a cluster with the same id', () => {
    expect(watchKey(pool({ id: 'x' }))).not.toBe(watchKey(entry({ id: 'x' })));
    expect(watchKey(pool({ id: 'x' }))).not.toBe(watchKey(pool({ id: 'x', clusterId: 'other' })));
    expect(watchKey(entry({ id: 'x' }))).toBe('x');
  });
});
