// The one place where readiness and metrics meet the upstream client's health module (lib/server/upstream/health.ts),
// with a seam for tests that script the upstream's health.
import 'server-only';
import { probeUpstream, upstreamHealthSnapshot } from '@/lib/server/upstream/health';

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

const wired: UpstreamHealthSource = { upstreamHealthSnapshot, probeUpstream };
let overridden: UpstreamHealthSource | null | undefined;

export function upstreamHealth(): UpstreamHealthSource | undefined {
  return overridden === undefined ? wired : (overridden ?? undefined);
}

/** Tests: a scripted upstream health source; null for none at all; undefined puts the wired one back. */
export function setUpstreamHealthForTests(source: UpstreamHealthSource | null | undefined): void {
  overridden = source;
}
