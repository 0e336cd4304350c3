// The node-pool wizard's draft (see lib/forms/drafts.ts), per cluster and per pool being replaced: its key and
// shape; cleared after a successful create.
import { z } from 'zod';
import type { CreateNodePoolFormInput } from '@/components/nodepools/create/form-schema';
import { dayOfTheWeekSchema } from '@/lib/api/common/schema';
import { clearStoredDraft, readStoredDraft, sessionDraftStorage, writeStoredDraft, type DraftStorage } from '@/lib/forms/drafts';

export { sessionDraftStorage };

export const draftKey = (clusterId: string, replace?: string) => `console:create-nodepool-draft:${clusterId}${replace ? `:replace:${replace}` : ''}`;

const text = z.string().max(300_000);
const entries = z.array(z.object({ key: text, value: text })).max(500).catch([]);

// Unfinished input: only the shape is checked here, never the contract's rules; a value that does not fit
// (an older format, a hand edit) drops the whole draft, and the wizard starts from its defaults.
const draftSchema = z.object({
  name: text,
  scaling: z.enum(['fixed', 'autoscaling']),
  nodeCount: text,
  minNodeCount: text,
  maxNodeCount: text,
  cpuFamily: text,
  coresCount: text,
  ramGb: text,
  availabilityZone: z.enum(['AUTO', 'ZONE_1', 'ZONE_2']),
  storageType: z.enum(['HDD', 'SSD']),
  storageSize: text,
  maintenanceWindow: z.object({ dayOfTheWeek: dayOfTheWeekSchema, time: text }),
  labels: entries,
  annotations: entries,
});

export function readDraft(storage: DraftStorage | undefined, key: string): CreateNodePoolFormInput | undefined {
  return readStoredDraft(storage, key, draftSchema);
}

export function writeDraft(storage: DraftStorage | undefined, key: string, values: unknown): void {
  writeStoredDraft(storage, key, draftSchema, values);
}

export function clearDraft(storage: DraftStorage | undefined, key: string): void {
  clearStoredDraft(storage, key);
}
