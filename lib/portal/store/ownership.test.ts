import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/portal/db/types';
import { sqlOwnershipStore } from '@/lib/portal/store/ownership';
import type { OwnershipStore } from '@/lib/portal/store/types';
import { DIALECTS, openTestDb } from '@/test/support/databases';

const ben = { sub: 'sub-ben', email: 'ben@portal.test' };
const ada = { sub: 'sub-ada', email: 'ada@portal.test' };

describe.each(DIALECTS)('the ownership store on %s', (dialect) => {
  let db: Db;
  let store: OwnershipStore;
  let clock: Date;
  beforeEach(async () => {
    db = await openTestDb(dialect);
    clock = new Date('2026-12-01T10:00:00.000Z');
    store = sqlOwnershipStore(db, { now: () => clock });
  });
  afterEach(() => db.close());

  it('records a create with its real creator', async () => {
    const created = await store.recordCreate('c1', 'analytics', ben);
    expect(created).toEqual({
      clusterId: 'c1',
      team: 'analytics',
      createdBy: ben,
      createdAt: '2026-12-01T10:00:00.000Z',
      assignedBy: null,
      assignedAt: null,
    });
    expect(await store.get('c1')).toEqual(created);
    expect(await store.get('c2')).toBeNull();
  });

  it('moves a cluster to another team, keeping who created it', async () => {
    await store.recordCreate('c1', 'analytics', ben);
    clock = new Date('2026-12-02T10:00:00.000Z');
    const moved = await store.assign('c1', 'streaming', ada);
    expect(moved).toEqual({
      clusterId: 'c1',
      team: 'streaming',
      createdBy: ben,
      createdAt: '2026-12-01T10:00:00.000Z',
      assignedBy: ada,
      assignedAt: '2026-12-02T10:00:00.000Z',
    });
    expect(await store.get('c1')).toEqual(moved);
  });

  it('assigns an unowned cluster without a creator', async () => {
    expect(await store.assign('c9', 'analytics', ada)).toEqual({
      clusterId: 'c9',
      team: 'analytics',
      createdBy: null,
      createdAt: '2026-12-01T10:00:00.000Z',
      assignedBy: ada,
      assignedAt: '2026-12-01T10:00:00.000Z',
    });
  });

  it('replaces the row of a deleted cluster whose id comes back, and removes', async () => {
    await store.assign('c1', 'streaming', ada);
    const again = await store.recordCreate('c1', 'analytics', ben);
    expect(again).toMatchObject({ team: 'analytics', createdBy: ben, assignedBy: null, assignedAt: null });
    await store.recordCreate('c2', 'streaming', ben);
    expect((await store.all()).map((row) => [row.clusterId, row.team])).toEqual([
      ['c1', 'analytics'],
      ['c2', 'streaming'],
    ]);
    await store.remove('c1');
    await store.remove('missing');
    expect((await store.all()).map((row) => row.clusterId)).toEqual(['c2']);
  });
});
