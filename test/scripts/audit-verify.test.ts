// npm run audit:verify, run as an operator would, against a SQLite file that is then tampered with.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openDb } from '@/lib/portal/db/open';
import type { Db } from '@/lib/portal/db/types';
import { sqlAuditStore } from '@/lib/portal/store/audit';

const dir = mkdtempSync(path.join(os.tmpdir(), 'audit-verify-'));
const url = `file:${path.join(dir, 'portal.db')}`;
let db: Db;

async function verify(): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)('npm', ['run', '-s', 'audit:verify'], { env: { ...process.env, DATABASE_URL: url } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

beforeAll(async () => {
  db = await openDb(url);
  const audit = sqlAuditStore(db);
  for (const action of ['signin', 'cluster.create', 'nodepool.scale', 'signout'] as const) {
    await audit.append({ actor: { sub: 's', email: 'cy@portal.test' }, team: 'analytics', action, outcome: 'success' });
  }
});
afterAll(async () => {
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

it('prints the entries checked and exits 0 on an intact chain, names the first broken entry and exits 1 otherwise', async () => {
  expect(await verify()).toEqual({ code: 0, stdout: 'audit chain OK: 4 entries (seq 1–4)\n', stderr: '' });
  await db.run("UPDATE audit_log SET outcome = 'refused' WHERE seq = 3");
  const broken = await verify();
  expect(broken.code).toBe(1);
  expect(broken.stderr).toMatch(/^audit chain BROKEN at seq 3: the hash does not match the content: a field was changed/);
}, 30_000);
