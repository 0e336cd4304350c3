// The portal's schema, as an ordered list of versions. A version is never edited once released: changes are new
// versions appended at the end. The SQL is portable (SQLite and PostgreSQL): TEXT for strings, ISO 8601 UTC text for
// times (sorts like the time), JSON as TEXT, BIGINT for the audit sequence.
import type { Db } from '@/lib/portal/db/types';

export type Migration = { version: number; name: string; statements: readonly string[] };

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'ownership, audit log, access tokens',
    statements: [
      `CREATE TABLE cluster_ownership (
        cluster_id TEXT PRIMARY KEY,
        team TEXT NOT NULL,
        created_by_sub TEXT,
        created_by_email TEXT,
        created_at TEXT NOT NULL,
        assigned_by_sub TEXT,
        assigned_by_email TEXT,
        assigned_at TEXT
      )`,
      `CREATE TABLE audit_log (
        seq BIGINT PRIMARY KEY,
        at TEXT NOT NULL,
        actor_sub TEXT NOT NULL,
        actor_email TEXT NOT NULL,
        team TEXT,
        action TEXT NOT NULL,
        target_type TEXT,
        target_id TEXT,
        target_name TEXT,
        changes TEXT,
        outcome TEXT NOT NULL,
        status INTEGER,
        reason TEXT,
        request_id TEXT,
        via_kind TEXT,
        via_token_id TEXT,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
      )`,
      'CREATE INDEX audit_log_at ON audit_log (at)',
      'CREATE INDEX audit_log_team ON audit_log (team, seq)',
      'CREATE INDEX audit_log_actor_email ON audit_log (lower(actor_email))',
      // The last entry pruned by retention: the chain of the kept entries starts from its hash.
      `CREATE TABLE audit_anchor (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        seq BIGINT NOT NULL,
        hash TEXT NOT NULL,
        pruned_at TEXT NOT NULL
      )`,
      `CREATE TABLE access_tokens (
        id TEXT PRIMARY KEY,
        secret_hash TEXT NOT NULL UNIQUE,
        owner_sub TEXT NOT NULL,
        owner_email TEXT NOT NULL,
        name TEXT NOT NULL,
        teams TEXT NOT NULL,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        last_used_at TEXT,
        revoked_at TEXT
      )`,
      'CREATE INDEX access_tokens_owner ON access_tokens (owner_sub, created_at)',
    ],
  },
];

/** The lock that serialises migrations: two instances starting together apply each version once. */
const MIGRATION_LOCK = 'portal:schema_migrations';

/**
 * Applies the versions the database lacks, in one transaction: all of them or none. Versions the database has but
 * this code does not know (a newer instance migrated it during a rolling update) are left alone.
 */
export async function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  return db.transaction(
    async (tx) => {
      await tx.run('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
      const done = new Set((await tx.all<{ version: number }>('SELECT version FROM schema_migrations')).map((row) => Number(row.version)));
      const applied: number[] = [];
      for (const migration of migrations) {
        if (done.has(migration.version)) continue;
        for (const sql of migration.statements) await tx.run(sql);
        await tx.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [
          migration.version,
          migration.name,
          new Date().toISOString(),
        ]);
        applied.push(migration.version);
      }
      return applied;
    },
    { lock: MIGRATION_LOCK },
  );
}
