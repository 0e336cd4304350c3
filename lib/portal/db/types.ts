// The one query layer of the portal's storage: SQLite (embedded default, a file under .data/) or PostgreSQL
// (DATABASE_URL=postgres://…). Portable SQL with `?` placeholders; PostgreSQL's `$1…` are produced by the driver.
export type SqlValue = string | number | null;

export interface DbExecutor {
  all<T = Record<string, unknown>>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  run(sql: string, params?: readonly SqlValue[]): Promise<{ changes: number }>;
}

export interface Db extends DbExecutor {
  readonly dialect: 'sqlite' | 'postgres';
  /**
   * A write transaction; rolled back when `fn` throws. Serialised against every other writer of the same database
   * (SQLite: BEGIN IMMEDIATE; PostgreSQL: pg_advisory_xact_lock on `lock`), so two console instances cannot fork
   * the audit chain.
   */
  transaction<T>(fn: (tx: DbExecutor) => Promise<T>, options?: { lock?: string }): Promise<T>;
  close(): Promise<void>;
}
