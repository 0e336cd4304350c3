import { afterEach, describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS, type Migration } from '@/lib/portal/db/migrations';
import { openDb } from '@/lib/portal/db/open';
import { toPostgresPlaceholders } from '@/lib/portal/db/postgres';
import type { Db } from '@/lib/portal/db/types';
import { DIALECTS, newDatabaseUrl } from '@/test/support/databases';

describe('toPostgresPlaceholders', () => {
  it('numbers the placeholders and leaves question marks in string literals', () => {
    expect(toPostgresPlaceholders("SELECT ? AS a, '?' AS b, ? AS c WHERE x = 'it''s ?'")).toBe(
      "SELECT $1 AS a, '?' AS b, $2 AS c WHERE x = 'it''s ?'",
    );
  });
});

it('MIGRATIONS are numbered 1, 2, 3… in order (a version is appended, never inserted)', () => {
  expect(MIGRATIONS.map((migration) => migration.version)).toEqual(MIGRATIONS.map((_, index) => index + 1));
});

it('openDb refuses other URLs without echoing them (they may hold a password)', async () => {
  await expect(openDb('mysql://user:secret@host/db')).rejects.toThrow(/must start with file:, postgres:\/\/ or postgresql:\/\//);
  await expect(openDb('mysql://user:secret@host/db')).rejects.not.toThrow(/secret/);
});

describe.each(DIALECTS)('the query layer on %s', (dialect) => {
  const open: Db[] = [];
  const cleanUps: (() => void)[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((db) => db.close()));
    cleanUps.splice(0).forEach((cleanUp) => cleanUp());
  });
  async function url(): Promise<string> {
    const created = await newDatabaseUrl(dialect);
    cleanUps.push(created.cleanUp);
    return created.url;
  }
  async function opened(databaseUrl: string): Promise<Db> {
    const db = await openDb(databaseUrl);
    open.push(db);
    return db;
  }

  it('migrates at open, once: a second open and a second migrate apply nothing', async () => {
    const databaseUrl = await url();
    const db = await opened(databaseUrl);
    expect(db.dialect).toBe(dialect);
    const versions = await db.all<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
    expect(versions.map((row) => Number(row.version))).toEqual(MIGRATIONS.map((migration) => migration.version));
    await opened(databaseUrl);
    expect(await migrate(db)).toEqual([]);
    expect(await db.all('SELECT version FROM schema_migrations')).toHaveLength(MIGRATIONS.length);
  });

  it('instances starting together apply each version once', async () => {
    const databaseUrl = await url();
    const dbs = await Promise.all(Array.from({ length: 4 }, () => opened(databaseUrl)));
    const rows = await dbs[0]!.all<{ version: number; n: number }>('SELECT version, COUNT(*) AS n FROM schema_migrations GROUP BY version');
    expect(rows.map((row) => [Number(row.version), Number(row.n)])).toEqual(MIGRATIONS.map((migration) => [migration.version, 1]));
  });

  it('applies a new version on a migrated database, and nothing of a version that fails', async () => {
    const db = await opened(await url());
    const next: Migration = { version: MIGRATIONS.length + 1, name: 'test', statements: ['CREATE TABLE extra (id TEXT PRIMARY KEY)'] };
    expect(await migrate(db, [...MIGRATIONS, next])).toEqual([next.version]);
    await db.run('INSERT INTO extra (id) VALUES (?)', ['x']);
    const broken: Migration = { version: next.version + 1, name: 'broken', statements: ['CREATE TABLE more (id TEXT)', 'THIS IS NOT SQL'] };
    await expect(migrate(db, [...MIGRATIONS, next, broken])).rejects.toThrow();
    expect(await db.all('SELECT version FROM schema_migrations WHERE version = ?', [broken.version])).toEqual([]);
    await expect(db.all('SELECT * FROM more')).rejects.toThrow();
  });

  it('runs parameters, counts changes and returns numbers for counts', async () => {
    const db = await opened(await url());
    await db.run('INSERT INTO cluster_ownership (cluster_id, team, created_at) VALUES (?, ?, ?), (?, ?, ?)', ['a', 't', 'x', 'b', 't', 'y']);
    expect(await db.run('UPDATE cluster_ownership SET team = ? WHERE team = ?', ['u', 't'])).toEqual({ changes: 2 });
    expect(await db.all('SELECT COUNT(*) AS n FROM cluster_ownership WHERE team = ?', ['u'])).toEqual([{ n: 2 }]);
  });

  it('rolls a transaction back when its function throws', async () => {
    const db = await opened(await url());
    await expect(
      db.transaction(async (tx) => {
        await tx.run('INSERT INTO cluster_ownership (cluster_id, team, created_at) VALUES (?, ?, ?)', ['a', 't', 'x']);
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    expect(await db.all('SELECT * FROM cluster_ownership')).toEqual([]);
  });

  it('serialises transactions of one lock across connections: read-then-write never loses an update', async () => {
    const databaseUrl = await url();
    const [a, b] = await Promise.all([opened(databaseUrl), opened(databaseUrl)]);
    await a.run('INSERT INTO cluster_ownership (cluster_id, team, created_at) VALUES (?, ?, ?)', ['counter', '0', 'x']);
    const increment = (db: Db) =>
      db.transaction(
        async (tx) => {
          const [row] = await tx.all<{ team: string }>('SELECT team FROM cluster_ownership WHERE cluster_id = ?', ['counter']);
          await new Promise((resolve) => setTimeout(resolve, 1));
          await tx.run('UPDATE cluster_ownership SET team = ? WHERE cluster_id = ?', [String(Number(row!.team) + 1), 'counter']);
        },
        { lock: 'test:counter' },
      );
    await Promise.all(Array.from({ length: 20 }, (_, index) => increment(index % 2 ? a : b)));
    expect(await a.all('SELECT team FROM cluster_ownership')).toEqual([{ team: '20' }]);
  });
});
