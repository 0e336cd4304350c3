import { describe, expect, it } from 'vitest';
import { editFields, previewOf } from '@/lib/forms/edit';

const fields = editFields<'name' | 'tags' | 'size'>({
  name: { label: 'Name' },
  tags: {
    label: 'Tags',
    empty: 'None',
    normalise: (v) => [...((v as string[] | undefined) ?? [])].sort(),
    details: (a, b) => [`${String(a)} → ${String(b)}`],
  },
  size: { label: 'Size', describe: (v) => `${String(v)} GB` },
});

describe('editFields', () => {
  it('sends only what differs, comparing normalised values', () => {
    expect(fields.patch({ name: 'a', tags: ['y', 'x'] }, { name: 'a', tags: ['x', 'y'] })).toBeUndefined();
    expect(fields.patch({ name: 'b', tags: [] }, { name: 'a' })).toEqual({ properties: { name: 'b' } });
    expect(fields.patch({ size: null }, { size: 3 })).toEqual({ properties: { size: null } });
  });

  it('describes values and changes', () => {
    expect(fields.describe('size', 4)).toBe('4 GB');
    expect(fields.describe('tags', undefined)).toBe('None');
    expect(fields.describe('name', null)).toBe('Not set');
    expect(fields.labelOf('other')).toBe('other');
    expect(fields.describePatch({ size: 5, tags: ['a'] }, { size: 4 })).toEqual([
      { field: 'size', label: 'Size', before: '4 GB', after: '5 GB', details: [] },
      { field: 'tags', label: 'Tags', before: 'None', after: 'a', details: ['undefined → a'] },
    ]);
  });

  it('previews nothing while the values are invalid, and an empty change when nothing differs', () => {
    const toPatch = (v: { name: string }) => fields.patch(v, { name: 'a' });
    const describe = (p: object) => fields.describePatch(p, {});
    expect(previewOf({ success: false }, toPatch, describe)).toEqual({ body: undefined, changes: undefined });
    expect(previewOf({ success: true, data: { name: 'a' } }, toPatch, describe)).toEqual({ body: undefined, changes: [] });
    expect(previewOf({ success: true, data: { name: 'b' } }, toPatch, describe).changes).toHaveLength(1);
  });
});
