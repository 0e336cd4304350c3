// scripts/postgres-dev.mjs: the throwaway PostgreSQL of tests, e2e and CI.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { once } from 'node:events';
import pg from 'pg';
import { expect, it } from 'vitest';
import { findPostgresBin, startPostgres } from '@/scripts/lib/postgres.mjs';
import { freePort } from '@/test/support/redis-server';

it('finds Debian binaries under /usr/lib/postgresql/<version>/bin, and says to install postgresql when there are none', async () => {
  expect(findPostgresBin({ searchPath: '', debianRoot: '/usr/lib/postgresql' })).toMatch(/^\/usr\/lib\/postgresql\/\d+\/bin$/);
  expect(findPostgresBin({ searchPath: '/nonexistent', debianRoot: '/nonexistent' })).toBeNull();
  await expect(startPostgres({ port: 1, search: { searchPath: '', debianRoot: '/nonexistent' } })).rejects.toThrow(
    /not found.*install Debian's package: apt-get install -y postgresql/,
  );
});

it('runs in the foreground: prints the URL of a database that accepts connections, and deletes everything on SIGTERM', async () => {
  const port = await freePort();
  const child = spawn('node', ['scripts/postgres-dev.mjs', '--port', String(port), '--database', 'e2e'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const [line] = (await once(child.stdout!, 'data')) as [Buffer];
  const url = line.toString().trim();
  expect(url).toBe(`postgres://postgres@127.0.0.1:${port}/e2e`);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<{ db: string; dir: string }>('SELECT current_database() AS db, current_setting($1) AS dir', ['data_directory']);
  await client.end();
  expect(rows[0]!.db).toBe('e2e');
  expect(existsSync(rows[0]!.dir)).toBe(true);
  child.kill('SIGTERM');
  const [code] = (await once(child, 'exit')) as [number];
  expect(code).toBe(0);
  expect(existsSync(rows[0]!.dir)).toBe(false);
  await expect(new pg.Client({ connectionString: url }).connect()).rejects.toThrow();
});
