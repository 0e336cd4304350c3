// lib/server/portal/stores.ts: one set of stores per process, over DATABASE_URL, migrated by the first call.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { openDb } from '@/lib/portal/db/open';
import { sqlAuditStore } from '@/lib/portal/store/audit';
import { resetConfigForTests } from '@/lib/server/config';
import { portalStores, resetPortalStoresForTests } from '@/lib/server/portal/stores';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'portal-stores-'));
  vi.stubEnv('CONSOLE_AUTH', 'oidc');
  vi.stubEnv('NEXTAUTH_SECRET', 'x'.repeat(32));
  vi.stubEnv('DATABASE_URL', `file:${path.join(dir, 'sub', 'portal.db')}`);
  resetConfigForTests();
});
afterEach(async () => {
  await resetPortalStoresForTests();
  vi.unstubAllEnvs();
  resetConfigForTests();
  rmSync(dir, { recursive: true, force: true });
});

it('opens the database of DATABASE_URL once per process, migrated, and shares it between callers', async () => {
  const [first, second] = await Promise.all([portalStores(), portalStores()]);
  expect(second).toBe(first);
  expect(first.db.dialect).toBe('sqlite');
  await first.ownership.recordCreate('c1', 'analytics', { sub: 's', email: 'e@x' });
  expect(await (await portalStores()).ownership.get('c1')).toMatchObject({ team: 'analytics' });
  await first.audit.append({ actor: { sub: 's', email: 'e@x' }, team: null, action: 'signin', outcome: 'success' });
  expect(await first.audit.verify()).toMatchObject({ ok: true, entries: 1 });
});

it('opens again after a reset, and after a failed open', async () => {
  const first = await portalStores();
  await resetPortalStoresForTests();
  const again = await portalStores();
  expect(again).not.toBe(first);
  expect(await again.db.all('SELECT version FROM schema_migrations')).not.toEqual([]);
  await resetPortalStoresForTests();

  vi.stubEnv('DATABASE_URL', 'postgres://nobody@127.0.0.1:1/none');
  resetConfigForTests();
  await expect(portalStores()).rejects.toThrow();
  vi.stubEnv('DATABASE_URL', `file:${path.join(dir, 'portal.db')}`);
  resetConfigForTests();
  expect((await portalStores()).db.dialect).toBe('sqlite');
});

it("applies the teams file's audit retention (portal.yaml: 365 days) when it opens", async () => {
  const url = `file:${path.join(dir, 'sub', 'portal.db')}`;
  const db = await openDb(url);
  const day = 86_400_000;
  for (const age of [400, 366, 10]) {
    await sqlAuditStore(db, { now: () => new Date(Date.now() - age * day) }).append({
      actor: { sub: 's', email: 'e@x' },
      team: null,
      action: 'signin',
      outcome: 'success',
    });
  }
  await db.close();
  const { audit } = await portalStores();
  expect(await audit.verify()).toEqual({ ok: true, entries: 1, firstSeq: 3, lastSeq: 3 });
});

it('is for portal mode only', () => {
  vi.stubEnv('CONSOLE_AUTH', 'ionos');
  resetConfigForTests();
  expect(() => portalStores()).toThrow(/outside portal mode/);
});
