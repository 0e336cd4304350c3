// The portal's storage tests run against both databases: SQLite in a temp file and PostgreSQL (test/support/postgres.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDb } from '@/lib/portal/db/open';
import type { Db } from '@/lib/portal/db/types';
import { newPostgresDatabase } from './postgres';

export const DIALECTS = ['sqlite', 'postgres'] as const;
export type Dialect = (typeof DIALECTS)[number];

/** A URL of a new, empty database; `cleanUp` removes a SQLite file's directory. */
export async function newDatabaseUrl(dialect: Dialect): Promise<{ url: string; cleanUp: () => void }> {
  if (dialect === 'postgres') return { url: await newPostgresDatabase(), cleanUp: () => undefined };
  const dir = mkdtempSync(path.join(os.tmpdir(), 'portal-db-'));
  return { url: `file:${path.join(dir, 'portal.db')}`, cleanUp: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A migrated database of `dialect`; close() also deletes it (SQLite). */
export async function openTestDb(dialect: Dialect): Promise<Db> {
  const { url, cleanUp } = await newDatabaseUrl(dialect);
  const db = await openDb(url);
  return {
    ...db,
    dialect: db.dialect,
    async close() {
      await db.close();
      cleanUp();
    },
  };
}
