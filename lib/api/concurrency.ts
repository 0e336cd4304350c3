// Optimistic concurrency for PATCHes, shared by clusters and node pools. The contract has no If-Match, so the
// mutation hooks check the ETag themselves: when it moved since the form was loaded, only the fields being sent
// are compared, because state transitions move the ETag too and are not a conflict.

/** A field the user edits that someone else changed since the form was loaded. */
export type FieldChange<F extends PropertyKey> = { field: F; loaded: unknown; current: unknown };

/**
 * Thrown by a mutation hook instead of sending a PATCH when the resource changed under the form. One subclass per
 * resource keeps its own name for `instanceof` checks; this class holds what they share.
 */
export abstract class ChangedUnderFormError<R, F extends PropertyKey> extends Error {
  constructor(
    name: string,
    resource: string,
    readonly current: R,
    readonly changes: FieldChange<F>[],
  ) {
    super(`This ${resource} was changed by someone else after you opened the form.`);
    this.name = name;
  }
}

/** The part of a response the check reads. */
type Versioned<P> = { metadata: { ETag?: string }; properties: P };

// Maps compare by content: the API may list keys in another order than it was sent.
function canonical(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  if (typeof value !== 'object' || Array.isArray(value)) return JSON.stringify(value);
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${canonical(inner)}`).join(',')}}`;
}

/** Fields among `fields` whose value upstream differs from what the form was loaded with. */
export function changedFields<P extends object>(loaded: P, current: P, fields: readonly (keyof P)[]): FieldChange<keyof P>[] {
  return fields
    .filter((field) => canonical(loaded[field]) !== canonical(current[field]))
    .map((field) => ({ field, loaded: loaded[field], current: current[field] }));
}

/** The fields of `patch` that changed upstream since `loaded`; none while the ETag has not moved. */
export function concurrentChanges<P extends object>(
  loaded: Versioned<P>,
  current: Versioned<P>,
  patch: { readonly [K in keyof P]?: unknown },
): FieldChange<keyof P>[] {
  if (current.metadata.ETag === loaded.metadata.ETag) return [];
  return changedFields(loaded.properties, current.properties, Object.keys(patch) as (keyof P)[]);
}
