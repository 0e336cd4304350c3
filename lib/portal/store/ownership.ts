// Which team owns which cluster, over the query layer. Upserts keep one row per cluster id.
import type { Db } from '@/lib/portal/db/types';
import type { Actor, Ownership, OwnershipStore } from '@/lib/portal/store/types';

type OwnershipRow = {
  cluster_id: string;
  team: string;
  created_by_sub: string | null;
  created_by_email: string | null;
  created_at: string;
  assigned_by_sub: string | null;
  assigned_by_email: string | null;
  assigned_at: string | null;
};

const COLUMNS = 'cluster_id, team, created_by_sub, created_by_email, created_at, assigned_by_sub, assigned_by_email, assigned_at';

function actor(sub: string | null, email: string | null): Actor | null {
  return sub === null ? null : { sub, email: email ?? '' };
}

function fromRow(row: OwnershipRow): Ownership {
  return {
    clusterId: row.cluster_id,
    team: row.team,
    createdBy: actor(row.created_by_sub, row.created_by_email),
    createdAt: row.created_at,
    assignedBy: actor(row.assigned_by_sub, row.assigned_by_email),
    assignedAt: row.assigned_at,
  };
}

function only(rows: OwnershipRow[]): Ownership {
  const [row] = rows;
  if (!row) throw new Error('The ownership row was not written.');
  return fromRow(row);
}

export function sqlOwnershipStore(db: Db, { now = () => new Date() }: { now?: () => Date } = {}): OwnershipStore {
  return {
    async get(clusterId) {
      const [row] = await db.all<OwnershipRow>(`SELECT ${COLUMNS} FROM cluster_ownership WHERE cluster_id = ?`, [clusterId]);
      return row ? fromRow(row) : null;
    },

    async all() {
      return (await db.all<OwnershipRow>(`SELECT ${COLUMNS} FROM cluster_ownership ORDER BY created_at, cluster_id`)).map(fromRow);
    },

    async recordCreate(clusterId, team, createdBy) {
      // A row left by a deleted cluster with the same id (ids are upstream's) is replaced whole.
      return only(
        await db.all<OwnershipRow>(
          `INSERT INTO cluster_ownership (${COLUMNS}) VALUES (?, ?, ?, ?, ?, NULL, NULL, NULL)
           ON CONFLICT (cluster_id) DO UPDATE SET team = excluded.team, created_by_sub = excluded.created_by_sub,
             created_by_email = excluded.created_by_email, created_at = excluded.created_at,
             assigned_by_sub = NULL, assigned_by_email = NULL, assigned_at = NULL
           RETURNING ${COLUMNS}`,
          [clusterId, team, createdBy.sub, createdBy.email, now().toISOString()],
        ),
      );
    },

    async assign(clusterId, team, by) {
      // An unowned cluster gets a row without a creator; a move keeps who created it and when.
      const at = now().toISOString();
      return only(
        await db.all<OwnershipRow>(
          `INSERT INTO cluster_ownership (${COLUMNS}) VALUES (?, ?, NULL, NULL, ?, ?, ?, ?)
           ON CONFLICT (cluster_id) DO UPDATE SET team = excluded.team, assigned_by_sub = excluded.assigned_by_sub,
             assigned_by_email = excluded.assigned_by_email, assigned_at = excluded.assigned_at
           RETURNING ${COLUMNS}`,
          [clusterId, team, at, by.sub, by.email, at],
        ),
      );
    },

    async remove(clusterId) {
      await db.run('DELETE FROM cluster_ownership WHERE cluster_id = ?', [clusterId]);
    },
  };
}
