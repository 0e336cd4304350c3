// The small node pool that comes with every cluster and runs the Stackable operators, recognised by its label.
// A copy of lib/sandbox/operators-pool.ts's marker so console code never imports sandbox code;
// lib/api/nodepools/operators.test.ts keeps the two equal.

export const OPERATORS_POOL_LABEL_KEY = 'dataplatform.sandbox.test/pool';
export const OPERATORS_POOL_LABEL_VALUE = 'operators';
/** The pool's reserved name, for pools that lost their label. */
export const OPERATORS_POOL_NAME = 'stackable-operators';

/** True for the operators' pool of a cluster (by its label, falling back to its reserved name). */
export function isOperatorsPool(pool: { properties?: { name?: string; labels?: Record<string, string> } }): boolean {
  const props = pool.properties;
  if (!props) return false;
  if (props.labels?.[OPERATORS_POOL_LABEL_KEY] === OPERATORS_POOL_LABEL_VALUE) return true;
  return props.name === OPERATORS_POOL_NAME;
}
