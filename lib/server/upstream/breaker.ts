// A small circuit breaker per upstream API: it opens after consecutive failures (5xx, timeouts, network errors),
// fails fast while open, and lets one probe through after a cool-down (half-open).
import 'server-only';
import type { UpstreamApi } from '@/lib/server/upstream/paths';

export type BreakerSettings = { threshold: number; cooldownMs: number };
export type BreakerPermit = { probe: boolean };
/** closed: calls go through; open: calls fail fast; half-open: the cool-down is over and the next call probes. */
export type BreakerState = 'closed' | 'open' | 'half-open';

type State = { failures: number; openUntil: number; probing: boolean };

export class CircuitBreaker {
  private state: State = { failures: 0, openUntil: 0, probing: false };
  private reported: BreakerState = 'closed';

  constructor(
    private readonly settings: BreakerSettings,
    private readonly now: () => number,
    /** Called once per change of `current()`, as seen by acquire and record. */
    private readonly onChange: (state: BreakerState) => void = () => undefined,
  ) {}

  /** A permit to call, or the milliseconds until the next probe is allowed. */
  acquire(): BreakerPermit | { retryInMs: number } {
    const permit = this.permit();
    this.report();
    return permit;
  }

  private permit(): BreakerPermit | { retryInMs: number } {
    const { failures, openUntil, probing } = this.state;
    if (failures < this.settings.threshold) return { probe: false };
    const wait = openUntil - this.now();
    if (wait > 0) return { retryInMs: wait };
    if (probing) return { retryInMs: Math.max(1_000, Math.floor(this.settings.cooldownMs / 10)) };
    this.state.probing = true;
    return { probe: true };
  }

  /** Records how a permitted call went; `neutral` (e.g. the call was cut short by the caller) only frees the probe. */
  record(permit: BreakerPermit, outcome: 'success' | 'failure' | 'neutral'): void {
    if (permit.probe) this.state.probing = false;
    if (outcome === 'success') {
      this.state.failures = 0;
      this.state.openUntil = 0;
    } else if (outcome === 'failure') {
      this.state.failures += 1;
      if (this.state.failures >= this.settings.threshold) this.state.openUntil = this.now() + this.settings.cooldownMs;
    }
    this.report();
  }

  isOpen(): boolean {
    return this.state.failures >= this.settings.threshold;
  }

  current(): BreakerState {
    if (this.state.failures < this.settings.threshold) return 'closed';
    if (this.state.probing || this.state.openUntil <= this.now()) return 'half-open';
    return 'open';
  }

  private report(): void {
    const state = this.current();
    if (state === this.reported) return;
    this.reported = state;
    this.onChange(state);
  }
}

// One set of breakers per server process: route handlers may be separate bundles with their own module copies.
const shared = globalThis as typeof globalThis & { __consoleUpstreamBreakers?: Map<UpstreamApi, CircuitBreaker> };

/** The process-wide breakers by API (created on first use by the upstream client). */
export function upstreamBreakers(): Map<UpstreamApi, CircuitBreaker> {
  return (shared.__consoleUpstreamBreakers ??= new Map<UpstreamApi, CircuitBreaker>());
}
