// Live data across tabs on the pages of one cluster: with two tabs open, one of them polls (the leader) and the
// other gets its answers over the BroadcastChannel (lib/browser/polled-query.ts). The clusters list has the same
// test in cluster-list.spec.ts. Clusters are created through the BFF and deleted again in teardown.
import { expect, test, type Page } from '@playwright/test';
import { DATACENTER_IDS } from '@/lib/sandbox/datacenters';
import { E2E } from './env';
import { signIn } from './helpers';

const { member } = E2E.users;
const unsafeHeaders = { 'X-Console-CSRF': '1', Origin: E2E.consoleUrl };
const uniqueName = (prefix: string) => `${prefix}-${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;

let created: string[] = [];

test.afterEach(async ({ page }) => {
  for (const id of created) {
    await page.request.delete(`/api/dataplatform/clusters/${id}`, { headers: unsafeHeaders }).catch(() => undefined);
  }
  created = [];
});

async function apiState(page: Page, id: string): Promise<string | undefined> {
  const res = await page.request.get(`/api/dataplatform/clusters/${id}`);
  return res.ok() ? ((await res.json()) as { metadata: { state?: string } }).metadata.state : `HTTP ${res.status()}`;
}

/** An AVAILABLE cluster of the member's (polled slowly: every 30 s), with the id of its operators' node pool. */
async function availableCluster(page: Page, name: string): Promise<{ id: string; poolId: string }> {
  const res = await page.request.post('/api/dataplatform/clusters', {
    headers: unsafeHeaders,
    data: { properties: { name, datacenterId: DATACENTER_IDS.frankfurt } },
  });
  expect(res.status(), await res.text()).toBe(201);
  const { id } = (await res.json()) as { id: string };
  created.push(id);
  await expect.poll(() => apiState(page, id), { timeout: 15_000 }).toBe('AVAILABLE');
  const pools = (await (await page.request.get(`/api/dataplatform/clusters/${id}/nodepools`)).json()) as { items: { id: string }[] };
  return { id, poolId: pools.items[0]!.id };
}

/** Renames the cluster behind the console's back and waits until the platform is done. */
async function renameElsewhere(page: Page, id: string, to: string) {
  const res = await page.request.patch(`/api/dataplatform/clusters/${id}`, { headers: unsafeHeaders, data: { properties: { name: to } } });
  expect(res.status(), await res.text()).toBe(200);
  await expect.poll(() => apiState(page, id), { timeout: 15_000 }).toBe('AVAILABLE');
}

const PAGES = [
  {
    page: 'a cluster’s page',
    path: (id: string) => `/clusters/${id}`,
    showsName: (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true }),
  },
  {
    page: 'a cluster’s node pools',
    path: (id: string) => `/clusters/${id}/nodepools`,
    showsName: (page: Page, name: string) => page.getByRole('heading', { level: 1, name: `Node pools of ${name}`, exact: true }),
  },
  {
    page: 'a node pool’s page',
    path: (id: string, poolId: string) => `/clusters/${id}/nodepools/${poolId}`,
    showsName: (page: Page, name: string) => page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name, exact: true }),
  },
] as const;

for (const { page: where, path, showsName } of PAGES) {
  test(`with two tabs on ${where}, one polls and the other shows its data`, async ({ page }) => {
    test.setTimeout(120_000);
    // A fake clock (running at normal speed) lets the test jump to the next slow poll instead of waiting 30 s.
    await page.clock.install();
    await signIn(page, member);
    const name = uniqueName('e2e-tabs');
    const { id, poolId } = await availableCluster(page, name);
    const url = path(id, poolId);
    // First loads get more time than the default: a busy machine can take long to hydrate a fresh page.
    await page.goto(url);
    await expect(showsName(page, name)).toBeVisible({ timeout: 30_000 });
    const second = await page.context().newPage();
    await second.goto(url);
    await expect(showsName(second, name)).toBeVisible({ timeout: 30_000 });

    // Every read of this cluster's pages: the cluster, its node pools, a node pool.
    const requests = { first: 0, second: 0 };
    const isClusterRead = (url: string) => new URL(url).pathname.startsWith(`/api/dataplatform/clusters/${id}`);
    page.on('request', (req) => void (req.method() === 'GET' && isClusterRead(req.url()) && requests.first++));
    second.on('request', (req) => void (req.method() === 'GET' && isClusterRead(req.url()) && requests.second++));

    const renamed = `${name}-renamed`;
    await renameElsewhere(page, id, renamed);
    await page.clock.fastForward(31_000);
    // The older tab polled; the newer one got the answer over the BroadcastChannel.
    await expect(showsName(page, renamed)).toBeVisible();
    await expect(showsName(second, renamed)).toBeVisible();
    expect(requests.first).toBeGreaterThanOrEqual(1);
    expect(requests.second).toBe(0);
  });
}
