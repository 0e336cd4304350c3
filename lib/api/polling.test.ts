import { environmentManager, isServer, QueryObserver } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BffError } from '@/lib/api/client';
import {
  ERROR_BACKOFF_BASE_MS,
  ERROR_BACKOFF_CAP_MS,
  FAST_POLL_MS,
  RETRY_AFTER_CAP_MS,
  SLOW_POLL_MS,
  consecutiveFailures,
  isPollTick,
  pollInterval,
  refetchIntervalFor,
  type PolledQuery,
} from '@/lib/api/polling';
import type { ResourceState } from '@/lib/api/common/schema';
import { makeQueryClient } from '@/lib/api/query-client';

describe('pollInterval', () => {
  it.each(['DEPLOYING', 'UPDATING', 'BUSY', 'DESTROYING'] as const)('polls fast (<= 3 s) while a resource is %s', (state) => {
    const interval = pollInterval({ states: ['AVAILABLE', state] });
    expect(interval).toBe(FAST_POLL_MS);
    expect(interval).toBeLessThanOrEqual(3000);
  });

  it.each([[['AVAILABLE']], [['AVAILABLE', 'FAILED', 'TERMINATED', 'FAILED_UPDATING']], [[]], [[undefined]]] as const)(
    'polls slowly (<= 30 s) when everything is stable: %j',
    (states) => {
      const interval = pollInterval({ states: states as readonly (ResourceState | undefined)[] });
      expect(interval).toBe(SLOW_POLL_MS);
      expect(interval).toBeLessThanOrEqual(30000);
    },
  );

  it.each([401, 403, 404, 400, 422])('stops on %i', (status) => {
    expect(pollInterval({ states: ['DEPLOYING'], error: { status }, failureCount: 1 })).toBe(false);
  });

  it('backs off exponentially on network and server errors, up to a cap', () => {
    const delays = [1, 2, 3, 4, 5, 10].map((failureCount) => pollInterval({ states: ['DEPLOYING'], error: { status: 0 }, failureCount }));
    expect(delays).toEqual([ERROR_BACKOFF_BASE_MS, 10_000, 20_000, 40_000, ERROR_BACKOFF_CAP_MS, ERROR_BACKOFF_CAP_MS]);
    expect(pollInterval({ states: [], error: { status: 500 }, failureCount: 2 })).toBe(10_000);
  });

  it('waits at least as long as Retry-After on 429 and 503', () => {
    expect(pollInterval({ states: ['DEPLOYING'], error: { status: 429 }, retryAfterSeconds: 20, failureCount: 1 })).toBe(20_000);
    expect(pollInterval({ states: [], error: { status: 503 }, retryAfterSeconds: 1, failureCount: 3 })).toBe(20_000);
    expect(pollInterval({ states: [], error: { status: 503 }, retryAfterSeconds: 0, failureCount: 1 })).toBe(ERROR_BACKOFF_BASE_MS);
  });

  it('caps a very long Retry-After', () => {
    expect(pollInterval({ states: [], error: { status: 429 }, retryAfterSeconds: 86_400, failureCount: 1 })).toBe(RETRY_AFTER_CAP_MS);
  });

  it('treats a missing or nonsensical failure count as one failure', () => {
    expect(pollInterval({ states: [], error: { status: 502 } })).toBe(ERROR_BACKOFF_BASE_MS);
    expect(pollInterval({ states: [], error: { status: 502 }, failureCount: 0 })).toBe(ERROR_BACKOFF_BASE_MS);
  });
});

type List = { items: { state?: ResourceState }[] };

function query(state: Partial<PolledQuery<List>['state']>): PolledQuery<List> {
  return { state: { data: undefined, error: null, dataUpdatedAt: 0, errorUpdateCount: 0, ...state } };
}

describe('refetchIntervalFor', () => {
  const interval = refetchIntervalFor((data: List) => data.items.map((item) => item.state));

  it('reads the states out of the data', () => {
    expect(interval(query({ data: { items: [{ state: 'UPDATING' }] }, dataUpdatedAt: 1 }))).toBe(FAST_POLL_MS);
    expect(interval(query({ data: { items: [{ state: 'AVAILABLE' }] }, dataUpdatedAt: 1 }))).toBe(SLOW_POLL_MS);
    expect(interval(query({}))).toBe(SLOW_POLL_MS);
  });

  it('stops on a 401 and honours Retry-After of an BffError', () => {
    expect(interval(query({ error: new BffError({ status: 401 }), errorUpdateCount: 1 }))).toBe(false);
    expect(interval(query({ error: new BffError({ status: 429, retryAfterSeconds: 12 }), errorUpdateCount: 1 }))).toBe(12_000);
  });

  it('counts failures in a row across polls and starts over after a success', () => {
    const q = query({ data: { items: [{ state: 'DEPLOYING' }] }, dataUpdatedAt: 100, errorUpdateCount: 3 });
    expect(interval(q)).toBe(FAST_POLL_MS);
    q.state = { ...q.state, error: new BffError({ status: 0 }), errorUpdateCount: 4 };
    expect(consecutiveFailures(q)).toBe(1);
    q.state = { ...q.state, errorUpdateCount: 5 };
    expect(interval(q)).toBe(10_000);
    q.state = { ...q.state, error: null, dataUpdatedAt: 200 };
    expect(interval(q)).toBe(FAST_POLL_MS);
    q.state = { ...q.state, error: new BffError({ status: 500 }), errorUpdateCount: 6 };
    expect(interval(q)).toBe(ERROR_BACKOFF_BASE_MS);
  });

  it('counts every error as in a row when there never was data', () => {
    expect(consecutiveFailures(query({ error: new BffError({ status: 0 }), errorUpdateCount: 3 }))).toBe(3);
  });
});

describe('isPollTick', () => {
  afterEach(() => {
    vi.useRealTimers();
    environmentManager.setIsServer(() => isServer);
  });

  it('is true only in a fetch a refetchInterval tick started, not on the first load, an invalidation or a refetch', async () => {
    vi.useFakeTimers();
    // Vitest runs in Node, where react-query schedules no refetchInterval timers unless told it is a browser.
    environmentManager.setIsServer(() => false);
    // makeQueryClient's module installs the tick-marking timers (lib/api/query-client.ts).
    const client = makeQueryClient();
    const seen: boolean[] = [];
    const observer = new QueryObserver(client, {
      queryKey: ['poll-marker'],
      queryFn: () => {
        seen.push(isPollTick());
        return seen.length;
      },
      refetchInterval: 1_000,
    });
    const unsubscribe = observer.subscribe(() => undefined);
    await vi.advanceTimersByTimeAsync(0);
    expect(seen).toEqual([false]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(seen).toEqual([false, true]);
    await client.invalidateQueries({ queryKey: ['poll-marker'] });
    await observer.refetch();
    expect(seen).toEqual([false, true, false, false]);
    expect(isPollTick()).toBe(false);
    unsubscribe();
    client.clear();
  });
});
