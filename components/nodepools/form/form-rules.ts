// Form rules shared by the create wizard and the edit form: counts typed as text, fixed size or autoscaling,
// and the reserved operators' label. Every rule restates a contract rule with a sentence for the user.
import { z } from 'zod';
import { autoScalingSchema } from '@/lib/api/common/schema';
import { OPERATORS_POOL_LABEL_KEY, OPERATORS_POOL_LABEL_VALUE } from '@/lib/api/nodepools/operators';
import { nodeCountSchema } from '@/lib/api/nodepools/schema';
import type { KeyValueEntry } from '@/lib/forms/kubernetes';

/**
 * A whole number typed into a text box (kept as typed, so nothing is lost while it is unfinished), checked
 * against the contract's schema once it is one.
 */
export function wholeNumber(schema: z.ZodType<number, number>, what: string) {
  return z
    .string()
    .trim()
    .min(1, { error: `Enter ${what}.`, abort: true })
    .regex(/^-?\d+$/, `Enter ${what} as a whole number.`)
    .transform(Number)
    .pipe(schema);
}

export const SCALING_MODES = ['fixed', 'autoscaling'] as const;
export type ScalingMode = (typeof SCALING_MODES)[number];

const { minNodeCount, maxNodeCount } = autoScalingSchema.shape;
const boundSchemas = {
  // Our sentence first; the contract's schema still has the last word.
  minNodeCount: wholeNumber(z.int().min(1, 'The minimum is at least 1 node.').pipe(minNodeCount), 'the minimum node count'),
  maxNodeCount: wholeNumber(z.int().min(1, 'The maximum is at least 1 node.').pipe(maxNodeCount), 'the maximum node count'),
};

export const scalingShape = {
  scaling: z.enum(SCALING_MODES),
  nodeCount: wholeNumber(nodeCountSchema, 'the node count'),
  // Checked only while autoscaling is chosen (checkScaling): with a fixed size they are not sent.
  minNodeCount: z.string(),
  maxNodeCount: z.string(),
};

export type ScalingValues = { scaling: ScalingMode; nodeCount: string; minNodeCount: string; maxNodeCount: string };

type Ctx = z.RefinementCtx;

/** A count as the form holds it: typed text, or the number a successful parse made of it. */
function countOf(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? value : undefined;
  if (typeof value === 'string' && /^\d+$/.test(value.trim())) return Number(value.trim());
  return undefined;
}

/**
 * 1 ≤ min ≤ max and, with autoscaling, a node count within the bounds. Runs on the whole form even when other
 * fields are invalid, so it reads every value defensively.
 */
export function checkScaling(values: { scaling?: unknown; nodeCount?: unknown; minNodeCount?: unknown; maxNodeCount?: unknown }, ctx: Ctx): void {
  if (values.scaling !== 'autoscaling') return;
  const min = boundSchemas.minNodeCount.safeParse(String(values.minNodeCount ?? ''));
  const max = boundSchemas.maxNodeCount.safeParse(String(values.maxNodeCount ?? ''));
  if (!min.success) ctx.addIssue({ code: 'custom', path: ['minNodeCount'], message: min.error.issues[0]?.message ?? 'Enter the minimum.' });
  if (!max.success) ctx.addIssue({ code: 'custom', path: ['maxNodeCount'], message: max.error.issues[0]?.message ?? 'Enter the maximum.' });
  if (!min.success || !max.success) return;
  if (min.data > max.data) {
    ctx.addIssue({ code: 'custom', path: ['maxNodeCount'], message: `The maximum cannot be below the minimum (${min.data}).` });
    return;
  }
  const count = countOf(values.nodeCount);
  if (count !== undefined && count >= 1 && (count < min.data || count > max.data)) {
    ctx.addIssue({
      code: 'custom',
      path: ['nodeCount'],
      message: `With autoscaling, the node count must be between the minimum (${min.data}) and the maximum (${max.data}).`,
    });
  }
}

/**
 * The node count moved into the autoscaling range after a bound changed (raising the minimum to 2 makes a count
 * of 1 a 2, lowering the maximum below it makes it the maximum); undefined while nothing is to move or the
 * bounds themselves are not valid yet (their own messages explain that).
 */
export function clampedNodeCount(values: ScalingValues): string | undefined {
  if (values.scaling !== 'autoscaling') return undefined;
  const min = boundSchemas.minNodeCount.safeParse(values.minNodeCount);
  const max = boundSchemas.maxNodeCount.safeParse(values.maxNodeCount);
  const count = countOf(values.nodeCount);
  if (!min.success || !max.success || min.data > max.data || count === undefined) return undefined;
  const clamped = Math.min(Math.max(count, min.data), max.data);
  return clamped === count ? undefined : String(clamped);
}

/** The contract's autoScaling for valid values, or undefined for a fixed size. */
export function autoScalingFrom(values: { scaling: ScalingMode; minNodeCount: string; maxNodeCount: string }) {
  if (values.scaling !== 'autoscaling') return undefined;
  return { minNodeCount: Number(values.minNodeCount.trim()), maxNodeCount: Number(values.maxNodeCount.trim()) };
}

/**
 * The operators' label marks the pool that comes with the cluster: a new pool may not claim it, and that pool
 * keeps it (the console and the platform recognise the pool by it).
 */
export function checkReservedLabel(labels: readonly KeyValueEntry[] | undefined, operatorsPool: boolean, ctx: Ctx): void {
  const rows = labels ?? [];
  const index = rows.findIndex((row) => row.key === OPERATORS_POOL_LABEL_KEY);
  if (!operatorsPool && index >= 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['labels', index, 'key'],
      message: `“${OPERATORS_POOL_LABEL_KEY}” marks the pool that runs the Stackable operators; use another key.`,
    });
  }
  if (operatorsPool && rows[index]?.value !== OPERATORS_POOL_LABEL_VALUE) {
    ctx.addIssue({
      code: 'custom',
      path: ['labels'],
      message: `Keep the label ${OPERATORS_POOL_LABEL_KEY}=${OPERATORS_POOL_LABEL_VALUE}: it marks this pool as the one running the Stackable operators.`,
    });
  }
}
