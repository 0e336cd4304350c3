// Kept apart from provisioning.ts (browser storage) so the server page can pass the right table to the client.
import type { TrackedPhase } from '@/components/clusters/detail/provisioning';

/**
 * How long a change typically takes, until this browser has measured its own. The sandbox: its default provisioning
 * time (DEFAULT_PROVISION_SECONDS in lib/sandbox/sandbox.ts, 20 s, for clusters and node pools alike; changes and
 * deletions take half, lib/sandbox/store.ts). The live service publishes no typical time (../shared/api/README.md
 * names none; Terraform's 60-minute timeouts are limits, not typical times), so there the estimate waits for this
 * browser's own measurements rather than invent one.
 */
export const TYPICAL_DURATIONS_MS: Record<'sandbox' | 'live', Partial<Record<TrackedPhase, number>>> = {
  sandbox: { DEPLOYING: 20_000, UPDATING: 10_000, DESTROYING: 10_000 },
  live: {},
};
