// Issue 14's findings on the cluster and node pool pages: the summary line with an upgrade, "Create a copy", tab
// titles and copyable IDs (m3, m12, clone), status sentences in words and said once (m7), the first estimate (m9),
// the node pool table that fits its card and scrolls with a cue (m1), the Add button in its place (m2), toasts that
// fit the page (m8), the operators' pool's wording (m11) and focus on arrival after a create.
import type { Page } from '@playwright/test';
import { STORAGE_KEYS } from '@/lib/browser/keys';
import { expect, test } from './fixtures';
import { expectAccessible, seedNodePool } from './helpers';

test.use({ signedInAs: 'member' });

const statusRegion = (page: Page) => page.getByRole('region', { name: 'Status' });
const poolsRegion = (page: Page) => page.getByRole('region', { name: 'Node pools' });
const messages = (page: Page) => page.getByRole('status', { name: 'Messages' });

const seedPool = (page: Page, clusterId: string, name: string) =>
  seedNodePool(page.request, clusterId, { name, nodeCount: 2, labels: { 'stackable.tech/role': 'worker' }, annotations: { note: 'batch jobs' } });

test('the header names version, data center and an available upgrade; copy, tab title and IDs', async ({ page, context, availableCluster }) => {
  // Several pages and axe in two colour schemes: on a loaded 2-core machine this takes longer than the default minute.
  test.slow();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const { id, name } = await availableCluster('e2e-ux-head', { properties: { dataPlatformVersion: '24.7' } });
  await page.goto(`/clusters/${id}`);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page).toHaveTitle(`${name} · Cluster · Data Platform console`);
  await expect(page.getByText('Data Platform 24.7', { exact: true })).toBeVisible();
  await expect(page.getByText(/^Data center analytics-fra/)).toBeVisible();
  await expect(page.getByText('Upgrade available: 25.3')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Create a copy' })).toHaveAttribute('href', `/clusters/new?copyOf=${id}`);
  await expect(poolsRegion(page)).toContainText('Across 1 node pool.');

  await page.getByRole('button', { name: 'Copy cluster ID' }).click();
  await expect(page.getByText('Copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(id);
  await expect(page.getByRole('button', { name: 'Copy data center ID' })).toBeVisible();
  await expectAccessible(page, 'cluster header with an upgrade');

  // The upgrade from the prominent line; its toast names the version and offers no link to this very page.
  await page.getByRole('button', { name: 'Upgrade to 25.3' }).click();
  const dialog = page.getByRole('dialog', { name: `Upgrade ${name}` });
  await dialog.getByRole('button', { name: 'Upgrade…' }).click();
  await dialog.getByRole('button', { name: 'Confirm upgrade to 25.3' }).click();
  await expect(dialog).toBeHidden();
  await expect(messages(page).getByText(`Cluster “${name}” upgraded to 25.3`)).toBeVisible({ timeout: 15_000 });
  await expect(messages(page).getByRole('link', { name: 'Open cluster' })).toHaveCount(0);
  await expect(page.getByText('Upgrade available: 25.3')).toHaveCount(0);
});

test('a cluster being created: one sentence in words, the typical duration, Add node pool at the right', async ({ page, cluster, sandbox }) => {
  const { id, name } = await cluster('e2e-ux-deploy');
  await sandbox.endChangeIn(id, null);
  await page.goto(`/clusters/${id}`);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(statusRegion(page)).toContainText('Deploying');
  await expect(page.getByText('The cluster is being created. You can change it once it is available.', { exact: true })).toHaveCount(1);
  await expect(page.getByText(/\((DEPLOYING|UPDATING)\)|once it is AVAILABLE/)).toHaveCount(0);
  await expect(statusRegion(page)).toContainText(/typically take about 20 s in the sandbox/);

  const section = poolsRegion(page);
  const add = section.getByRole('button', { name: 'Add node pool' });
  await expect(add).toBeDisabled();
  await expect(add).toHaveAccessibleDescription(/once it is available/);
  const [button, box] = [await add.boundingBox(), await section.boundingBox()];
  // At the heading's right edge (inside the 16 px padding), as the enabled link will be.
  expect(box!.x + box!.width - (button!.x + button!.width)).toBeLessThan(40);
  // The state badge's dot pulses while the platform works; axe waits for animations, so they are switched off.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await expectAccessible(page, 'cluster being created');
  await sandbox.endChangeIn(id, 0);
});

test('a deletion is said once, and the pools show as going with the cluster', async ({ page, availableCluster, sandbox }) => {
  const { id, name } = await availableCluster('e2e-ux-delete');
  await seedPool(page, id, 'workers');
  await page.goto(`/clusters/${id}`);
  const table = poolsRegion(page).getByRole('table', { name: 'Node pools' });
  await expect(table.getByRole('row').filter({ hasText: 'workers' })).toContainText('Available', { timeout: 15_000 });

  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `Delete ${name}` });
  await dialog.getByLabel(`Type ${name} to confirm`).fill(name);
  await dialog.getByRole('button', { name: 'Delete cluster' }).click();
  await expect(statusRegion(page)).toContainText('Destroying');
  await sandbox.endChangeIn(id, null);
  await expect(page.getByText('The cluster is being deleted.', { exact: true })).toHaveCount(1);
  await expect(page.getByText(/already being deleted/)).toHaveCount(0);
  for (const pool of ['workers', 'stackable-operators']) {
    await expect(table.getByRole('row').filter({ hasText: pool })).toContainText('Destroying');
  }
  await expect(poolsRegion(page).getByRole('button', { name: 'Add node pool' })).toHaveCount(0);
  await sandbox.endChangeIn(id, 0);
});

