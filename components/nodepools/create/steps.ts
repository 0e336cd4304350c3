// The wizard's steps, which form fields each owns, and how far the current values let a user go.
import type { FieldPath } from 'react-hook-form';
import { z } from 'zod';
import { checkReservedLabel, checkScaling } from '@/components/nodepools/form/form-rules';
import { checkMachine } from '@/components/nodepools/form/machine-rules';
import { nodePoolFormObject, type CreateNodePoolFormInput } from '@/components/nodepools/create/form-schema';
import type { CpuArchitecture } from '@/lib/api/datacenters/schema';

export const WIZARD_STEPS = ['size', 'machine', 'storage', 'maintenance', 'labels', 'review'] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];
export type FieldStep = Exclude<WizardStep, 'review'>;

export const STEP_TITLES: Record<WizardStep, string> = {
  size: 'Name and size',
  machine: 'Machine',
  storage: 'Storage',
  maintenance: 'Maintenance window',
  labels: 'Labels and annotations',
  review: 'Review',
};

export const STEP_FIELDS: Record<FieldStep, FieldPath<CreateNodePoolFormInput>[]> = {
  size: ['name', 'scaling', 'nodeCount', 'minNodeCount', 'maxNodeCount'],
  machine: ['cpuFamily', 'coresCount', 'ramGb', 'availabilityZone'],
  storage: ['storageType', 'storageSize'],
  maintenance: ['maintenanceWindow'],
  labels: ['labels', 'annotations'],
};

/** Plain objects of the form's own field schemas with the rules of that step: each ignores the other fields. */
function stepSchemas(architectures?: readonly CpuArchitecture[]): Record<FieldStep, z.ZodType> {
  const s = nodePoolFormObject.shape;
  return {
    size: z
      .object({ name: s.name, scaling: s.scaling, nodeCount: s.nodeCount, minNodeCount: s.minNodeCount, maxNodeCount: s.maxNodeCount })
      .superRefine((values, ctx) => checkScaling(values, ctx)),
    machine: z
      .object({ cpuFamily: s.cpuFamily, coresCount: s.coresCount, ramGb: s.ramGb, availabilityZone: s.availabilityZone })
      .superRefine((values, ctx) => checkMachine(values, architectures, ctx)),
    storage: z.object({ storageType: s.storageType, storageSize: s.storageSize }),
    maintenance: z.object({ maintenanceWindow: s.maintenanceWindow }),
    labels: z
      .object({ labels: s.labels, annotations: s.annotations })
      .superRefine((values, ctx) => checkReservedLabel(values.labels, false, ctx)),
  };
}

export function parseStep(raw: string | null | undefined): WizardStep {
  return (WIZARD_STEPS as readonly string[]).includes(raw ?? '') ? (raw as WizardStep) : 'size';
}

export const stepIndex = (step: WizardStep) => WIZARD_STEPS.indexOf(step);
export const nextStep = (step: WizardStep): WizardStep => WIZARD_STEPS[Math.min(stepIndex(step) + 1, WIZARD_STEPS.length - 1)] ?? 'review';
export const previousStep = (step: WizardStep): WizardStep => WIZARD_STEPS[Math.max(stepIndex(step) - 1, 0)] ?? 'size';

/** The first step whose fields are invalid, or `review` when all are valid: no later step may be shown. */
export function firstInvalidStep(values: unknown, architectures?: readonly CpuArchitecture[]): WizardStep {
  const schemas = stepSchemas(architectures);
  for (const step of WIZARD_STEPS) {
    if (step !== 'review' && !schemas[step].safeParse(values).success) return step;
  }
  return 'review';
}

export function allowedStep(requested: WizardStep, values: unknown, architectures?: readonly CpuArchitecture[]): WizardStep {
  const limit = firstInvalidStep(values, architectures);
  return stepIndex(requested) > stepIndex(limit) ? limit : requested;
}

/** The step that shows a field (`labels.2.key` → labels). */
export function stepOfField(path: string): FieldStep | undefined {
  const root = path.split('.')[0];
  return (Object.keys(STEP_FIELDS) as FieldStep[]).find((step) => STEP_FIELDS[step].some((field) => field === root));
}
