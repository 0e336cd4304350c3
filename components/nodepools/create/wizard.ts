// The node pool wizard as data: its steps, the form fields each owns (with the rules of that step), and its
// draft, per cluster and per pool being replaced.
import { z } from 'zod';
import { defineWizard } from '@/components/forms/wizard/define-wizard';
import { nodePoolFormObject } from '@/components/nodepools/create/form-schema';
import { POOL_FIELD_OF } from '@/components/nodepools/form/field-map';
import { checkReservedLabel, checkScaling } from '@/components/nodepools/form/form-rules';
import { checkMachine } from '@/components/nodepools/form/machine-rules';
import { dayOfTheWeekSchema } from '@/lib/api/common/schema';
import type { CpuArchitecture } from '@/lib/api/datacenters/schema';
import type { SubmitWords } from '@/lib/forms/submit-errors';
import { STORAGE_KEYS } from '@/lib/browser/keys';

const text = z.string().max(300_000);
const entries = z
  .array(z.object({ key: text, value: text }))
  .max(500)
  .catch([]);

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

/** The step rules' context: the data center's CPU families (undefined: not known yet). */
type Families = readonly CpuArchitecture[];

export const nodePoolWizard = defineWizard({
  shape: nodePoolFormObject.shape,
  steps: [
    {
      id: 'size',
      title: 'Name and size',
      fields: ['name', 'scaling', 'nodeCount', 'minNodeCount', 'maxNodeCount'],
      refine: (values, ctx) => checkScaling(values, ctx),
    },
    {
      id: 'machine',
      title: 'Machine',
      fields: ['cpuFamily', 'coresCount', 'ramGb', 'availabilityZone'],
      refine: (values, ctx, architectures: Families | undefined) => checkMachine(values, architectures, ctx),
    },
    { id: 'storage', title: 'Storage', fields: ['storageType', 'storageSize'] },
    { id: 'maintenance', title: 'Maintenance window', fields: ['maintenanceWindow'] },
    {
      id: 'labels',
      title: 'Labels and annotations',
      fields: ['labels', 'annotations'],
      refine: (values, ctx) => checkReservedLabel(values.labels, false, ctx),
    },
    { id: 'review', title: 'Review' },
  ],
  draft: {
    key: (clusterId: string, replace?: string) => STORAGE_KEYS.createNodePoolDraft(replace ? `${clusterId}:replace:${replace}` : clusterId),
    schema: draftSchema,
  },
});

export type PoolWizardStep = (typeof nodePoolWizard.steps)[number];

export const CREATE_POOL_ERRORS = {
  fieldOf: POOL_FIELD_OF,
  words: {
    failed: 'The node pool was not created',
    forbidden: 'You don’t have permission to do this',
    gone: 'The cluster or node pool no longer exists',
    mayHave: 'The node pool may still have been created',
    recheck: 'Check the node pools of the cluster before you try again.',
    signedOut: 'Sign in again; what you entered is kept.',
  } satisfies SubmitWords,
};
