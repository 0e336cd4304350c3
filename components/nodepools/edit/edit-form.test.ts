import { describe, expect, it } from 'vitest';
import {
  editNodePoolFormSchema,
  mapChanges,
  poolFields,
  poolFormValues as formValuesFrom,
  poolPatch as patchFromForm,
  type EditNodePoolFormInput,
} from '@/components/nodepools/edit/edit-form';
import { changedNodePoolFields } from '@/lib/api/nodepools/mutations';
import { nodePoolResponseSchema, patchNodePoolRequestSchema } from '@/lib/api/nodepools/schema';

const loaded = nodePoolResponseSchema.parse({
  id: 'p1',
  metadata: { ETag: 'e1', state: 'AVAILABLE' },
  properties: {
    name: 'workers',
    nodeCount: 3,
    maintenanceWindow: { dayOfTheWeek: 'Sunday', time: '02:00:00' },
    labels: { team: 'data', tier: 'gold' },
    annotations: { 'example.com/owner': 'Team A' },
    autoScaling: { minNodeCount: 2, maxNodeCount: 5 },
  },
});

const schema = editNodePoolFormSchema(false);
const patch = (changes: Partial<EditNodePoolFormInput>) => patchFromForm(schema.parse({ ...formValuesFrom(loaded), ...changes }), loaded);

describe('the node pool edit form', () => {
  it('sends nothing when nothing changed, also with maps in another order', () => {
    expect(patch({})).toBeUndefined();
    expect(
      patch({
        labels: [
          { key: 'tier', value: 'gold' },
          { key: 'team', value: 'data' },
        ],
      }),
    ).toBeUndefined();
  });

  it('scales, switches autoscaling off (null) and changes bounds', () => {
    expect(patch({ nodeCount: '4' })).toEqual({ properties: { nodeCount: 4 } });
    expect(patch({ scaling: 'fixed' })).toEqual({ properties: { autoScaling: null } });
    expect(patch({ maxNodeCount: '8' })).toEqual({ properties: { autoScaling: { minNodeCount: 2, maxNodeCount: 8 } } });
    const body = patch({ scaling: 'fixed', nodeCount: '6' });
    expect(body).toEqual({ properties: { nodeCount: 6, autoScaling: null } });
    expect(patchNodePoolRequestSchema.parse(body)).toEqual(body);
  });

  it('replaces the whole label map, and an empty map clears it', () => {
    expect(patch({ labels: [{ key: 'team', value: 'ml' }] })).toEqual({ properties: { labels: { team: 'ml' } } });
    expect(patch({ annotations: [] })).toEqual({ properties: { annotations: {} } });
  });

  it('checks bounds against the node count, and the reserved label', () => {
    const issues = (values: Partial<EditNodePoolFormInput>, operators = false) =>
      editNodePoolFormSchema(operators)
        .safeParse({ ...formValuesFrom(loaded), ...values })
        .error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    expect(issues({ minNodeCount: '4' })).toEqual([
      'nodeCount: With autoscaling, the node count must be between the minimum (4) and the maximum (5).',
    ]);
    expect(issues({ minNodeCount: '6' })).toEqual(['maxNodeCount: The maximum cannot be below the minimum (6).']);
    expect(issues({ minNodeCount: '0', maxNodeCount: '' })).toEqual([
      'minNodeCount: The minimum is at least 1 node.',
      'maxNodeCount: Enter the maximum node count.',
    ]);
    expect(issues({ scaling: 'fixed', minNodeCount: 'x', nodeCount: '0' })).toEqual(['nodeCount: A pool has at least 1 node.']);
    expect(issues({ labels: [{ key: 'dataplatform.sandbox.test/pool', value: 'operators' }] })?.[0]).toMatch(/^labels\.0\.key: .*use another key/);
    expect(issues({ labels: [] }, true)?.[0]).toMatch(/^labels: Keep the label dataplatform\.sandbox\.test\/pool=operators/);
  });
});

describe('the change preview', () => {
  it('says what each field becomes and which keys change', () => {
    const body = patch({
      scaling: 'fixed',
      nodeCount: '4',
      labels: [
        { key: 'team', value: 'ml' },
        { key: 'env', value: '' },
      ],
    })!;
    expect(poolFields.describePatch(body.properties, loaded.properties)).toEqual([
      { field: 'nodeCount', label: 'Node count', before: '3 nodes', after: '4 nodes', details: [] },
      { field: 'autoScaling', label: 'Autoscaling', before: 'On, 2–5 nodes', after: 'Off', details: [] },
      {
        field: 'labels',
        label: 'Labels',
        before: 'team=data, tier=gold',
        after: 'team=ml, env (empty value)',
        details: ['Changes team: “data” → “ml”', 'Adds env (empty value)', 'Removes tier'],
      },
    ]);
    expect(mapChanges(undefined, {})).toEqual([]);
  });
});

describe('concurrent changes', () => {
  it('compares maps by content and reports only the fields being sent', () => {
    const current = { ...loaded.properties, labels: { tier: 'gold', team: 'data' }, nodeCount: 7 };
    expect(changedNodePoolFields(loaded.properties, current, ['labels'])).toEqual([]);
    expect(changedNodePoolFields(loaded.properties, current, ['labels', 'nodeCount'])).toEqual([{ field: 'nodeCount', loaded: 3, current: 7 }]);
    expect(changedNodePoolFields(loaded.properties, { ...current, autoScaling: undefined }, ['autoScaling'])).toHaveLength(1);
  });
});
