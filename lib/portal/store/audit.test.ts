import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb } from '@/lib/portal/db/open';
import type { Db } from '@/lib/portal/db/types';
import { sqlAuditStore } from '@/lib/portal/store/audit';
import { auditHash, GENESIS_HASH } from '@/lib/portal/store/audit-hash';
import type { AuditEntry, AuditInput, AuditStore } from '@/lib/portal/store/types';
import { DIALECTS, newDatabaseUrl, openTestDb } from '@/test/support/databases';

const ada = { sub: 'sub-ada', email: 'ada@portal.test' };
const ben = { sub: 'sub-ben', email: 'Ben@Portal.test' };
const T0 = Date.parse('2026-12-01T10:00:00.000Z');
const HOUR = 3_600_000;

function input(overrides: Partial<AuditInput> = {}): AuditInput {
  return { actor: ben, team: 'analytics', action: 'cluster.create', outcome: 'success', ...overrides };
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe.each(DIALECTS)('the audit store on %s', (dialect) => {
  let db: Db;
  let store: AuditStore;
  let now: number;
  beforeEach(async () => {
    db = await openTestDb(dialect);
    now = T0;
    store = sqlAuditStore(db, { now: () => new Date(now), batchSize: 4 });
  });
  afterEach(() => db.close());

  /** Appends one entry per hour from T0, as `inputs` says. */
  async function appendHourly(inputs: AuditInput[]): Promise<AuditEntry[]> {
    const entries: AuditEntry[] = [];
    for (const [index, each] of inputs.entries()) {
      now = T0 + index * HOUR;
      entries.push(await store.append(each));
    }
    return entries;
  }

  it('appends a chain: seq from 1, the genesis hash first, each hash over the previous one', async () => {
    const first = await store.append(
      input({
        target: { type: 'cluster', id: 'c1', name: 'etl' },
        changes: { nodeCount: { from: 2, to: 3 }, skipped: undefined },
        status: 202,
        requestId: 'r1',
        via: { kind: 'session' },
      }),
    );
    expect(first).toEqual({
      seq: 1,
      at: '2026-12-01T10:00:00.000Z',
      actor: ben,
      team: 'analytics',
      action: 'cluster.create',
      target: { type: 'cluster', id: 'c1', name: 'etl' },
      changes: { nodeCount: { from: 2, to: 3 } },
      outcome: 'success',
      status: 202,
      reason: null,
      requestId: 'r1',
      via: { kind: 'session' },
      prevHash: GENESIS_HASH,
      hash: auditHash({ ...first, hash: undefined } as unknown as AuditEntry),
    });
    const second = await store.append(
      input({ action: 'kubeconfig.download', target: { type: 'cluster', id: 'c1' }, via: { kind: 'token', tokenId: 't1' } }),
    );
    expect(second).toMatchObject({
      seq: 2,
      prevHash: first.hash,
      target: { type: 'cluster', id: 'c1', name: null },
      via: { kind: 'token', tokenId: 't1' },
    });
    const { entries, total } = await store.query({ visibleTeams: 'all', limit: 10, offset: 0 });
    expect(total).toBe(2);
    expect(entries).toEqual([second, first]);
    expect(await store.verify()).toEqual({ ok: true, entries: 2, firstSeq: 1, lastSeq: 2 });
  });

  it('filters by team, actor (subject, or email in any case), action and time range; pages newest first', async () => {
    await appendHourly([
      input({ actor: ada, team: null, action: 'signin' }),
      input({ action: 'cluster.create' }),
      input({ team: 'streaming', action: 'cluster.delete' }),
      input({ actor: ada, action: 'cluster.assign' }),
      input({ action: 'nodepool.scale' }),
    ]);
    const seqs = async (q: Partial<Parameters<AuditStore['query']>[0]>) => {
      const result = await store.query({ visibleTeams: 'all', limit: 50, offset: 0, ...q });
      return { seqs: result.entries.map((entry) => entry.seq), total: result.total };
    };
    expect(await seqs({})).toEqual({ seqs: [5, 4, 3, 2, 1], total: 5 });
    expect(await seqs({ team: 'analytics' })).toEqual({ seqs: [5, 4, 2], total: 3 });
    expect(await seqs({ actor: 'ben@portal.TEST' })).toEqual({ seqs: [5, 3, 2], total: 3 });
    expect(await seqs({ actor: 'sub-ada' })).toEqual({ seqs: [4, 1], total: 2 });
    expect(await seqs({ action: 'cluster.delete' })).toEqual({ seqs: [3], total: 1 });
    expect(await seqs({ from: new Date(T0 + HOUR).toISOString(), to: new Date(T0 + 3 * HOUR).toISOString() })).toEqual({ seqs: [3, 2], total: 2 });
    expect(await seqs({ limit: 2, offset: 1 })).toEqual({ seqs: [4, 3], total: 5 });
    expect(await seqs({ limit: 2, offset: 4 })).toEqual({ seqs: [1], total: 5 });
    expect(await seqs({ team: 'analytics', action: 'nodepool.scale', actor: 'sub-ben' })).toEqual({ seqs: [5], total: 1 });
    await expect(seqs({ from: 'yesterday' })).rejects.toThrow(/from is not a date/);
  });

  it('shows a team admin only their teams; entries without a team only with all teams', async () => {
    await appendHourly([input({ actor: ada, team: null, action: 'signin' }), input({ team: 'analytics' }), input({ team: 'streaming' })]);
    const visible = async (visibleTeams: readonly string[] | 'all', team?: string) =>
      (await store.query({ visibleTeams, team, limit: 50, offset: 0 })).entries.map((entry) => entry.seq);
    expect(await visible(['analytics'])).toEqual([2]);
    expect(await visible(['analytics', 'streaming'])).toEqual([3, 2]);
    expect(await visible(['analytics'], 'streaming')).toEqual([]);
    expect(await visible([])).toEqual([]);
    expect(await visible('all')).toEqual([3, 2, 1]);
    expect((await collect(store.stream({ visibleTeams: ['streaming'] }))).map((entry) => entry.seq)).toEqual([3]);
  });

  it('streams every matching entry oldest first, across batches (of 4 here)', async () => {
    for (let index = 0; index < 19; index += 1) await store.append(input({ team: index % 2 ? 'analytics' : 'streaming' }));
    const streamed = await collect(store.stream({ visibleTeams: 'all', team: 'analytics' }));
    expect(streamed.map((entry) => entry.seq)).toEqual([2, 4, 6, 8, 10, 12, 14, 16, 18]);
    expect((await collect(store.stream({ visibleTeams: 'all' }))).map((entry) => entry.seq)).toEqual(
      Array.from({ length: 19 }, (_, index) => index + 1),
    );
    expect(await store.verify()).toEqual({ ok: true, entries: 19, firstSeq: 1, lastSeq: 19 });
  });

  describe('verify names the first broken entry', () => {
    beforeEach(async () => {
      await appendHourly([input(), input({ status: 202 }), input({ changes: { name: { from: 'a', to: 'b' } } }), input(), input()]);
    });

    it('when a field was changed', async () => {
      await db.run('UPDATE audit_log SET actor_email = ? WHERE seq = 3', ['mallory@portal.test']);
      expect(await store.verify()).toEqual({ ok: false, entries: 2, brokenSeq: 3, reason: expect.stringMatching(/hash does not match the content/) });
    });

    it('when a JSON field was changed', async () => {
      await db.run('UPDATE audit_log SET changes = ? WHERE seq = 3', ['{"name":{"from":"a","to":"c"}}']);
      expect(await store.verify()).toMatchObject({ ok: false, brokenSeq: 3 });
    });

    it('when a middle entry was deleted', async () => {
      await db.run('DELETE FROM audit_log WHERE seq = 3');
      expect(await store.verify()).toEqual({ ok: false, entries: 2, brokenSeq: 4, reason: expect.stringMatching(/seq 3 was expected/) });
    });

    it('when entries were reordered', async () => {
      await db.run('UPDATE audit_log SET seq = -1 WHERE seq = 2');
      await db.run('UPDATE audit_log SET seq = 2 WHERE seq = 3');
      await db.run('UPDATE audit_log SET seq = 3 WHERE seq = -1');
      expect(await store.verify()).toEqual({
        ok: false,
        entries: 1,
        brokenSeq: 2,
        reason: expect.stringMatching(/prevHash does not match the hash of seq 1/),
      });
    });

    it('when an entry was replaced by one with a correct hash of its own', async () => {
      const [original] = (await store.query({ visibleTeams: 'all', limit: 1, offset: 1 })).entries;
      const forged: Omit<AuditEntry, 'hash'> = { ...original!, actor: ada };
      await db.run('UPDATE audit_log SET actor_sub = ?, actor_email = ?, hash = ? WHERE seq = 4', [ada.sub, ada.email, auditHash(forged)]);
      expect(await store.verify()).toEqual({
        ok: false,
        entries: 4,
        brokenSeq: 5,
        reason: expect.stringMatching(/prevHash does not match the hash of seq 4/),
      });
    });

    it('when the first entries were deleted without a recorded prune', async () => {
      await db.run('DELETE FROM audit_log WHERE seq <= 2');
      expect(await store.verify()).toEqual({ ok: false, entries: 0, brokenSeq: 3, reason: expect.stringMatching(/seq 1 was expected/) });
    });
  });

  it('prunes a prefix older than the retention and stays verifiable from its anchor', async () => {
    const entries = await appendHourly([input(), input(), input(), input(), input()]);
    now = T0 + 2.5 * HOUR + 86_400_000; // entries 1–3 (T0 to T0 + 2 h) are older than a day
    expect(await store.prune(1)).toBe(3);
    expect((await store.query({ visibleTeams: 'all', limit: 10, offset: 0 })).entries.map((entry) => entry.seq)).toEqual([5, 4]);
    expect(await store.verify()).toEqual({ ok: true, entries: 2, firstSeq: 4, lastSeq: 5 });
    expect(await store.prune(1)).toBe(0);
    const next = await store.append(input());
    expect(next).toMatchObject({ seq: 6, prevHash: entries[4]!.hash });
    expect(await store.verify()).toEqual({ ok: true, entries: 3, firstSeq: 4, lastSeq: 6 });
    // Deleting the first kept entry is seen: the anchor says where the chain continues.
    await db.run('DELETE FROM audit_log WHERE seq = 4');
    expect(await store.verify()).toMatchObject({ ok: false, brokenSeq: 5, reason: expect.stringMatching(/pruned seq 3 with seq 4/) });
  });

  it('prunes everything and continues the chain after the anchor', async () => {
    const entries = await appendHourly([input(), input()]);
    now += 10 * 86_400_000;
    expect(await store.prune(1)).toBe(2);
    expect(await store.verify()).toEqual({ ok: true, entries: 0, firstSeq: null, lastSeq: null });
    expect(await store.append(input())).toMatchObject({ seq: 3, prevHash: entries[1]!.hash });
    expect(await store.verify()).toEqual({ ok: true, entries: 1, firstSeq: 3, lastSeq: 3 });
    await expect(store.prune(-1)).rejects.toThrow(RangeError);
  });

  it('prunes only a prefix: an old entry after a newer one stays (clocks of two instances)', async () => {
    await appendHourly([input(), input(), input()]);
    await db.run('UPDATE audit_log SET at = ? WHERE seq = 3', [new Date(T0 - HOUR).toISOString()]);
    now = T0 + HOUR + 86_400_000 - 1;
    expect(await store.prune(1)).toBe(1);
    expect((await store.query({ visibleTeams: 'all', limit: 10, offset: 0 })).entries.map((entry) => entry.seq)).toEqual([3, 2]);
  });

  it('two connections appending at once extend one chain', async () => {
    const { url, cleanUp } = await newDatabaseUrl(dialect);
    const [a, b] = await Promise.all([openDb(url), openDb(url)]);
    try {
      const stores = [sqlAuditStore(a), sqlAuditStore(b)];
      const appended = await Promise.all(
        Array.from({ length: 50 }, (_, index) => stores[index % 2]!.append(input({ requestId: `r${index}`, team: index % 3 ? 'analytics' : null }))),
      );
      expect(appended.map((entry) => entry.seq).sort((x, y) => x - y)).toEqual(Array.from({ length: 50 }, (_, index) => index + 1));
      expect(new Set(appended.map((entry) => entry.prevHash)).size).toBe(50);
      expect(await stores[0]!.verify()).toEqual({ ok: true, entries: 50, firstSeq: 1, lastSeq: 50 });
    } finally {
      await Promise.all([a.close(), b.close()]);
      cleanUp();
    }
  });

  // In one process SQLite connections share a queue (lib/portal/db/sqlite.ts); between processes BEGIN IMMEDIATE and the
  // busy timeout do the work. PostgreSQL's connections are separate already in the test above.
  it.runIf(dialect === 'sqlite')(
    'two processes appending at once extend one chain',
    async () => {
      const { url, cleanUp } = await newDatabaseUrl(dialect);
      try {
        // Both start appending at the same moment, once both have started (a second or two on a busy machine).
        const startAt = String(Date.now() + 4000);
        const appendFrom = async (label: string) => {
          const { stdout } = await promisify(execFile)('node', ['--import', 'tsx', 'test/support/audit-append.ts', url, '25', label, startAt]);
          return JSON.parse(stdout) as number[];
        };
        const seqs = (await Promise.all([appendFrom('one'), appendFrom('two')])).flat();
        expect(seqs.sort((x, y) => x - y)).toEqual(Array.from({ length: 50 }, (_, index) => index + 1));
        const db = await openDb(url);
        expect(await sqlAuditStore(db).verify()).toEqual({ ok: true, entries: 50, firstSeq: 1, lastSeq: 50 });
        await db.close();
      } finally {
        cleanUp();
      }
    },
    30_000,
  );
});
