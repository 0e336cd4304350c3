// Portal mode (issue 12): the console's own screens offer each demo user only what their role allows, with the
// reason, and the BFF refuses the rest; the wizards know the team and its quota. Clusters of a team are created
// through the BFF (`?team=`) as a team admin, or through the wizard where it is the subject, and deleted after the
// test; the clean-up waits until they are gone, as a cluster counts against its team's quota until then.
import type { APIRequestContext } from '@playwright/test';
import { DATACENTER_IDS } from '@/lib/sandbox/datacenters';
import { E2E } from '../env';
import { basicAuth, clusterRow, expectAccessible, fillBasics, pickFrankfurt, randomName, stateOf, untilAvailable } from '../helpers';
import { expect, portalAuthFile, test as portalTest, type PortalUser } from './fixtures';

const unsafeHeaders = { 'X-Console-CSRF': '1', Origin: E2E.portal.consoleUrl };
const sandboxClusters = `${E2E.sandboxUrl}/dataplatform/clusters`;
// The portal's service credential (lib/server/config.ts) is the sandbox administrator: it owns what the portal creates.
const serviceAccount = basicAuth(E2E.users.admin);

// A page's first client-side reads (the ownership, the quota) on a machine that runs the whole suite on 2 cores.
const FIRST_READ = { timeout: 30_000 };

type TeamCluster = { id: string; name: string };

type RolesFixtures = {
  /** The BFF of portal console A as `user` (that user's portal session), for seeding and direct requests. */
  portalApi: (user: PortalUser) => Promise<APIRequestContext>;
  /** A cluster of `team` created through the BFF as `user` (a team or platform admin), AVAILABLE. */
  teamCluster: (user: PortalUser, team: string, prefix: string) => Promise<TeamCluster>;
  /** Deletes, after the test, a cluster the test created itself (the wizard), and waits until it is gone. */
  removeAfter: (id: string) => void;
};

const test = portalTest.extend<RolesFixtures>({
  portalApi: async ({ playwright }, provide) => {
    const contexts: APIRequestContext[] = [];
    await provide(async (user) => {
      const context = await playwright.request.newContext({ baseURL: E2E.portal.consoleUrl, storageState: portalAuthFile(user) });
      contexts.push(context);
      return context;
    });
    await Promise.all(contexts.map((context) => context.dispose()));
  },

  removeAfter: async ({ request }, provide) => {
    const ids = new Set<string>();
    await provide((id) => void ids.add(id));
    await Promise.all(
      [...ids].map(async (id) => {
        const res = await request.delete(`${sandboxClusters}/${id}`, { headers: serviceAccount });
        expect([200, 202, 404], await res.text()).toContain(res.status());
        // DESTROYING still counts against the team's quota: the next test must find it gone.
        await expect.poll(() => stateOf(request, `${sandboxClusters}/${id}`, serviceAccount), { timeout: 20_000 }).toBe('HTTP 404');
      }),
    );
  },

  teamCluster: async ({ request, portalApi, removeAfter }, provide) => {
    await provide(async (user, team, prefix) => {
      const api = await portalApi(user);
      const name = randomName(prefix);
      const res = await api.post(`/api/dataplatform/clusters?team=${team}`, {
        headers: unsafeHeaders,
        data: { properties: { name, datacenterId: DATACENTER_IDS.frankfurt } },
      });
      expect(res.status(), await res.text()).toBe(201);
      const { id } = (await res.json()) as { id: string };
      removeAfter(id);
      await untilAvailable(request, `${sandboxClusters}/${id}`, serviceAccount);
      return { id, name };
    });
  },
});

/** A small node pool (1 node, the contract's default machine) created through the BFF, AVAILABLE. */
async function seedPool(api: APIRequestContext, request: APIRequestContext, clusterId: string): Promise<string> {
  const res = await api.post(`/api/dataplatform/clusters/${clusterId}/nodepools`, {
    headers: unsafeHeaders,
    data: { properties: { name: randomName('workers'), nodeCount: 1 } },
  });
  expect(res.status(), await res.text()).toBe(201);
  const { id } = (await res.json()) as { id: string };
  await untilAvailable(request, `${sandboxClusters}/${clusterId}/nodepools/${id}`, serviceAccount);
  return id;
}

