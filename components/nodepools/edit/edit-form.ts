// The edit form of a node pool: the contract's PATCH properties (node count, autoscaling, maintenance window,
// labels, annotations) with UI fields, and the pool's fields as data for the shared edit flow (lib/forms/edit.ts).
import type { z } from 'zod';
import { formatMaintenanceWindow } from '@/lib/format/maintenance-window';
import { POOL_FIELD_OF } from '@/components/nodepools/form/field-map';
import { autoScalingFrom, checkReservedLabel, checkScaling, scalingShape } from '@/components/nodepools/form/form-rules';
import { plural } from '@/lib/format/node-pool';
import { maintenanceWindowSchema, type AutoScaling } from '@/lib/api/common/schema';
import { patchNodePoolPropertiesSchema, type NodePoolResponse, type PatchNodePoolRequest } from '@/lib/api/nodepools/schema';
import { editFields } from '@/lib/forms/edit';
import { annotationEntriesSchema, entriesToMap, labelEntriesSchema, mapToEntries } from '@/lib/forms/kubernetes';
import { DEFAULT_MAINTENANCE_WINDOW } from '@/lib/forms/maintenance-window';
import { pickFields, type SubmitWords } from '@/lib/forms/submit-errors';

const editObject = patchNodePoolPropertiesSchema.omit({ nodeCount: true, autoScaling: true, labels: true, annotations: true }).extend({
  ...scalingShape,
  maintenanceWindow: maintenanceWindowSchema,
  labels: labelEntriesSchema,
  annotations: annotationEntriesSchema,
});

/** `operatorsPool`: the pool that runs the Stackable operators keeps its marker label. */
export function editNodePoolFormSchema(operatorsPool: boolean) {
  return editObject.superRefine((values, ctx) => {
    checkScaling(values, ctx);
    checkReservedLabel(values.labels, operatorsPool, ctx);
  });
}

export type EditNodePoolFormInput = z.input<typeof editObject>;
export type EditNodePoolFormOutput = z.output<typeof editObject>;
export type EditableField = keyof PatchNodePoolRequest['properties'];

export function poolFormValues(pool: NodePoolResponse): EditNodePoolFormInput {
  const p = pool.properties;
  const count = p.nodeCount ?? 1;
  return {
    scaling: p.autoScaling ? 'autoscaling' : 'fixed',
    nodeCount: String(count),
    // Bounds to start from when autoscaling is switched on.
    minNodeCount: String(p.autoScaling?.minNodeCount ?? 1),
    maxNodeCount: String(p.autoScaling?.maxNodeCount ?? Math.max(3, count)),
    maintenanceWindow: { ...(p.maintenanceWindow ?? DEFAULT_MAINTENANCE_WINDOW) },
    labels: mapToEntries(p.labels),
    annotations: mapToEntries(p.annotations),
  };
}

const pair = (key: string, value: string) => (value === '' ? `${key} (empty value)` : `${key}=${value}`);
const asMap = (value: unknown) => (value ?? {}) as Record<string, string>;

/** Which keys a new map adds, removes and changes, in words ("Adds team=data"). */
export function mapChanges(before: Record<string, string> | undefined, after: Record<string, string>): string[] {
  const old = before ?? {};
  const lines: string[] = [];
  for (const [key, value] of Object.entries(after)) {
    if (!Object.hasOwn(old, key)) lines.push(`Adds ${pair(key, value)}`);
    else if (old[key] !== value) lines.push(`Changes ${key}: “${old[key]}” → “${value}”`);
  }
  for (const key of Object.keys(old)) if (!Object.hasOwn(after, key)) lines.push(`Removes ${key}`);
  return lines;
}

// Labels and annotations are replaced as whole maps: compared by content, whatever the order of their keys.
const mapField = (label: string) => ({
  label,
  empty: 'None',
  describe: (value: unknown) => {
    const entries = Object.entries(asMap(value));
    return entries.length === 0 ? 'None' : entries.map(([key, v]) => pair(key, v.length > 40 ? `${v.slice(0, 40)}…` : v)).join(', ');
  },
  normalise: (value: unknown) => Object.fromEntries(Object.entries(asMap(value)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  details: (before: unknown, after: unknown) => mapChanges(before as Record<string, string> | undefined, asMap(after)),
});

export const poolFields = editFields<EditableField>({
  nodeCount: { label: 'Node count', describe: (value) => (typeof value === 'number' ? plural(value, 'node') : String(value)) },
  autoScaling: {
    label: 'Autoscaling',
    empty: 'Off',
    describe: (value) => `On, ${(value as AutoScaling).minNodeCount}–${(value as AutoScaling).maxNodeCount} nodes`,
    normalise: (value) => (value ? { minNodeCount: (value as AutoScaling).minNodeCount, maxNodeCount: (value as AutoScaling).maxNodeCount } : null),
  },
  maintenanceWindow: {
    label: 'Maintenance window',
    describe: (value) => formatMaintenanceWindow(maintenanceWindowSchema.safeParse(value).data),
    normalise: (value) => {
      const parsed = maintenanceWindowSchema.safeParse(value);
      return parsed.success ? { dayOfTheWeek: parsed.data.dayOfTheWeek, time: parsed.data.time } : value;
    },
  },
  labels: mapField('Labels'),
  annotations: mapField('Annotations'),
});

/** The PATCH with only what differs from the pool as loaded; undefined when nothing changed. */
export function poolPatch(values: EditNodePoolFormOutput, loaded: NodePoolResponse): PatchNodePoolRequest | undefined {
  return poolFields.patch(
    {
      nodeCount: values.nodeCount,
      autoScaling: autoScalingFrom(values) ?? null,
      maintenanceWindow: { dayOfTheWeek: values.maintenanceWindow.dayOfTheWeek, time: values.maintenanceWindow.time },
      labels: entriesToMap(values.labels),
      annotations: entriesToMap(values.annotations),
    },
    loaded.properties,
  );
}

export const EDIT_POOL_ERRORS = {
  fieldOf: pickFields(POOL_FIELD_OF, ['nodeCount', 'minNodeCount', 'maxNodeCount', 'maintenanceWindow', 'labels', 'annotations']),
  words: {
    failed: 'Nothing was saved',
    forbidden: 'You don’t have permission to do this',
    gone: 'The cluster or node pool no longer exists',
    mayHave: 'The change may still have been applied',
    recheck: 'Check the node pool before you try again.',
    signedOut: 'Sign in again; what you entered is kept.',
  } satisfies SubmitWords,
};
