import { describe, expect, it } from 'vitest';
import {
  createDurationsStore,
  DURATIONS_KEPT,
  DURATIONS_STORAGE_KEY,
  TIMELINE_LIMIT,
  estimateOf,
  finishedPhase,
  formatDuration,
  observationOf,
  observe,
  progressOf,
  recordDuration,
  type TimelineEntry,
} from '@/components/clusters/detail/provisioning';
import { TYPICAL_DURATIONS_MS } from '@/components/clusters/detail/typical-durations';
import { DEFAULT_PROVISION_SECONDS } from '@/lib/sandbox/sandbox';
import type { ClusterResponse } from '@/lib/api/clusters/schema';
import type { StorageLike } from '@/lib/browser/storage-store';

const T0 = Date.parse('2025-03-04T12:00:00Z');

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    removeItem: (key: string) => void data.delete(key),
    data,
  };
}

/** The durations kept in `storage` (undefined: no storage at all). */
const durationsIn = (storage: StorageLike | undefined) => createDurationsStore(() => storage);
const readDurations = (storage: StorageLike | undefined) => durationsIn(storage).get();

function cluster(metadata: ClusterResponse['metadata']): ClusterResponse {
  return { id: 'c1', metadata, properties: { name: 'c1' } };
}

describe('observe', () => {
  it('appends a new state and ignores a repeated one', () => {
    const one = observe([], { state: 'DEPLOYING', observedAt: T0 });
    expect(one).toEqual([{ state: 'DEPLOYING', observedAt: T0 }]);
    expect(observe(one, { state: 'DEPLOYING', observedAt: T0 + 3000 })).toBe(one);
    const two = observe(one, { state: 'AVAILABLE', observedAt: T0 + 6000 });
    expect(two.map((e) => e.state)).toEqual(['DEPLOYING', 'AVAILABLE']);
  });

  it('keeps the latest entries only', () => {
    let timeline: readonly TimelineEntry[] = [];
    for (let i = 0; i < TIMELINE_LIMIT + 5; i++) {
      timeline = observe(timeline, { state: i % 2 ? 'UPDATING' : 'AVAILABLE', observedAt: T0 + i });
    }
    expect(timeline).toHaveLength(TIMELINE_LIMIT);
    expect(timeline.at(-1)?.observedAt).toBe(T0 + TIMELINE_LIMIT + 4);
  });
});

describe('observationOf', () => {
  it('takes the state and the API’s date of the last change', () => {
    const answer = cluster({ state: 'UPDATING', createdDate: '2025-03-01T00:00:00Z', lastModifiedDate: '2025-03-04T11:59:50Z' });
    expect(observationOf(answer, T0)).toEqual({ state: 'UPDATING', observedAt: T0, since: T0 - 10_000 });
  });

  it('falls back to the creation date, and to nothing', () => {
    expect(observationOf(cluster({ state: 'DEPLOYING', createdDate: '2025-03-04T11:59:00Z' }), T0)?.since).toBe(T0 - 60_000);
    expect(observationOf(cluster({ state: 'DEPLOYING' }), T0)).toEqual({ state: 'DEPLOYING', observedAt: T0 });
    expect(observationOf(cluster({}), T0)).toBeUndefined();
  });
});

describe('finishedPhase', () => {
  it('measures a deploy from the API’s dates', () => {
    const timeline: TimelineEntry[] = [
      { state: 'DEPLOYING', observedAt: T0 + 500, since: T0 },
      { state: 'AVAILABLE', observedAt: T0 + 9000, since: T0 + 7000 },
    ];
    expect(finishedPhase(timeline)).toEqual({ phase: 'DEPLOYING', durationMs: 7000 });
  });

  it('measures a deletion up to the 404 the page saw', () => {
    const timeline: TimelineEntry[] = [
      { state: 'AVAILABLE', observedAt: T0 },
      { state: 'DESTROYING', observedAt: T0 + 1000, since: T0 + 900 },
      { state: 'GONE', observedAt: T0 + 4000 },
    ];
    expect(finishedPhase(timeline)).toEqual({ phase: 'DESTROYING', durationMs: 3100 });
  });

  it('counts failures too, but not a phase still running or one whose start is unknown', () => {
    expect(
      finishedPhase([
        { state: 'UPDATING', observedAt: T0, since: T0 },
        { state: 'FAILED_UPDATING', observedAt: T0 + 5, since: T0 + 4 },
      ]),
    ).toEqual({
      phase: 'UPDATING',
      durationMs: 4,
    });
    expect(
      finishedPhase([
        { state: 'AVAILABLE', observedAt: T0 },
        { state: 'UPDATING', observedAt: T0 + 5 },
      ]),
    ).toBeUndefined();
    expect(
      finishedPhase([
        { state: 'DEPLOYING', observedAt: T0 },
        { state: 'AVAILABLE', observedAt: T0 + 5 },
      ]),
    ).toBeUndefined();
    expect(finishedPhase([{ state: 'AVAILABLE', observedAt: T0 }])).toBeUndefined();
  });

  it('uses observations when the API gave no dates but the page saw the start', () => {
    const timeline: TimelineEntry[] = [
      { state: 'AVAILABLE', observedAt: T0 },
      { state: 'UPDATING', observedAt: T0 + 1000 },
      { state: 'AVAILABLE', observedAt: T0 + 4000 },
    ];
    expect(finishedPhase(timeline)).toEqual({ phase: 'UPDATING', durationMs: 3000 });
  });
});

