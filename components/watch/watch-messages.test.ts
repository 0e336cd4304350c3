import { describe, expect, it } from 'vitest';
import { outcomeMessage, resourceToastId, watchedName } from '@/components/watch/watch-messages';
import { outcomeOf } from '@/lib/watch/outcome';
import { CLUSTER, entry, NOW, pool } from '@/test/support/watch-entries';

describe('outcomeMessage', () => {
  it('names the cluster and says what happened', () => {
    expect(watchedName(entry())).toBe('cluster 5eedc100');
    const ready = outcomeMessage(entry({ name: 'lake' }), { kind: 'available', state: 'AVAILABLE', at: NOW });
    expect(ready).toMatchObject({
      variant: 'success',
      title: 'Cluster “lake” is ready',
      action: { href: '/clusters/5eedc100-0000-4000-8000-000000000009' },
    });
    const failed = outcomeMessage(entry({ name: 'lake', action: 'update' }), { kind: 'failed', state: 'FAILED_UPDATING', at: NOW });
    expect(failed).toMatchObject({ variant: 'error', title: 'Changing “lake” failed' });
    expect(failed.description).toContain('Failed updating');
    expect(outcomeMessage(entry({ action: 'delete', name: 'x' }), { kind: 'deleted', at: NOW }).title).toBe('Cluster “x” was deleted');
    expect(outcomeMessage(entry(), { kind: 'available', at: NOW }).id).toBe(outcomeMessage(entry(), { kind: 'failed', at: NOW }).id);
  });
});

describe('node pool entries', () => {
  it('settle by the clusters’ rules and toast with the node pool’s words and link', () => {
    expect(outcomeOf(pool(), { state: 'DEPLOYING' }, NOW)).toBeUndefined();
    expect(watchedName(pool())).toBe('node pool 9001a000');
    const ready = outcomeMessage(pool({ name: 'trino' }), { kind: 'available', state: 'AVAILABLE', at: NOW });
    expect(ready).toMatchObject({
      id: 'nodepool-9001a000-0000-4000-8000-000000000002',
      variant: 'success',
      title: 'Node pool “trino” is ready',
      action: { label: 'Open node pool', href: `/clusters/${CLUSTER}/nodepools/9001a000-0000-4000-8000-000000000002` },
    });
    expect(outcomeMessage(pool({ name: 'trino', action: 'update' }), { kind: 'available', at: NOW }).title).toBe(
      'Changes to node pool “trino” are done',
    );
    const failed = outcomeMessage(pool({ name: 'trino', action: 'update' }), { kind: 'failed', state: 'FAILED_UPDATING', at: NOW });
    expect(failed).toMatchObject({ variant: 'error', title: 'Changing node pool “trino” failed' });
    expect(failed.description).toMatch(/^The node pool is in state/);
    expect(outcomeMessage(pool({ name: 'trino', action: 'delete' }), { kind: 'deleted', at: NOW }).title).toBe('Node pool “trino” was deleted');
    expect(outcomeMessage(pool(), { kind: 'gone', at: NOW }).title).toBe('Node pool 9001a000 no longer exists');
  });
});

describe('toasts that fit where the user is', () => {
  it('offers no link to the page the user is on', () => {
    const ready = { kind: 'available', state: 'AVAILABLE', at: NOW } as const;
    const href = '/clusters/5eedc100-0000-4000-8000-000000000009';
    expect(outcomeMessage(entry({ name: 'lake' }), ready, href).action).toBeUndefined();
    expect(outcomeMessage(entry({ name: 'lake' }), ready, '/clusters').action).toMatchObject({ label: 'Open cluster', href });
    const poolHref = `/clusters/${CLUSTER}/nodepools/9001a000-0000-4000-8000-000000000002`;
    expect(outcomeMessage(pool({ name: 'trino' }), ready, poolHref).action).toBeUndefined();
  });

  it('replaces the "Creating …" toast of the same resource', () => {
    const ready = outcomeMessage(pool({ name: 'trino' }), { kind: 'available', state: 'AVAILABLE', at: NOW });
    expect(ready.id).toBe(resourceToastId('nodepool', '9001a000-0000-4000-8000-000000000002'));
  });

  it('says which version an upgrade reached', () => {
    const upgraded = outcomeMessage(entry({ name: 'lake', action: 'update', upgradeTo: '25.3' }), { kind: 'available', at: NOW });
    expect(upgraded.title).toBe('Cluster “lake” upgraded to 25.3');
    const failed = outcomeMessage(entry({ name: 'lake', action: 'update', upgradeTo: '25.3' }), {
      kind: 'failed',
      state: 'FAILED_UPDATING',
      at: NOW,
    });
    expect(failed.title).toBe('Upgrading “lake” to 25.3 failed');
  });
});
