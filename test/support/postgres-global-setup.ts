// Vitest globalSetup (vitest.config.mts) for tests that need a real PostgreSQL: nothing starts here unless a test
// asks. Test files run in separate worker processes, so one server per run has to live in this main process: it
// serves a loopback control endpoint, and the first request (test/support/postgres.ts) starts the throwaway server
// of scripts/lib/postgres.mjs. Each request gets a new empty database, so test files running in parallel never see
// each other's rows. A run without PostgreSQL tests pays for an idle HTTP listener only.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type pg from 'pg';
import type { TestProject } from 'vitest/node';
import type { startPostgres } from '../../scripts/lib/postgres.mjs';
import { freePort } from './redis-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** POST here for a new database: 200 `{ url }`, or 500 `{ error }` (e.g. PostgreSQL is not installed). */
    postgresControl: string;
  }
}

type Running = { server: Awaited<ReturnType<typeof startPostgres>>; admin: pg.Client };

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let running: Promise<Running> | undefined;
  let databases = 0;

  const start = async (): Promise<Running> => {
    // Imported here: a run without PostgreSQL tests does not even load the driver.
    const [{ startPostgres }, { default: pgModule }] = await Promise.all([import('../../scripts/lib/postgres.mjs'), import('pg')]);
    const server = await startPostgres({ port: await freePort(), database: 'vitest' });
    const admin = new pgModule.Client({ connectionString: server.adminUrl });
    await admin.connect();
    return { server, admin };
  };

  const control = createServer((request, response) => {
    void (async () => {
      try {
        if (request.method !== 'POST') throw new Error('POST only.');
        // A failed start is remembered too: every test that asks fails with the same message, quickly.
        running ??= start();
        const { server, admin } = await running;
        const name = `test_${process.pid}_${++databases}`;
        await admin.query(`CREATE DATABASE ${name}`);
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ url: server.url.replace(/\/vitest$/, `/${name}`) }));
      } catch (error) {
        response
          .writeHead(500, { 'content-type': 'application/json' })
          .end(JSON.stringify({ error: error instanceof Error ? error.message : String(error) }));
      }
    })();
  });
  await new Promise<void>((resolve) => control.listen(0, '127.0.0.1', resolve));
  project.provide('postgresControl', `http://127.0.0.1:${(control.address() as AddressInfo).port}/databases`);

  return async () => {
    await new Promise<void>((resolve) => control.close(() => resolve()));
    const started = await running?.catch(() => undefined);
    if (!started) return;
    await started.admin.end().catch(() => undefined);
    await started.server.stop();
  };
}
