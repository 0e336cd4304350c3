// The teams page (issue 12, platform admins): the teams file read-only, usage against quota, and clusters no team
// owns, assigned from here; the team's people see the cluster at once. Others are refused.
import { E2E } from '../env';
import { expectAccessible } from '../helpers';
import { expect, portalAuthFile, test } from './fixtures';
import { seedUnownedCluster } from './seed';

test.describe('a platform admin', () => {
  test.use({ portalUser: 'ada' });

  test('sees the teams file and usage, and assigns an unowned cluster to a team whose admin then sees it', async ({ page, browser }) => {
    // A journey of several pages, two axe runs each and a provisioned cluster: slow on a busy machine.
    test.slow();
    const cluster = await seedUnownedCluster(page.request, 'e2e-assign');
    try {
      await page.goto('/portal/teams');
      await expect(page.getByRole('heading', { level: 1, name: 'Teams' })).toBeVisible();
      const file = page.getByRole('region', { name: 'Teams file' });
      await expect(file.getByText('portal.yaml').first()).toBeVisible();
      await expect(file.getByRole('heading', { name: 'Analytics (analytics)' })).toBeVisible();
      await expect(file).toContainText('analytics-admins');
      await expect(file).toContainText('platform-admins');
      await file.getByText('The file as written').click();
      await expect(file.getByLabel('Contents of portal.yaml')).toContainText('retentionDays: 365');
      await expect(page.getByRole('region', { name: 'Usage and quotas' })).toContainText(/\d+ of 5 clusters/);

      const unowned = page.getByRole('table', { name: 'Clusters without a team' });
      const row = unowned.getByRole('row').filter({ hasText: cluster.name });
      await expect(row).toBeVisible();
      await expectAccessible(page, 'teams page');

      // Ben, admin of analytics, does not see the cluster before it is assigned.
      const ben = await browser.newContext({ storageState: portalAuthFile('ben'), baseURL: E2E.portal.consoleUrl });
      const benClusters = async () => (await ben.request.get('/api/dataplatform/clusters')).json() as Promise<{ items: { id: string }[] }>;
      expect((await benClusters()).items.map((item) => item.id)).not.toContain(cluster.id);

      await row.getByLabel(`Team for ${cluster.name}`).selectOption({ label: 'Analytics' });
      await row.getByRole('button', { name: 'Assign' }).click();
      const owned = page.getByRole('table', { name: 'Clusters of the teams' }).getByRole('row').filter({ hasText: cluster.name });
      await expect(owned).toContainText('Analytics');
      await expect(owned).toContainText('assigned by ada@portal.test');
      await expect(row).toHaveCount(0);

      const benPage = await ben.newPage();
      await benPage.goto('/clusters');
      await expect(benPage.getByRole('link', { name: cluster.name })).toBeVisible();

      // Moved to another team, it is gone from Ben's list.
      await owned.getByLabel(`Team for ${cluster.name}`).selectOption({ label: 'Streaming' });
      await owned.getByRole('button', { name: 'Move' }).click();
      await expect(owned).toContainText('Streaming');
      await expect.poll(async () => (await benClusters()).items.map((item) => item.id)).not.toContain(cluster.id);
      await ben.close();
    } finally {
      await cluster.remove();
    }
  });
});

test.describe('a member', () => {
  test.use({ portalUser: 'cy' });

  test('is refused the teams page and has no Teams in the navigation', async ({ page }) => {
    await page.goto('/portal/teams');
    await expect(page.getByRole('status').filter({ hasText: 'This page is for platform admins' })).toBeVisible();
    await expect(page.getByRole('table')).toHaveCount(0);
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Teams' })).toHaveCount(0);
    await expectAccessible(page, 'teams page of a member');
  });
});