test.describe('a member of analytics (cy)', () => {
  test.use({ portalUser: 'cy' });

  test('scales a node pool, but its delete is disabled with the reason and the BFF refuses it', async ({ page, request, portalApi, teamCluster }) => {
    test.setTimeout(120_000);
    const cluster = await teamCluster('ben', 'analytics', 'e2e-member');
    const poolId = await seedPool(await portalApi('ben'), request, cluster.id);

    await page.goto(`/clusters/${cluster.id}`);
    await expect(page.getByText('Team Analytics')).toBeVisible(FIRST_READ);
    // Its creator as the portal knows him (upstream, the service account created it).
    await expect(page.getByRole('region', { name: 'Properties' })).toContainText(E2E.portal.users.ben.email);
    // The kubeconfig is a member's; changing the cluster is not.
    await expect(page.getByRole('link', { name: 'Download kubeconfig' })).toBeVisible();
    const deleteCluster = page.getByRole('button', { name: 'Delete', exact: true });
    await expect(deleteCluster).toBeDisabled();
    await expect(deleteCluster).toHaveAccessibleDescription(
      'To delete clusters and node pools of the team "analytics" you need the team admin role; you are member.',
    );
    await expect(page.getByRole('button', { name: 'Add node pool' })).toBeDisabled();
    // The wizard's address typed anyway: the refusal comes first, not after five steps.
    await page.goto(`/clusters/${cluster.id}/nodepools/new`);
    await expect(page.getByText('You cannot create node pools in this cluster')).toBeVisible(FIRST_READ);
    await expect(
      page.getByText(/To create clusters and node pools in the team "analytics" you need the team admin role; you are member\./),
    ).toBeVisible();

    await page.goto(`/clusters/${cluster.id}/nodepools/${poolId}`);
    const deletePool = page.getByRole('button', { name: 'Delete', exact: true });
    await expect(deletePool).toBeDisabled(FIRST_READ);
    await expect(deletePool).toHaveAccessibleDescription(/you need the team admin role; you are member\.$/);

    // The edit form offers a member the size only; the rest is read-only with the reason, and the quota left shows.
    await page.getByRole('link', { name: 'Edit', exact: true }).click();
    await expect(page.getByLabel('Day (UTC)')).toBeDisabled(FIRST_READ);
    await expect(page.getByText(/To edit clusters and node pools of the team "analytics" you need the team admin role/)).toBeVisible();
    await expect(page.getByText(/^Analytics has \d+ of 5 clusters, \d+ of 12 nodes/)).toBeVisible(FIRST_READ);
    await page.getByLabel('Node count', { exact: true }).fill('2');
    const patched = page.waitForResponse((res) => res.request().method() === 'PATCH' && res.url().endsWith(`/nodepools/${poolId}`));
    await page.getByRole('button', { name: 'Save changes' }).click();
    expect((await patched).status()).toBe(200);
    await expect(page).toHaveURL(new RegExp(`/nodepools/${poolId}$`));

    // What the page does not offer, the BFF refuses anyway.
    const refused = await page.request.delete(`/api/dataplatform/clusters/${cluster.id}/nodepools/${poolId}`, { headers: unsafeHeaders });
    expect(refused.status()).toBe(403);
    expect(await refused.text()).toContain('team admin');
    expect((await page.request.delete(`/api/dataplatform/clusters/${cluster.id}`, { headers: unsafeHeaders })).status()).toBe(403);
  });
});

test.describe('a viewer of streaming (dee)', () => {
  test.use({ portalUser: 'dee' });

  test('gets no kubeconfig and never sees another team’s cluster', async ({ page, teamCluster }) => {
    test.setTimeout(120_000);
    const streaming = await teamCluster('ada', 'streaming', 'e2e-viewer');
    const analytics = await teamCluster('ben', 'analytics', 'e2e-hidden');

    await page.goto('/clusters');
    await expect(clusterRow(page, streaming.name)).toContainText('Streaming', FIRST_READ);
    await expect(page.getByRole('link', { name: analytics.name })).toHaveCount(0);
    const create = page.getByRole('button', { name: 'Create cluster' });
    await expect(create).toBeDisabled();
    await expect(create).toHaveAccessibleDescription(/needs the team admin role in a team/);

    await page.getByRole('button', { name: `Actions for ${streaming.name}` }).click();
    const menuItem = page.getByRole('menuitem', { name: /^Download kubeconfig/ });
    await expect(menuItem).toHaveAttribute('aria-disabled', 'true');
    await expect(menuItem).toHaveAccessibleDescription(/you need the member role; you are viewer\.$/);
    await page.keyboard.press('Escape');

    await page.goto(`/clusters/${streaming.id}`);
    const download = page.getByRole('button', { name: 'Download kubeconfig' });
    await expect(download).toBeDisabled(FIRST_READ);
    await expect(download).toHaveAccessibleDescription('To download kubeconfigs of the team "streaming" you need the member role; you are viewer.');
    expect((await page.request.get(`/api/dataplatform/clusters/${streaming.id}/kubeconfig`)).status()).toBe(403);

    // Another team's cluster does not exist for her, on the page and in the BFF.
    await page.goto(`/clusters/${analytics.id}`);
    await expect(page.getByRole('heading', { name: 'Cluster not found' })).toBeVisible(FIRST_READ);
    expect((await page.request.get(`/api/dataplatform/clusters/${analytics.id}`)).status()).toBe(404);
  });
});

