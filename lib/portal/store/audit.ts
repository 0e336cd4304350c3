// The audit log over the query layer: an append-only hash chain (lib/portal/store/audit-hash.ts). Appends run in a
// write transaction under one lock, so concurrent appends, also from other instances on PostgreSQL, extend one
// chain. Retention deletes the oldest entries and records the last deleted one as the anchor the rest starts from.
import type { Db, DbExecutor, SqlValue } from '@/lib/portal/db/types';
import { auditHash, GENESIS_HASH } from '@/lib/portal/store/audit-hash';
import type { AuditAction, AuditEntry, AuditInput, AuditOutcome, AuditQuery, AuditStore, AuditVerification } from '@/lib/portal/store/types';

const AUDIT_LOCK = 'portal:audit';
/** Rows read per query by stream() and verify(): memory stays flat whatever the log's size. */
const BATCH_SIZE = 500;
const DAY_MS = 86_400_000;

type AuditRow = {
  seq: number;
  at: string;
  actor_sub: string;
  actor_email: string;
  team: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  target_name: string | null;
  changes: string | null;
  outcome: string;
  status: number | null;
  reason: string | null;
  request_id: string | null;
  via_kind: string | null;
  via_token_id: string | null;
  prev_hash: string;
  hash: string;
};

const COLUMNS =
  'seq, at, actor_sub, actor_email, team, action, target_type, target_id, target_name, changes, outcome, status, reason, request_id, via_kind, via_token_id, prev_hash, hash';

