// The wizard's draft in sessionStorage, per cluster (and per pool being replaced): what keeps the input across a
// reload and a sign-in round trip. Only form values, never a credential; cleared after a successful create.
import { z } from 'zod';
import type { CreateNodePoolFormInput } from '@/components/nodepools/create/form-schema';
import { dayOfTheWeekSchema } from '@/lib/api/common/schema';

type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

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

export function sessionDraftStorage(): DraftStorage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.sessionStorage;
  } catch {
    return undefined;
  }
}

export function readDraft(storage: DraftStorage | undefined, key: string): CreateNodePoolFormInput | undefined {
  try {
    const raw = storage?.getItem(key);
    if (!raw) return undefined;
    const parsed = draftSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function writeDraft(storage: DraftStorage | undefined, key: string, values: unknown): void {
  const parsed = draftSchema.safeParse(values);
  if (!parsed.success) return;
  try {
    storage?.setItem(key, JSON.stringify(parsed.data));
  } catch {
    // Full or disabled storage: the wizard still works, only without surviving a reload.
  }
}

export function clearDraft(storage: DraftStorage | undefined, key: string): void {
  try {
    storage?.removeItem(key);
  } catch {
    // Nothing to clear.
  }
}
