// PostgreSQL through node-postgres (DATABASE_URL=postgres://…): several console instances share one database.
import pg from 'pg';
import type { Db, DbExecutor, SqlValue } from '@/lib/portal/db/types';

/** Connections per console instance: the portal's queries are short, and a database serves many instances. */
const POOL_SIZE = 5;
/** A request waits at most this long for a connection, then fails (instead of hanging while the database is down). */
const CONNECT_TIMEOUT_MS = 10_000;
const INT8_OID = 20;

/**
 * The query layer's `?` placeholders as PostgreSQL's `$1…`. Question marks inside string literals stay (the portal's
 * SQL is written in this codebase, never built from input; values always travel as parameters).
 */
export function toPostgresPlaceholders(sql: string): string {
  let index = 0;
  let inString = false;
  let out = '';
  for (const char of sql) {
    if (char === "'") inString = !inString;
    out += char === '?' && !inString ? `$${++index}` : char;
  }
  return out;
}

// COUNT(*) and BIGINT columns arrive as text by default (they may exceed 2^53); the portal's never do.
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID && format !== 'binary'
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format ?? 'text')) as typeof pg.types.getTypeParser,
};

function executor(client: pg.Pool | pg.PoolClient): DbExecutor {
  return {
    async all<T>(sql: string, params: readonly SqlValue[] = []) {
      const result = await client.query(toPostgresPlaceholders(sql), [...params]);
      return result.rows as T[];
    },
    async run(sql, params = []) {
      const result = await client.query(toPostgresPlaceholders(sql), [...params]);
      return { changes: result.rowCount ?? 0 };
    },
  };
}

export async function openPostgres(url: string): Promise<Db> {
  const pool = new pg.Pool({ connectionString: url, max: POOL_SIZE, connectionTimeoutMillis: CONNECT_TIMEOUT_MS, types });
  // An idle connection the server dropped (restart, failover) must not crash the process; the pool replaces it.
  pool.on('error', (error) => console.error(`portal database: idle connection lost (${error.message})`));
  const outside = executor(pool);
  // Fail at start-up, not at the first request, when the database cannot be reached.
  await outside.all('SELECT 1');

  return {
    dialect: 'postgres',
    all: outside.all,
    run: outside.run,
    async transaction<T>(fn: (tx: DbExecutor) => Promise<T>, options?: { lock?: string }): Promise<T> {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        // Held until COMMIT or ROLLBACK, by every instance on this database: writers of one `lock` take turns.
        if (options?.lock) await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [options.lock]);
        const result = await fn(executor(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        try {
          await client.query('ROLLBACK');
        } catch (rollbackError) {
          // The connection is unusable: the pool must not hand it out again.
          broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
        }
        throw error;
      } finally {
        client.release(broken);
      }
    },
    async close() {
      await pool.end();
    },
  };
}
