// M3 of issue 14: a cluster or node pool whose creation failed offers only what can work: delete, and create it
// again with the same settings (the wizard prefilled through copyOf). The sandbox fails anything named "…fail…".
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectAccessible, seedNodePool } from './helpers';

test.use({ signedInAs: 'member' });

const statusRegion = (page: Page) => page.getByRole('region', { name: 'Status' });

test('a failed cluster offers delete and "create again", and no edit, upgrade, pool or kubectl how-to', async ({ page, cluster }) => {
  // Several pages and axe in two colour schemes: on a loaded 2-core machine this takes longer than the default minute.
  test.slow();
  const { id, name } = await cluster('e2e-fail-m3');
  await page.goto(`/clusters/${id}`);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(statusRegion(page)).toContainText('Failed', { timeout: 15_000 });

  const again = page.getByRole('link', { name: 'Create again with the same settings' });
  await expect(again).toHaveAttribute('href', `/clusters/new?copyOf=${id}`);
  await expect(page.getByRole('button', { name: 'Delete', exact: true })).toBeEnabled();
  await expect(page.getByRole('link', { name: 'Edit', exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Edit', exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Upgrade', exact: true })).toHaveCount(0);
  // Said once, in words: no raw state names in the sentence.
  await expect(page.getByText(/Its creation failed, so the cluster cannot be changed/)).toHaveCount(1);

  const kubeconfig = page.getByRole('region', { name: 'Kubeconfig' });
  await expect(kubeconfig.getByRole('button', { name: 'Download kubeconfig' })).toBeDisabled();
  await expect(kubeconfig.getByRole('button', { name: 'Copy commands' })).toHaveCount(0);
  await expect(kubeconfig).not.toContainText('kubectl get pods');

  const pools = page.getByRole('region', { name: 'Node pools' });
  await expect(pools.getByText('Stackable operators').first()).toBeVisible();
  await expect(pools.getByRole('link', { name: 'Add node pool' })).toHaveCount(0);
  await expect(pools.getByRole('button', { name: 'Add node pool' })).toHaveCount(0);
  await expectAccessible(page, 'failed cluster');
});

test('a failed node pool offers delete and "create again", and no edit or replace', async ({ page, availableCluster }) => {
  // Several pages and axe in two colour schemes: on a loaded 2-core machine this takes longer than the default minute.
  test.slow();
  const { id: clusterId } = await availableCluster('e2e-pool-m3');
  const poolId = await seedNodePool(page.request, clusterId, { name: 'pool-fail', nodeCount: 1 });

  await page.goto(`/clusters/${clusterId}/nodepools/${poolId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'pool-fail' })).toBeVisible();
  await expect(page.getByText('Failed', { exact: true })).toBeVisible({ timeout: 15_000 });

  await expect(page.getByRole('link', { name: 'Create again with the same settings' })).toHaveAttribute(
    'href',
    `/clusters/${clusterId}/nodepools/new?copyOf=${poolId}`,
  );
  await expect(page.getByRole('button', { name: 'Delete', exact: true })).toBeEnabled();
  await expect(page.getByRole('link', { name: 'Edit', exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Edit', exact: true })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Replace this pool' })).toHaveCount(0);
  await expect(page.getByText(/Its creation failed, so the pool cannot be changed/)).toHaveCount(1);
  await expectAccessible(page, 'failed node pool');
});
