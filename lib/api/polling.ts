// How often a resource is polled: the one `refetchInterval` policy of the console.
// Fast while the platform works on something, slow when all is stable, backing off on errors,
// off when polling cannot help. react-query itself pauses it while the tab is hidden, except for the
// watcher's background reads (usePolledQuery's `background`).
import type { TimeoutProvider } from '@tanstack/react-query';
import { isBffError } from '@/lib/api/client';
import { TRANSITIONAL_STATES, type ResourceState } from '@/lib/api/common/schema';

export const FAST_POLL_MS = 3_000;
export const SLOW_POLL_MS = 30_000;
export const ERROR_BACKOFF_BASE_MS = 5_000;
export const ERROR_BACKOFF_CAP_MS = 60_000;
/** Retry-After is honoured up to this long; a longer wait is better served by the "Try again" button. */
export const RETRY_AFTER_CAP_MS = 300_000;

export type PollInput = {
  /** States of every resource on screen (undefined when the API left it out). */
  states: readonly (ResourceState | undefined)[];
  /** The last fetch's error, if the last fetch failed. Status 0 is a network failure. */
  error?: { status: number } | null;
  retryAfterSeconds?: number;
  /** Failed fetches in a row (1 after the first failure). */
  failureCount?: number;
};

/** 4xx answers that repeating the same request will not change; 408 and 429 are worth waiting for. */
function isPermanent(status: number): boolean {
  return status >= 400 && status < 500 && status !== 408 && status !== 429;
}

export function pollInterval({ states, error, retryAfterSeconds, failureCount = 1 }: PollInput): number | false {
  if (error) {
    // 401 (session gone: the global handler signs in again), 403, 404 and other final answers stop polling.
    if (isPermanent(error.status)) return false;
    const failures = Math.max(1, Math.floor(failureCount));
    const backoff = Math.min(ERROR_BACKOFF_BASE_MS * 2 ** (failures - 1), ERROR_BACKOFF_CAP_MS);
    if (retryAfterSeconds !== undefined && retryAfterSeconds >= 0) {
      return Math.min(Math.max(retryAfterSeconds * 1000, backoff), RETRY_AFTER_CAP_MS);
    }
    return backoff;
  }
  return states.some((state) => state !== undefined && TRANSITIONAL_STATES.has(state)) ? FAST_POLL_MS : SLOW_POLL_MS;
}

/** The part of a react-query `Query` the policy reads. */
export type PolledQuery<TData> = {
  state: {
    data: TData | undefined;
    error: unknown;
    dataUpdatedAt: number;
    errorUpdateCount: number;
  };
};

// react-query resets fetchFailureCount at the start of every fetch, so failures in a row across polls
// are counted here: the error count seen at the last success is the baseline.
const successBaselines = new WeakMap<object, { dataUpdatedAt: number; errorUpdateCount: number }>();

export function consecutiveFailures(query: PolledQuery<unknown>): number {
  const { error, dataUpdatedAt, errorUpdateCount } = query.state;
  if (!error) {
    successBaselines.set(query, { dataUpdatedAt, errorUpdateCount });
    return 0;
  }
  const baseline = successBaselines.get(query);
  if (baseline && baseline.dataUpdatedAt === dataUpdatedAt) return Math.max(1, errorUpdateCount - baseline.errorUpdateCount);
  // Never saw a success: every error so far is in a row when there never was data, otherwise count this one only.
  return dataUpdatedAt === 0 ? Math.max(1, errorUpdateCount) : 1;
}

/** Makes a react-query `refetchInterval` function from a way to read the states out of the query's data. */
export function refetchIntervalFor<TData>(statesOf: (data: TData) => readonly (ResourceState | undefined)[]) {
  return (query: PolledQuery<TData>): number | false => {
    const { data, error } = query.state;
    const failureCount = consecutiveFailures(query);
    return pollInterval({
      states: data === undefined ? [] : statesOf(data),
      error: error ? { status: isBffError(error) ? error.status : 0 } : null,
      retryAfterSeconds: isBffError(error) ? error.retryAfterSeconds : undefined,
      failureCount,
    });
  };
}

// Which fetches are polls. react-query runs refetchInterval ticks through timeoutManager.setInterval (nothing
// else of it uses an interval) and a tick calls the query function synchronously, so a query function that
// asks `isPollTick()` before its first await knows whether a tick started it. A first load, a refetch after a
// mutation's invalidation, a focus refetch or a "Try again" never run inside a tick. The BFF does not slide
// the session's idle timeout on polls (bffFetch's `poll` option).
let inPollTick = false;

/** True while a refetchInterval tick runs: the fetch being started is a background poll. */
export function isPollTick(): boolean {
  return inPollTick;
}

/** react-query's timers, with interval ticks marked; installed in lib/api/query-client.ts. */
export const pollMarkingTimeoutProvider: TimeoutProvider<ReturnType<typeof setTimeout>> = {
  setTimeout: (callback, delay) => setTimeout(callback, delay),
  clearTimeout: (id) => clearTimeout(id),
  setInterval: (callback, delay) =>
    setInterval(() => {
      inPollTick = true;
      try {
        callback();
      } finally {
        inPollTick = false;
      }
    }, delay),
  clearInterval: (id) => clearInterval(id),
};