test.describe('a team admin of analytics (ben)', () => {
  test.use({ portalUser: 'ben' });

  test('creates a cluster for his team, sees the team, and a pool beyond the quota is refused with the limit named', async ({
    page,
    request,
    removeAfter,
  }) => {
    test.setTimeout(150_000);
    const name = randomName('e2e-team');
    await page.goto('/clusters/new');
    // His only team is preselected, with what is left of its quota.
    await expect(page.getByLabel('Team')).toHaveValue('analytics', FIRST_READ);
    await expect(page.getByText(/^Analytics has \d of 5 clusters, \d+ of 12 nodes/)).toBeVisible(FIRST_READ);
    await expectAccessible(page, 'portal cluster wizard, basics');
    await fillBasics(page, name);
    await pickFrankfurt(page);
    const basics = page.getByRole('region', { name: 'Basics' });
    await expect(basics.locator('dd').first()).toHaveText('Analytics');
    await expectAccessible(page, 'portal cluster wizard, review');

    const posted = page.waitForRequest((req) => req.method() === 'POST' && new URL(req.url()).pathname === '/api/dataplatform/clusters');
    await page.getByRole('button', { name: 'Create cluster' }).click();
    expect(new URL((await posted).url()).searchParams.get('team')).toBe('analytics');
    await expect(page).toHaveURL(/\/clusters\/[0-9a-f-]{36}$/);
    const id = new URL(page.url()).pathname.split('/').at(-1) ?? '';
    removeAfter(id);
    await expect(page.getByText('Team Analytics')).toBeVisible(FIRST_READ);

    await page.goto('/clusters');
    await expect(page.getByRole('columnheader', { name: 'Team' })).toBeVisible(FIRST_READ);
    await expect(clusterRow(page, name)).toContainText('Analytics', FIRST_READ);
    // Created by him, not by the service account the console calls IONOS with.
    await expect(clusterRow(page, name)).toContainText('You');
    await expectAccessible(page, 'portal cluster list');

    // A pool of 13 nodes cannot fit a quota of 12: the wizard says so before, the BFF refuses it, the input stays.
    await untilAvailable(request, `${sandboxClusters}/${id}`, serviceAccount);
    await page.goto(`/clusters/${id}/nodepools/new`);
    const poolName = randomName('big');
    await page.getByLabel('Node pool name').fill(poolName);
    await page.getByLabel('Node count', { exact: true }).fill('13');
    await expect(page.getByText(/quota of 12 nodes by \d+ nodes/)).toBeVisible();
    for (let step = 0; step < 5; step++) await page.getByRole('button', { name: 'Next' }).click();
    await expect(page).toHaveURL(/step=review/);
    await page.getByRole('button', { name: 'Create node pool' }).click();
    const banner = page.getByRole('alert').filter({ hasText: 'Over the team’s quota' });
    await expect(banner).toContainText(/This exceeds the "analytics" team's quota of 12 nodes by \d+ nodes/);
    await expect(page).toHaveURL(/step=review/);
    await page.getByRole('button', { name: 'Edit name and size' }).click();
    await expect(page.getByLabel('Node pool name')).toHaveValue(poolName);
    await expect(page.getByLabel('Node count', { exact: true })).toHaveValue('13');
  });
});

test.describe('a platform admin (ada)', () => {
  test.use({ portalUser: 'ada' });

  test('sees clusters no team owns as “Unowned”, leading to the Teams page', async ({ page, cluster }) => {
    // Created straight in the sandbox, as with the IONOS API outside the portal: no team owns it.
    const unowned = await cluster('e2e-unowned', { as: E2E.users.admin });
    await page.goto('/clusters');
    const owner = clusterRow(page, unowned.name).getByRole('link', { name: 'Unowned', exact: true });
    await expect(owner).toHaveAttribute('href', '/portal/teams', FIRST_READ);
    await expect(page.getByRole('list', { name: 'Your roles' })).toContainText('Platform admin');
  });
});
