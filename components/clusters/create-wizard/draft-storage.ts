// The create-cluster wizard's draft (see lib/forms/drafts.ts): its key and shape; cleared after a successful create.
import { z } from 'zod';
import { dayOfTheWeekSchema } from '@/lib/api/common/schema';
import { clearStoredDraft, readStoredDraft, sessionDraftStorage, writeStoredDraft, type DraftStorage } from '@/lib/forms/drafts';
import { DEFAULT_MAINTENANCE_WINDOW } from '@/lib/forms/maintenance-window';
import type { CreateClusterFormInput } from '@/components/clusters/create-wizard/form-schema';

export { sessionDraftStorage };

export const DRAFT_KEY = 'console:create-cluster-draft';

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

export function readDraft(storage: DraftStorage | undefined): CreateClusterFormInput | undefined {
  return readStoredDraft(storage, DRAFT_KEY, draftSchema);
}

export function writeDraft(storage: DraftStorage | undefined, values: unknown): void {
  writeStoredDraft(storage, DRAFT_KEY, draftSchema, values);
}

/** Saves the form's values as the draft of this tab (stable, for useDraftPersistence). */
export function saveClusterDraft(values: unknown): void {
  writeDraft(sessionDraftStorage(), values);
}

export function clearDraft(storage: DraftStorage | undefined): void {
  clearStoredDraft(storage, DRAFT_KEY);
}
