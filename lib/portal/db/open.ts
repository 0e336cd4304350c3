// Opens the portal's database from DATABASE_URL (as lib/server/config.ts normalised it) and brings its schema up to date.
import { migrate } from '@/lib/portal/db/migrations';
import { openPostgres } from '@/lib/portal/db/postgres';
import { openSqlite } from '@/lib/portal/db/sqlite';
import type { Db } from '@/lib/portal/db/types';

/** `file:/abs/path` (SQLite) or `postgres://…` / `postgresql://…`; migrated before it is returned. */
export async function openDb(url: string): Promise<Db> {
  let db: Db;
  if (url.startsWith('file:')) db = await openSqlite(url);
  else if (/^postgres(ql)?:\/\//.test(url)) db = await openPostgres(url);
  // Never echo the URL: a PostgreSQL URL may hold a password.
  else throw new Error('The portal database URL must start with file:, postgres:// or postgresql://.');
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
