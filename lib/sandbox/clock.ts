// Time for the sandbox. Lifecycle states are computed from timestamps against `now()`, so the
// sandbox needs no timers and tests move time forward by hand instead of sleeping.

export type Now = () => number;

export interface ManualClock {
  now: Now;
  /** Moves time forward by `ms` milliseconds. */
  advance(ms: number): void;
  set(ms: number): void;
}

export function createManualClock(startMs = Date.parse('2025-06-02T08:00:00Z')): ManualClock {
  let current = startMs;
  return {
    now: () => current,
    advance: (ms) => {
      current += ms;
    },
    set: (ms) => {
      current = ms;
    },
  };
}

/** RFC 3339 with an explicit offset (`+00:00`), as the contract's `date-time` fields expect. */
export function isoDate(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', '+00:00');
}
