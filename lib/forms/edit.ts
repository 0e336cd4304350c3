// What every edit form does with its resource's fields: a PATCH with only the fields that differ from the
// resource as loaded (so a concurrent change to a field the user did not touch is neither a conflict nor
// overwritten), each field's value in one line, and the change in words before it is sent. Each resource
// brings its fields as data.

export type EditFieldSpec = {
  label: string;
  /** A present value in one line; default: as text. */
  describe?: (value: unknown) => string;
  /** The text of no value (undefined or null); default "Not set". */
  empty?: string;
  /** The value as compared with the loaded one (drop what the API fills in, sort map keys); default: itself. */
  normalise?: (value: unknown) => unknown;
  /** Lines below a change in the preview ("Adds team=data"). */
  details?: (before: unknown, after: unknown) => string[];
};

export type PreviewChange<F extends string = string> = { field: F; label: string; before: string; after: string; details: string[] };

const json = (value: unknown) => JSON.stringify(value ?? null);

export function editFields<F extends string>(specs: Record<F, EditFieldSpec>) {
  const specOf = (field: string): EditFieldSpec | undefined => (specs as Partial<Record<string, EditFieldSpec>>)[field];

  /** A field's value in one line, for the change preview and the table of concurrent changes. */
  function describe(field: string, value: unknown): string {
    const spec = specOf(field);
    if (value === undefined || value === null) return spec?.empty ?? 'Not set';
    return spec?.describe ? spec.describe(value) : String(value);
  }

  const same = (field: F, a: unknown, b: unknown) => {
    const normalise = specOf(field)?.normalise ?? ((value: unknown) => value);
    return json(normalise(a)) === json(normalise(b));
  };

  return {
    labelOf: (field: string): string => specOf(field)?.label ?? field,
    describe,

    /** The PATCH with only the properties that differ from `before`; undefined when nothing changed. */
    patch<P extends Partial<Record<F, unknown>>>(after: P, before: Partial<Record<F, unknown>>): { properties: Partial<P> } | undefined {
      const properties: Partial<P> = {};
      for (const field of Object.keys(after) as (F & keyof P)[]) {
        if (!same(field, after[field], before[field])) properties[field] = after[field];
      }
      return Object.keys(properties).length > 0 ? { properties } : undefined;
    },

    /** What a PATCH will change, field by field, for the preview shown before it is sent. */
    describePatch(properties: Partial<Record<F, unknown>>, before: Partial<Record<F, unknown>>): PreviewChange<F>[] {
      return (Object.keys(properties) as F[]).map((field) => ({
        field,
        label: specOf(field)?.label ?? field,
        before: describe(field, before[field]),
        after: describe(field, properties[field]),
        details: specOf(field)?.details?.(before[field], properties[field]) ?? [],
      }));
    },
  };
}

/** The PATCH the current values would send and what it changes, for the preview; undefined while a value is invalid. */
export function previewOf<V, B extends { properties: object }, C>(
  parsed: { success: true; data: V } | { success: false },
  toPatch: (values: V) => B | undefined,
  describe: (properties: B['properties']) => C[],
): { body: B | undefined; changes: C[] | undefined } {
  if (!parsed.success) return { body: undefined, changes: undefined };
  const body = toPatch(parsed.data);
  return { body, changes: body ? describe(body.properties) : [] };
}
