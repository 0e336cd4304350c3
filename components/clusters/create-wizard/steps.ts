// The wizard's steps, which form fields each one owns, and how far the current values allow a user to go.
import type { FieldPath } from 'react-hook-form';
import { z } from 'zod';
import { createClusterFormSchema, type CreateClusterFormInput } from '@/components/clusters/create-wizard/form-schema';

export const WIZARD_STEPS = ['basics', 'location', 'maintenance', 'review'] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];
type FieldStep = Exclude<WizardStep, 'review'>;

export const STEP_TITLES: Record<WizardStep, string> = {
  basics: 'Basics',
  location: 'Location',
  maintenance: 'Maintenance',
  review: 'Review',
};

export const STEP_FIELDS: Record<FieldStep, FieldPath<CreateClusterFormInput>[]> = {
  basics: ['name', 'dataPlatformVersion'],
  location: ['datacenterId', 'lans'],
  maintenance: ['maintenanceWindow'],
};

// Plain (not strict) objects of the form's own field schemas: each step checks its fields and ignores the rest.
const shape = createClusterFormSchema.shape;
const STEP_SCHEMAS = {
  basics: z.object({ name: shape.name, dataPlatformVersion: shape.dataPlatformVersion }),
  location: z.object({ datacenterId: shape.datacenterId, lans: shape.lans }),
  maintenance: z.object({ maintenanceWindow: shape.maintenanceWindow }),
} satisfies Record<FieldStep, z.ZodType>;

/** The `?step=` value; anything unknown (or missing) is the first step. */
export function parseStep(raw: string | null | undefined): WizardStep {
  return (WIZARD_STEPS as readonly string[]).includes(raw ?? '') ? (raw as WizardStep) : 'basics';
}

export function stepIndex(step: WizardStep): number {
  return WIZARD_STEPS.indexOf(step);
}

export function nextStep(step: WizardStep): WizardStep {
  return WIZARD_STEPS[Math.min(stepIndex(step) + 1, WIZARD_STEPS.length - 1)] ?? 'review';
}

export function previousStep(step: WizardStep): WizardStep {
  return WIZARD_STEPS[Math.max(stepIndex(step) - 1, 0)] ?? 'basics';
}

/** The first step whose fields are invalid, or `review` when all are valid: no step after it may be shown. */
export function firstInvalidStep(values: unknown): WizardStep {
  for (const step of ['basics', 'location', 'maintenance'] as const) {
    if (!STEP_SCHEMAS[step].safeParse(values).success) return step;
  }
  return 'review';
}

/** The requested step, or the first invalid one when the request skips past it. */
export function allowedStep(requested: WizardStep, values: unknown): WizardStep {
  const limit = firstInvalidStep(values);
  return stepIndex(requested) > stepIndex(limit) ? limit : requested;
}

/** The step that shows a field (`lans.0.routes.1.gateway` → location). */
export function stepOfField(path: string): FieldStep | undefined {
  const root = path.split('.')[0];
  return (Object.keys(STEP_FIELDS) as FieldStep[]).find((step) => STEP_FIELDS[step].some((field) => field === root));
}
