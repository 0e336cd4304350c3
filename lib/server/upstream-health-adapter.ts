// The one place where readiness and metrics meet the upstream client's health module (lib/server/upstream/health.ts),
// with a seam for tests that script the upstream's health.
import 'server-only';
import { probeUpstream, upstreamHealthSnapshot, type UpstreamHealthSnapshot, type UpstreamProbe } from '@/lib/server/upstream/health';

export type UpstreamHealthSource = {
  upstreamHealthSnapshot(): UpstreamHealthSnapshot;
  probeUpstream(): Promise<UpstreamProbe>;
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
