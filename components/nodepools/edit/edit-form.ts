// The edit form of a node pool: the contract's PATCH properties (node count, autoscaling, maintenance window,
// labels, annotations) with UI fields, the PATCH built from what the user actually changed, and that change
// described in words before it is sent.
import type { z } from 'zod';
import { formatMaintenanceWindow } from '@/lib/format/maintenance-window';
import { autoScalingFrom, checkReservedLabel, checkScaling, scalingShape } from '@/components/nodepools/form/form-rules';
import { plural } from '@/lib/format/node-pool';
import { maintenanceWindowSchema, type AutoScaling, type MaintenanceWindow } from '@/lib/api/common/schema';
import { patchNodePoolPropertiesSchema, type NodePool, type NodePoolResponse, type PatchNodePoolRequest } from '@/lib/api/nodepools/schema';
import { annotationEntriesSchema, entriesToMap, labelEntriesSchema, mapToEntries } from '@/lib/forms/kubernetes';
import { DEFAULT_MAINTENANCE_WINDOW } from '@/lib/forms/maintenance-window';

const editObject = patchNodePoolPropertiesSchema
  .omit({ nodeCount: true, autoScaling: true, labels: true, annotations: true })
  .extend({
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

export function formValuesFrom(pool: NodePoolResponse): EditNodePoolFormInput {
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

function sameMap(a: Record<string, string>, b: Record<string, string> | undefined): boolean {
  const other = b ?? {};
  const keys = Object.keys(a);
  return keys.length === Object.keys(other).length && keys.every((key) => Object.hasOwn(other, key) && other[key] === a[key]);
}

const sameWindow = (a: MaintenanceWindow, b: MaintenanceWindow | undefined) => b !== undefined && a.dayOfTheWeek === b.dayOfTheWeek && a.time === b.time;
const sameBounds = (a: AutoScaling, b: AutoScaling | undefined) =>
  b !== undefined && a.minNodeCount === b.minNodeCount && a.maxNodeCount === b.maxNodeCount;

/** The PATCH with only what differs from the pool as loaded; undefined when nothing changed. */
export function patchFromForm(values: EditNodePoolFormOutput, loaded: NodePoolResponse): PatchNodePoolRequest | undefined {
  const before = loaded.properties;
  const properties: PatchNodePoolRequest['properties'] = {};
  if (values.nodeCount !== before.nodeCount) properties.nodeCount = values.nodeCount;
  const autoScaling = autoScalingFrom(values);
  if (!autoScaling && before.autoScaling) properties.autoScaling = null;
  if (autoScaling && !sameBounds(autoScaling, before.autoScaling)) properties.autoScaling = autoScaling;
  const window = { dayOfTheWeek: values.maintenanceWindow.dayOfTheWeek, time: values.maintenanceWindow.time };
  if (!sameWindow(window, before.maintenanceWindow)) properties.maintenanceWindow = window;
  // Labels and annotations are replaced as whole maps: the PATCH carries the complete new map.
  const labels = entriesToMap(values.labels);
  if (!sameMap(labels, before.labels)) properties.labels = labels;
  const annotations = entriesToMap(values.annotations);
  if (!sameMap(annotations, before.annotations)) properties.annotations = annotations;
  return Object.keys(properties).length > 0 ? { properties } : undefined;
}

export const FIELD_LABELS: Record<EditableField, string> = {
  nodeCount: 'Node count',
  autoScaling: 'Autoscaling',
  maintenanceWindow: 'Maintenance window',
  labels: 'Labels',
  annotations: 'Annotations',
};

const pair = (key: string, value: string) => (value === '' ? `${key} (empty value)` : `${key}=${value}`);

/** A field's value in one line, for the change preview and the table of concurrent changes. */
export function describeFieldValue(field: keyof NodePool, value: unknown): string {
  if (value === undefined || value === null) return field === 'autoScaling' ? 'Off' : field === 'labels' || field === 'annotations' ? 'None' : 'Not set';
  if (field === 'nodeCount' && typeof value === 'number') return plural(value, 'node');
  if (field === 'maintenanceWindow') {
    const parsed = maintenanceWindowSchema.safeParse(value);
    return parsed.success ? formatMaintenanceWindow(parsed.data) : 'Not set';
  }
  if (field === 'autoScaling') {
    const bounds = value as AutoScaling;
    return `On, ${bounds.minNodeCount}–${bounds.maxNodeCount} nodes`;
  }
  if (field === 'labels' || field === 'annotations') {
    const entries = Object.entries(value as Record<string, string>);
    return entries.length === 0 ? 'None' : entries.map(([key, v]) => pair(key, v.length > 40 ? `${v.slice(0, 40)}…` : v)).join(', ');
  }
  return String(value);
}

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

export type FieldChange = { field: EditableField; label: string; before: string; after: string; details: string[] };

/** What the PATCH will change, field by field, for the preview shown before it is sent. */
export function describePatch(body: PatchNodePoolRequest, loaded: NodePoolResponse): FieldChange[] {
  const before = loaded.properties;
  return (Object.keys(body.properties) as EditableField[]).map((field) => {
    const after = body.properties[field];
    const details = field === 'labels' || field === 'annotations' ? mapChanges(before[field], body.properties[field] ?? {}) : [];
    return { field, label: FIELD_LABELS[field], before: describeFieldValue(field, before[field]), after: describeFieldValue(field, after), details };
  });
}
