// Two portal consoles on one PostgreSQL and Redis (e2e/env.ts): what one instance records, the other enforces and
// shows — the session, a new cluster's team, a personal access token and one audit chain.
import { DATACENTER_IDS } from '@/lib/sandbox/datacenters';
import { E2E } from '../env';
import { randomName } from '../helpers';
import { expect, test } from './fixtures';

const A = E2E.portal.consoleUrl;
const B = E2E.portal.consoleBUrl;
const unsafe = (origin: string) => ({ 'X-Console-CSRF': '1', Origin: origin, 'Content-Type': 'application/json' });

test.use({ portalUser: 'ben' });

test('a cluster created on one instance belongs to its team on the other, and both extend one audit chain', async ({
  page,
  playwright,
  cleanUpCluster,
}) => {
  const name = randomName('scale');
  const created = await page.request.post(`${A}/api/dataplatform/clusters?team=analytics`, {
    headers: unsafe(A),
    data: {
      properties: {
        name,
        dataPlatformVersion: '25.3',
        datacenterId: DATACENTER_IDS.frankfurt,
        maintenanceWindow: { dayOfTheWeek: 'Monday', time: '02:00:00' },
      },
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const clusterId = ((await created.json()) as { id: string }).id;
  cleanUpCluster(clusterId);

  // The same session cookie on instance B (cookies belong to the host, not the port; Redis holds revocations).
  const ownership = await page.request.get(`${B}/api/portal/ownership`);
  expect(ownership.status()).toBe(200);
  const rows = ((await ownership.json()) as { items: { clusterId: string; team: string; createdBy: { email: string } }[] }).items;
  expect(rows.find((row) => row.clusterId === clusterId)).toMatchObject({ team: 'analytics', createdBy: { email: 'ben@portal.test' } });

  // A token created on B downloads the kubeconfig through A.
  const tokenAnswer = await page.request.post(`${B}/api/portal/tokens`, { headers: unsafe(B), data: { name: 'scale-out', expiresInDays: 1 } });
  expect(tokenAnswer.status()).toBe(201);
  const { secret, token } = (await tokenAnswer.json()) as { secret: string; token: { id: string } };
  // A client without the browser's cookie: what a script or pipeline is.
  const request = await playwright.request.newContext({ storageState: { cookies: [], origins: [] } });
  const listed = await request.get(`${A}/api/v1/clusters`, { headers: { Authorization: `Bearer ${secret}` } });
  expect(listed.status()).toBe(200);
  expect(((await listed.json()) as { items: { id: string }[] }).items.map((item) => item.id)).toContain(clusterId);
  const revoked = await page.request.delete(`${A}/api/portal/tokens/${token.id}`, { headers: { 'X-Console-CSRF': '1', Origin: A } });
  expect(revoked.status()).toBe(200);
  expect((await request.get(`${B}/api/v1/clusters`, { headers: { Authorization: `Bearer ${secret}` } })).status()).toBe(401);
  await request.dispose();

  // One chain: both instances read the same entries (same hashes, same order), the create among them.
  type Entry = { seq: number; action: string; target: { id: string } | null; prevHash: string; hash: string };
  const audit = async (origin: string) =>
    ((await (await page.request.get(`${origin}/api/portal/audit?team=analytics&limit=200`)).json()) as { items: Entry[] }).items;
  const [fromA, fromB] = await Promise.all([audit(A), audit(B)]);
  expect(fromA.map((entry) => entry.hash)).toEqual(fromB.map((entry) => entry.hash));
  expect(fromA.find((entry) => entry.action === 'cluster.create' && entry.target?.id === clusterId)).toBeTruthy();
});
