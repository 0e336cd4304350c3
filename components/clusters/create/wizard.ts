// The create-cluster wizard as data: its steps, the form fields each owns, and its draft.
import { z } from 'zod';
import { createClusterFormSchema, portalClusterFormSchema } from '@/components/clusters/create/form-schema';
import { defineWizard } from '@/components/forms/wizard/define-wizard';
import { dayOfTheWeekSchema } from '@/lib/api/common/schema';
import { DEFAULT_MAINTENANCE_WINDOW } from '@/lib/forms/maintenance-window';
import type { SubmitWords } from '@/lib/forms/submit-errors';
import { STORAGE_KEYS } from '@/lib/browser/keys';

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
  team: z.string().catch(''),
});

export const DRAFT_KEY = STORAGE_KEYS.createClusterDraft;

/**
 * The wizard over a form's own field schemas: each step checks its fields (a plain, not strict, object) and ignores
 * the rest. The team is a field of the first step; only portal mode's schema requires one.
 */
function wizardOver(shape: typeof createClusterFormSchema.shape) {
  return defineWizard({
    shape,
    steps: [
      { id: 'basics', title: 'Basics', fields: ['team', 'name', 'dataPlatformVersion'] },
      { id: 'location', title: 'Location', fields: ['datacenterId', 'lans'] },
      { id: 'maintenance', title: 'Maintenance', fields: ['maintenanceWindow'] },
      { id: 'review', title: 'Review' },
    ],
    draft: { key: () => DRAFT_KEY, schema: draftSchema },
  });
}

export const clusterWizard = wizardOver(createClusterFormSchema.shape);
/** Portal mode (CONSOLE_AUTH=oidc): the same steps and draft, and the first step asks for the team. */
export const portalClusterWizard = wizardOver(portalClusterFormSchema.shape);

export type ClusterWizardStep = (typeof clusterWizard.steps)[number];

export const CREATE_CLUSTER_WORDS: SubmitWords = {
  failed: 'The cluster was not created',
  refused: 'The API did not accept the cluster',
  mayHave: 'The cluster may still have been created',
  recheck: 'Check the clusters list before you try again, so you do not create the cluster twice.',
  signedOut: 'Sign in again; what you entered is kept and the wizard opens where you left it.',
};
