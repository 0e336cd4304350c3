import { describe, expect, it } from 'vitest';
import { ClusterChangedError } from '@/lib/api/clusters/mutations';
import type { ClusterResponse } from '@/lib/api/clusters/schema';
import { changedFields, concurrentChanges } from '@/lib/api/concurrency';
import { NodePoolChangedError } from '@/lib/api/nodepools/mutations';
import type { NodePoolResponse } from '@/lib/api/nodepools/schema';

type Props = { name?: string; nodeCount?: number; labels?: Record<string, string>; lans?: { lanId: string }[] };

const loaded = { metadata: { ETag: 'e1' }, properties: { name: 'a', nodeCount: 3, labels: { team: 'data', tier: 'gold' }, lans: [{ lanId: '1' }] } };

describe('changedFields', () => {
  it('reports only the listed fields whose value differs, with both values', () => {
    const current: Props = { ...loaded.properties, name: 'b', nodeCount: 7 };
    expect(changedFields<Props>(loaded.properties, current, ['nodeCount', 'lans'])).toEqual([{ field: 'nodeCount', loaded: 3, current: 7 }]);
  });

  it('compares maps by content, not by key order', () => {
    const current: Props = { ...loaded.properties, labels: { tier: 'gold', team: 'data' } };
    expect(changedFields<Props>(loaded.properties, current, ['labels'])).toEqual([]);
    expect(changedFields<Props>(loaded.properties, { ...current, labels: { team: 'ml', tier: 'gold' } }, ['labels'])).toHaveLength(1);
  });

  it('treats a missing and a null value alike, and a removed one as a change', () => {
    const empty: Props = {};
    expect(changedFields<Props>(empty, { name: undefined }, ['name'])).toEqual([]);
    expect(changedFields<Props>(loaded.properties, { ...loaded.properties, lans: undefined }, ['lans'])).toEqual([
      { field: 'lans', loaded: [{ lanId: '1' }], current: undefined },
    ]);
  });
});

describe('concurrentChanges', () => {
  it('finds nothing while the ETag has not moved, whatever the values', () => {
    const current = { metadata: { ETag: 'e1' }, properties: { ...loaded.properties, name: 'b' } };
    expect(concurrentChanges<Props>(loaded, current, { name: 'mine' })).toEqual([]);
  });

  it('compares the fields the PATCH sends once the ETag moved', () => {
    const current = { metadata: { ETag: 'e2' }, properties: { ...loaded.properties, name: 'theirs', nodeCount: 9 } };
    expect(concurrentChanges<Props>(loaded, current, { name: 'mine' })).toEqual([{ field: 'name', loaded: 'a', current: 'theirs' }]);
    // A moved ETag alone (a state transition) is no conflict.
    expect(concurrentChanges<Props>(loaded, { ...loaded, metadata: { ETag: 'e3' } }, { name: 'mine', nodeCount: 4 })).toEqual([]);
  });
});

describe('the errors of a change under the form', () => {
  it('keep their own names, messages and classes, and carry what the form needs', () => {
    const cluster = new ClusterChangedError({ id: 'c' } as ClusterResponse, [{ field: 'name', loaded: 'a', current: 'b' }]);
    const pool = new NodePoolChangedError({ id: 'p' } as NodePoolResponse, []);
    expect([cluster.name, cluster.message]).toEqual(['ClusterChangedError', 'This cluster was changed by someone else after you opened the form.']);
    expect([pool.name, pool.message]).toEqual(['NodePoolChangedError', 'This node pool was changed by someone else after you opened the form.']);
    expect(cluster).toBeInstanceOf(Error);
    expect(cluster).toBeInstanceOf(ClusterChangedError);
    expect(cluster).not.toBeInstanceOf(NodePoolChangedError);
    expect(pool).not.toBeInstanceOf(ClusterChangedError);
    expect([cluster.current.id, cluster.changes]).toEqual(['c', [{ field: 'name', loaded: 'a', current: 'b' }]]);
  });
});
