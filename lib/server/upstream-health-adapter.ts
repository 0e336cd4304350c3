// The one place where readiness and metrics meet the upstream client's health module. The signatures are those of
// lib/server/upstream/health.ts; until it is wired here, readiness reports the upstream as "not checked".
//
// To wire it (one import, one line):
//   import { probeUpstream, upstreamHealthSnapshot } from '@/lib/server/upstream/health';
//   const wired: UpstreamHealthSource = { upstreamHealthSnapshot, probeUpstream };
// and return `overridden ?? wired` from upstreamHealth().
import 'server-only';

export type BreakerState = 'closed' | 'open' | 'half-open';

export type UpstreamHealthSnapshot = {
  breakers: Record<string, BreakerState>;
  lastFailure?: { api: string; cause: string; at: number | string | Date };
  lastSuccessAt?: number | string | Date;
};

export type UpstreamProbeResult = { reachable: boolean; status?: number; cause?: string; latencyMs: number };

export type UpstreamHealthSource = {
  upstreamHealthSnapshot(): UpstreamHealthSnapshot;
  probeUpstream(): Promise<UpstreamProbeResult>;
};

const wired: UpstreamHealthSource | undefined = undefined;
let overridden: UpstreamHealthSource | null | undefined;

export function upstreamHealth(): UpstreamHealthSource | undefined {
  return overridden === undefined ? wired : (overridden ?? undefined);
}

/** Tests: a scripted upstream health source; null for none at all; undefined puts the wired one back. */
export function setUpstreamHealthForTests(source: UpstreamHealthSource | null | undefined): void {
  overridden = source;
}
