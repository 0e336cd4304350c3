// The wizard's draft in sessionStorage: what keeps the input across a reload and a sign-in round trip.
// Only form values are stored (no credential ever is), per tab, and cleared after a successful create.
import { z } from 'zod';
import { dayOfTheWeekSchema } from '@/lib/api/common/schema';
import { DEFAULT_MAINTENANCE_WINDOW } from '@/lib/forms/maintenance-window';
import type { CreateClusterFormInput } from '@/components/clusters/create-wizard/form-schema';

export const DRAFT_KEY = 'console:create-cluster-draft';

type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

// A draft holds unfinished input, so only its shape is checked here, never the contract's rules;
// whatever does not fit (an older draft format, a hand-edited value) falls back to the empty value.
const draftSchema = z.object({
  name: z.string().catch(''),
  dataPlatformVersion: z.string().catch(''),
  datacenterId: z.string().catch(''),
  maintenanceWindow: z.object({ dayOfTheWeek: dayOfTheWeekSchema, time: z.string() }).catch({ ...DEFAULT_MAINTENANCE_WINDOW }),
  lans: z
    .array(
      z.object({
        lanId: z.string(),
        dhcp: z.boolean().catch(true),
        routes: z.array(z.object({ network: z.string().catch(''), gateway: z.string().catch('') })).catch([]),
      }),
    )
    .catch([]),
});

/** The browser's sessionStorage, or undefined where it is unavailable (server render, storage disabled). */
export function sessionDraftStorage(): DraftStorage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.sessionStorage;
  } catch {
    return undefined;
  }
}

export function readDraft(storage: DraftStorage | undefined): CreateClusterFormInput | undefined {
  try {
    const text = storage?.getItem(DRAFT_KEY);
    if (!text) return undefined;
    const parsed = draftSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function writeDraft(storage: DraftStorage | undefined, values: unknown): void {
  const parsed = draftSchema.safeParse(values);
  if (!parsed.success) return;
  try {
    storage?.setItem(DRAFT_KEY, JSON.stringify(parsed.data));
  } catch {
    // Full or disabled storage: the wizard still works, only without surviving a reload.
  }
}

export function clearDraft(storage: DraftStorage | undefined): void {
  try {
    storage?.removeItem(DRAFT_KEY);
  } catch {
    // Nothing to clear.
  }
}
