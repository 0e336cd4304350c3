// What a node pool form's values would add to its team's quota (portal mode), with the BFF's maths
// (lib/portal/quota.ts poolUsage: nodes at the autoscaling maximum, cores and RAM per node times that). Undefined
// while the sizing fields are not valid: the forms then show what is left without a verdict.
import { z } from 'zod';
import { nodePoolFormObject } from '@/components/nodepools/create/form-schema';
import { autoScalingFrom, checkScaling, scalingShape } from '@/components/nodepools/form/form-rules';
import type { NodePoolResponse } from '@/lib/api/nodepools/schema';
import { poolUsage, subtractUsage, type PoolShape, type Usage } from '@/lib/portal/quota';

// Plain (not strict) objects of the forms' own field schemas: the other fields of the form are ignored.
const newPoolSizing = z
  .object(nodePoolFormObject.pick({ scaling: true, nodeCount: true, minNodeCount: true, maxNodeCount: true, coresCount: true, ramGb: true }).shape)
  .superRefine(checkScaling);
const scaling = z.object(scalingShape).superRefine(checkScaling);

/** A new pool (the create wizard): all it would use. */
export function newPoolUsage(values: unknown): Usage | undefined {
  const parsed = newPoolSizing.safeParse(values);
  if (!parsed.success) return undefined;
  const { nodeCount, coresCount, ramGb } = parsed.data;
  return poolUsage({ nodeCount, coresCount, ramSize: ramGb * 1024, autoScaling: autoScalingFrom(parsed.data) ?? null });
}

/** A scale (the edit form): what the new size uses beyond the pool's current one (negative when it shrinks). */
export function scaleUsage(pool: NodePoolResponse, values: unknown): Usage | undefined {
  const parsed = scaling.safeParse(values);
  if (!parsed.success) return undefined;
  const p = pool.properties;
  const before: PoolShape = { nodeCount: p.nodeCount ?? 1, coresCount: p.coresCount, ramSize: p.ramSize, autoScaling: p.autoScaling ?? null };
  return subtractUsage(
    poolUsage({ ...before, nodeCount: parsed.data.nodeCount, autoScaling: autoScalingFrom(parsed.data) ?? null }),
    poolUsage(before),
  );
}
