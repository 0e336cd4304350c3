// SQLite through @libsql/client: the embedded default, one file (DATABASE_URL=file:…, default .data/portal.db).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { createClient, type InStatement, type ResultSet, type Transaction } from '@libsql/client';
import type { Db, DbExecutor, SqlValue } from '@/lib/portal/db/types';

/** How long a statement waits for another process's write lock (another console, `npm run audit:verify`) before SQLITE_BUSY. */
const BUSY_TIMEOUT_MS = 5_000;

function rowsOf<T>(result: ResultSet): T[] {
  return result.rows.map((row) => Object.fromEntries(result.columns.map((column, index) => [column, row[index]])) as T);
}

function statement(sql: string, params: readonly SqlValue[] = []): InStatement {
  return { sql, args: [...params] };
}

function executor(run: (stmt: InStatement) => Promise<ResultSet>): DbExecutor {
  return {
    async all<T>(sql: string, params?: readonly SqlValue[]) {
      return rowsOf<T>(await run(statement(sql, params)));
    },
    async run(sql, params) {
      return { changes: (await run(statement(sql, params))).rowsAffected };
    },
  };
}

/**
 * One queue per database file in this process. libsql's calls are synchronous underneath: a connection waiting for
 * the write lock busy-waits and blocks the event loop, so a transaction of this process holding the lock could never
 * finish. Every operation on a file therefore waits its turn here; the busy timeout only covers other processes.
 */
const queues = new Map<string, { tail: Promise<unknown>; users: number }>();

function fileQueue(file: string): { serialised: <T>(work: () => Promise<T>) => Promise<T>; release: () => void } {
  const queue = queues.get(file) ?? { tail: Promise.resolve(), users: 0 };
  queue.users += 1;
  queues.set(file, queue);
  return {
    serialised<T>(work: () => Promise<T>): Promise<T> {
      const result = queue.tail.then(work, work);
      queue.tail = result.catch(() => undefined);
      return result;
    },
    release() {
      queue.users -= 1;
      if (queue.users === 0) queues.delete(file);
    },
  };
}

/** Opens (and creates) the SQLite file of a `file:/abs/path` URL, in WAL mode so readers never wait for the writer. */
export async function openSqlite(url: string): Promise<Db> {
  const file = path.resolve(url.slice('file:'.length));
  mkdirSync(path.dirname(file), { recursive: true });
  const client = createClient({ url: `file:${file}`, timeout: BUSY_TIMEOUT_MS });
  const { serialised, release } = fileQueue(file);
  await serialised(() => client.execute('PRAGMA journal_mode = WAL'));
  const outside = executor((stmt) => serialised(() => client.execute(stmt)));

  return {
    dialect: 'sqlite',
    all: outside.all,
    run: outside.run,
    transaction<T>(fn: (tx: DbExecutor) => Promise<T>): Promise<T> {
      // BEGIN IMMEDIATE takes the write lock at once: the reads of `fn` (the audit chain's last hash) stay true until COMMIT.
      return serialised(async () => {
        const tx: Transaction = await client.transaction('write');
        try {
          const result = await fn(executor((stmt) => tx.execute(stmt)));
          await tx.commit();
          return result;
        } finally {
          tx.close();
        }
      });
    },
    async close() {
      await serialised(async () => client.close());
      release();
    },
  };
}