test('the node pool table fits its card on a laptop, and scrolls with a cue and a fixed name column when narrow', async ({
  page,
  availableCluster,
}) => {
  // Several pages and axe in two colour schemes: on a loaded 2-core machine this takes longer than the default minute.
  test.slow();
  const { id } = await availableCluster('e2e-ux-table');
  await seedPool(page, id, 'spark-executors-with-a-longer-name');
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(`/clusters/${id}`);
  const container = poolsRegion(page)
    .locator('[data-slot="table-container"]')
    .filter({ has: page.getByRole('table', { name: 'Node pools' }) });
  await expect(poolsRegion(page).getByRole('link', { name: 'spark-executors-with-a-longer-name' })).toBeVisible();
  const fits = () => container.evaluate((el) => el.scrollWidth <= el.clientWidth + 1);
  const widths = () =>
    container.evaluate(
      (el) =>
        `${el.scrollWidth} in ${el.clientWidth}: ${[...el.querySelectorAll('thead th')].map((th) => th.getBoundingClientRect().width).join(', ')}`,
    );
  expect(await fits(), await widths()).toBe(true);
  await expect(page.getByText('Scroll the table sideways for more columns.')).toHaveCount(0);

  await page.setViewportSize({ width: 700, height: 900 });
  await expect(page.getByText('Scroll the table sideways for more columns.')).toBeVisible();
  expect(await fits()).toBe(false);
  const nameHeader = poolsRegion(page).getByRole('columnheader', { name: 'Name' });
  expect(await nameHeader.evaluate((el) => getComputedStyle(el).position)).toBe('sticky');
  await expectAccessible(page, 'narrow node pool table');
});

test('node pool pages: tab title, a copy, the operators’ pool wording; focus and toast on arrival', async ({ page, availableCluster }) => {
  // Several pages and axe in two colour schemes: on a loaded 2-core machine this takes longer than the default minute.
  test.slow();
  const { id, name } = await availableCluster('e2e-ux-pool');
  const poolId = await seedPool(page, id, 'trino-workers');
  await page.goto(`/clusters/${id}/nodepools/${poolId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'trino-workers' })).toBeVisible();
  await expect(page).toHaveTitle('trino-workers · Node pool · Data Platform console');
  await expect(page.getByRole('link', { name: 'Create a copy' })).toHaveAttribute('href', `/clusters/${id}/nodepools/new?copyOf=${poolId}`);
  await expect(page.getByRole('button', { name: 'Copy node pool ID' })).toBeVisible();
  await expectAccessible(page, 'node pool page');

  await page.goto(`/clusters/${id}/nodepools`);
  await expect(page).toHaveTitle(`${name} · Node pools · Data Platform console`);
  await poolsRegion(page).getByRole('link', { name: 'stackable-operators' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'stackable-operators' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Create a copy' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Replace this pool' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Machine and storage' })).toContainText('they cannot be changed');
  await expect(page.getByRole('region', { name: 'Machine and storage' })).not.toContainText('replace the pool');

  // Arriving on the page of a cluster this browser just created (what the wizard's create records): focus is on
  // the heading, and the "ready" toast offers no link to the page the user is on.
  await page.evaluate(([key, entry]) => localStorage.setItem(key, JSON.stringify({ version: 1, items: [entry] })), [
    STORAGE_KEYS.watched,
    { id, action: 'create', at: Date.now(), name },
  ] as const);
  await page.goto(`/clusters/${id}`);
  await expect(page.getByRole('heading', { level: 1, name })).toBeFocused();
  await expect(messages(page).getByText(`Cluster “${name}” is ready`)).toBeVisible({ timeout: 15_000 });
  await expect(messages(page).getByRole('link', { name: 'Open cluster' })).toHaveCount(0);
});

test('a replacement’s step 2 deletes the old pool on the new pool’s page, without leaving it (m17)', async ({ page, availableCluster }) => {
  const { id } = await availableCluster('e2e-replace');
  const oldId = await seedNodePool(page.request, id, { name: 'workers', nodeCount: 1 }, { available: true });
  const newId = await seedNodePool(page.request, id, { name: 'workers-2', nodeCount: 1 }, { available: true });
  await page.goto(`/clusters/${id}/nodepools/${newId}?replaces=${oldId}`);
  const step2 = page.getByRole('status').filter({ hasText: 'Replacing “workers”, step 2 of 2' });
  await step2.getByRole('button', { name: 'Delete “workers”…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete workers' });
  await dialog.getByLabel('Type workers to confirm').fill('workers');
  await dialog.getByRole('button', { name: 'Delete node pool' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Replacement done' })).toBeVisible({ timeout: 20_000 });
  expect(new URL(page.url()).pathname).toBe(`/clusters/${id}/nodepools/${newId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'workers-2' })).toBeVisible();
});