function fromRow(row: AuditRow): AuditEntry {
  return {
    seq: Number(row.seq),
    at: row.at,
    actor: { sub: row.actor_sub, email: row.actor_email },
    team: row.team,
    action: row.action as AuditAction,
    target:
      row.target_type === null
        ? null
        : { type: row.target_type as NonNullable<AuditInput['target']>['type'], id: row.target_id ?? '', name: row.target_name },
    changes: row.changes === null ? null : (JSON.parse(row.changes) as Record<string, unknown>),
    outcome: row.outcome as AuditOutcome,
    status: row.status === null ? null : Number(row.status),
    reason: row.reason,
    requestId: row.request_id,
    via: row.via_kind === 'token' ? { kind: 'token', tokenId: row.via_token_id ?? '' } : row.via_kind === 'session' ? { kind: 'session' } : null,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

function toRow(entry: AuditEntry): SqlValue[] {
  return [
    entry.seq,
    entry.at,
    entry.actor.sub,
    entry.actor.email,
    entry.team,
    entry.action,
    entry.target?.type ?? null,
    entry.target?.id ?? null,
    entry.target?.name ?? null,
    entry.changes === null ? null : JSON.stringify(entry.changes),
    entry.outcome,
    entry.status,
    entry.reason,
    entry.requestId,
    entry.via?.kind ?? null,
    entry.via?.kind === 'token' ? entry.via.tokenId : null,
    entry.prevHash,
    entry.hash,
  ];
}

function isoBound(name: string, value: string): string {
  const time = new Date(value);
  if (Number.isNaN(time.getTime())) throw new RangeError(`Audit query: ${name} is not a date.`);
  return time.toISOString();
}

/** WHERE clause and parameters of a query's filters, visibility first. */
function where(q: Omit<AuditQuery, 'limit' | 'offset'>): { sql: string; params: SqlValue[] } {
  const clauses: string[] = [];
  const params: SqlValue[] = [];
  if (q.visibleTeams !== 'all') {
    // Entries without a team (sign-ins, unowned clusters) are the platform admins' only: `IN` never matches NULL.
    if (q.visibleTeams.length === 0) clauses.push('1 = 0');
    else {
      clauses.push(`team IN (${q.visibleTeams.map(() => '?').join(', ')})`);
      params.push(...q.visibleTeams);
    }
  }
  if (q.team !== undefined) {
    clauses.push('team = ?');
    params.push(q.team);
  }
  if (q.actor !== undefined) {
    clauses.push('(actor_sub = ? OR lower(actor_email) = lower(?))');
    params.push(q.actor, q.actor);
  }
  if (q.action !== undefined) {
    clauses.push('action = ?');
    params.push(q.action);
  }
  if (q.from !== undefined) {
    clauses.push('at >= ?');
    params.push(isoBound('from', q.from));
  }
  if (q.to !== undefined) {
    clauses.push('at < ?');
    params.push(isoBound('to', q.to));
  }
  return { sql: clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

/** The hash and seq the next entry links to: the newest entry's, else the retention anchor's, else the genesis. */
async function chainHead(tx: DbExecutor): Promise<{ seq: number; hash: string }> {
  const [last] = await tx.all<{ seq: number; hash: string }>('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1');
  if (last) return { seq: Number(last.seq), hash: last.hash };
  const [anchor] = await tx.all<{ seq: number; hash: string }>('SELECT seq, hash FROM audit_anchor WHERE id = 1');
  return anchor ? { seq: Number(anchor.seq), hash: anchor.hash } : { seq: 0, hash: GENESIS_HASH };
}

/** The entries of `filter` in chain order, read `batchSize` at a time. */
async function* batches(db: Db, filter: { sql: string; params: SqlValue[] }, batchSize: number): AsyncGenerator<AuditEntry> {
  let afterSeq = -1;
  const joiner = filter.sql ? `${filter.sql} AND` : 'WHERE';
  for (;;) {
    const rows = await db.all<AuditRow>(`SELECT ${COLUMNS} FROM audit_log ${joiner} seq > ? ORDER BY seq LIMIT ${batchSize}`, [
      ...filter.params,
      afterSeq,
    ]);
    for (const row of rows) yield fromRow(row);
    if (rows.length < batchSize) return;
    afterSeq = Number(rows[rows.length - 1]!.seq);
  }
}

export function sqlAuditStore(db: Db, { now = () => new Date(), batchSize = BATCH_SIZE }: { now?: () => Date; batchSize?: number } = {}): AuditStore {
  return {
    async append(input) {
      // A JSON round trip first: what is hashed is exactly what reads give back (no undefined, no NaN, no Dates).
      const changes = input.changes == null ? null : (JSON.parse(JSON.stringify(input.changes)) as Record<string, unknown>);
      return db.transaction(
        async (tx) => {
          const head = await chainHead(tx);
          const content: Omit<AuditEntry, 'hash'> = {
            seq: head.seq + 1,
            at: now().toISOString(),
            actor: { sub: input.actor.sub, email: input.actor.email },
            team: input.team,
            action: input.action,
            target: input.target ? { type: input.target.type, id: input.target.id, name: input.target.name ?? null } : null,
            changes,
            outcome: input.outcome,
            status: input.status ?? null,
            reason: input.reason ?? null,
            requestId: input.requestId ?? null,
            via: input.via ? (input.via.kind === 'token' ? { kind: 'token', tokenId: input.via.tokenId } : { kind: 'session' }) : null,
            prevHash: head.hash,
          };
          const entry: AuditEntry = { ...content, hash: auditHash(content) };
          await tx.run(
            `INSERT INTO audit_log (${COLUMNS}) VALUES (${COLUMNS.split(',')
              .map(() => '?')
              .join(', ')})`,
            toRow(entry),
          );
          return entry;
        },
        { lock: AUDIT_LOCK },
      );
    },

    async query(q) {
      const filter = where(q);
      const limit = Math.max(0, Math.floor(q.limit));
      const offset = Math.max(0, Math.floor(q.offset));
      const rows = await db.all<AuditRow>(`SELECT ${COLUMNS} FROM audit_log ${filter.sql} ORDER BY seq DESC LIMIT ? OFFSET ?`, [
        ...filter.params,
        limit,
        offset,
      ]);
      const [count] = await db.all<{ total: number }>(`SELECT COUNT(*) AS total FROM audit_log ${filter.sql}`, filter.params);
      return { entries: rows.map(fromRow), total: Number(count?.total ?? 0) };
    },

    stream(q) {
      return batches(db, where(q), batchSize);
    },

    async verify(): Promise<AuditVerification> {
      const [anchor] = await db.all<{ seq: number; hash: string }>('SELECT seq, hash FROM audit_anchor WHERE id = 1');
      let expected = anchor ? { seq: Number(anchor.seq) + 1, prevHash: anchor.hash } : { seq: 1, prevHash: GENESIS_HASH };
      let entries = 0;
      let firstSeq: number | null = null;
      let lastSeq: number | null = null;
      for await (const entry of batches(db, { sql: '', params: [] }, batchSize)) {
        const broken = (reason: string): AuditVerification => ({ ok: false, entries, brokenSeq: entry.seq, reason });
        if (entry.seq !== expected.seq) {
          return broken(
            entries === 0 && anchor
              ? `the chain should continue after the pruned seq ${expected.seq - 1} with seq ${expected.seq}: entries are missing`
              : `seq ${expected.seq} was expected here: entries are missing or were renumbered`,
          );
        }
        if (entry.prevHash !== expected.prevHash) {
          return broken(
            entries === 0
              ? `prevHash does not match the chain's start (${anchor ? `the pruned seq ${Number(anchor.seq)}` : 'the genesis hash'})`
              : `prevHash does not match the hash of seq ${entry.seq - 1}: an entry was removed, replaced or reordered`,
          );
        }
        if (auditHash(entry) !== entry.hash) return broken('the hash does not match the content: a field was changed');
        entries += 1;
        firstSeq ??= entry.seq;
        lastSeq = entry.seq;
        expected = { seq: entry.seq + 1, prevHash: entry.hash };
      }
      return { ok: true, entries, firstSeq, lastSeq };
    },

    async prune(days) {
      if (!Number.isFinite(days) || days < 0) throw new RangeError('Audit retention: days must be a number of days, 0 or more.');
      const cutoff = new Date(now().getTime() - days * DAY_MS).toISOString();
      return db.transaction(
        async (tx) => {
          // Only a prefix of the chain goes, so the kept entries stay linked: stop at the first entry that is kept,
          // even if a later one is older (clocks of two instances may disagree by a little).
          const [firstKept] = await tx.all<{ seq: number }>('SELECT seq FROM audit_log WHERE at >= ? ORDER BY seq LIMIT 1', [cutoff]);
          const [lastPruned] = await tx.all<{ seq: number; hash: string }>(
            firstKept
              ? 'SELECT seq, hash FROM audit_log WHERE seq < ? ORDER BY seq DESC LIMIT 1'
              : 'SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1',
            firstKept ? [Number(firstKept.seq)] : [],
          );
          if (!lastPruned) return 0;
          await tx.run(
            `INSERT INTO audit_anchor (id, seq, hash, pruned_at) VALUES (1, ?, ?, ?)
             ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash, pruned_at = excluded.pruned_at`,
            [Number(lastPruned.seq), lastPruned.hash, now().toISOString()],
          );
          const { changes } = await tx.run('DELETE FROM audit_log WHERE seq <= ?', [Number(lastPruned.seq)]);
          return changes;
        },
        { lock: AUDIT_LOCK },
      );
    },
  };
}