describe('durations in storage', () => {
  it('records per phase and keeps the latest few', () => {
    const storage = memoryStorage();
    for (let i = 1; i <= DURATIONS_KEPT + 2; i++) recordDuration(durationsIn(storage), 'DEPLOYING', i * 1000);
    recordDuration(durationsIn(storage), 'UPDATING', 1500);
    const durations = readDurations(storage);
    expect(durations.DEPLOYING).toHaveLength(DURATIONS_KEPT);
    expect(durations.DEPLOYING?.[0]).toBe(3000);
    expect(durations.UPDATING).toEqual([1500]);
    // Durations only: nothing about the cluster goes into storage.
    expect([...storage.data.keys()]).toEqual([DURATIONS_STORAGE_KEY]);
  });

  it('ignores nonsense and survives broken or missing storage', () => {
    const storage = memoryStorage({ [DURATIONS_STORAGE_KEY]: '{not json' });
    expect(readDurations(storage)).toEqual({});
    recordDuration(durationsIn(storage), 'DEPLOYING', -5);
    recordDuration(durationsIn(storage), 'DEPLOYING', Number.NaN);
    expect(readDurations(storage)).toEqual({});
    expect(readDurations(memoryStorage({ [DURATIONS_STORAGE_KEY]: '{"DEPLOYING":["x"],"UPDATING":[2000]}' }))).toEqual({
      DEPLOYING: [],
      UPDATING: [2000],
    });
    expect(readDurations(undefined)).toEqual({});
    expect(() => recordDuration(durationsIn(undefined), 'DEPLOYING', 1000)).not.toThrow();
    const full = {
      getItem: () => null,
      removeItem: () => undefined,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(() => recordDuration(durationsIn(full), 'DEPLOYING', 1000)).not.toThrow();
  });
});

describe('estimateOf', () => {
  it('is the median', () => {
    expect(estimateOf(undefined)).toBeUndefined();
    expect(estimateOf([])).toBeUndefined();
    expect(estimateOf([5000])).toBe(5000);
    expect(estimateOf([9000, 1000, 5000])).toBe(5000);
    expect(estimateOf([1000, 2000, 4000, 100_000])).toBe(3000);
  });
});

describe('progressOf', () => {
  it('shows only the elapsed time without earlier durations', () => {
    expect(progressOf({ startedAt: T0, now: T0 + 4200 })).toEqual({ elapsedMs: 4200, basis: 0, overdue: false });
  });

  it('estimates the time left', () => {
    expect(progressOf({ startedAt: T0, now: T0 + 15_000, durations: [60_000, 60_000] })).toEqual({
      elapsedMs: 15_000,
      basis: 2,
      estimateMs: 60_000,
      remainingMs: 45_000,
      fraction: 0.25,
      overdue: false,
    });
  });

  it('never shows done before the API does, and says when it runs late', () => {
    const late = progressOf({ startedAt: T0, now: T0 + 90_000, durations: [60_000] });
    expect(late).toMatchObject({ remainingMs: 0, fraction: 0.99, overdue: true });
  });

  it('uses the typical duration until this browser has measured its own', () => {
    expect(progressOf({ startedAt: T0, now: T0 + 5000, typicalMs: TYPICAL_DURATIONS_MS.sandbox.DEPLOYING })).toEqual({
      elapsedMs: 5000,
      basis: 0,
      typical: true,
      estimateMs: 20_000,
      remainingMs: 15_000,
      fraction: 0.25,
      overdue: false,
    });
    expect(progressOf({ startedAt: T0, now: T0 + 5000, durations: [10_000], typicalMs: 20_000 })).toMatchObject({ basis: 1, estimateMs: 10_000 });
    expect(progressOf({ startedAt: T0, now: T0 + 5000, typicalMs: TYPICAL_DURATIONS_MS.live.DEPLOYING }).estimateMs).toBeUndefined();
  });

  it('states the sandbox’s own default timing', () => {
    expect(TYPICAL_DURATIONS_MS.sandbox.DEPLOYING).toBe(DEFAULT_PROVISION_SECONDS * 1000);
    expect(TYPICAL_DURATIONS_MS.sandbox.UPDATING).toBe(DEFAULT_PROVISION_SECONDS * 500);
  });

  it('treats a start in the future (clock skew) as just begun', () => {
    expect(progressOf({ startedAt: T0 + 2000, now: T0 }).elapsedMs).toBe(0);
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0 s'],
    [44_600, '45 s'],
    [125_000, '2 min 05 s'],
    [3_720_000, '1 h 02 min'],
  ])('%d ms reads %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});
