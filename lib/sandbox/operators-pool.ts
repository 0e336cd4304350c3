// The small node pool that comes with every cluster and runs the Stackable operators.
// The console recognises (and protects) that pool by the same label, from its own copy in
// lib/api/nodepools/operators.ts: console code never imports sandbox code.

export const OPERATORS_POOL_LABEL_KEY = 'dataplatform.sandbox.test/pool';
export const OPERATORS_POOL_LABEL_VALUE = 'operators';

export const OPERATORS_POOL = {
  name: 'stackable-operators',
  nodeCount: 1,
  coresCount: 2,
  ramSize: 4096,
  labels: { [OPERATORS_POOL_LABEL_KEY]: OPERATORS_POOL_LABEL_VALUE },
} as const;

/** True for the operators' pool of a cluster (by its label, falling back to its reserved name). */
export function isOperatorsPool(pool: { properties?: { name?: string; labels?: Record<string, string> } }): boolean {
  const props = pool.properties;
  if (!props) return false;
  if (props.labels?.[OPERATORS_POOL_LABEL_KEY] === OPERATORS_POOL_LABEL_VALUE) return true;
  return props.name === OPERATORS_POOL.name;
}
