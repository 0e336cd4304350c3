// The console's search box (issue 14): from any page, "/" focuses it; it finds clusters and node pools by name, id,
// data center name or location, as an ARIA combobox grouped "Clusters" / "Node pools". Only the test's own resources
// are looked at: the sandbox is shared.
import type { APIRequestContext, Page } from '@playwright/test';
import { DATACENTER_IDS } from '@/lib/sandbox/datacenters';
import { expect, test } from './fixtures';
import { expectAccessible, listHydrated, seedNodePool, randomName } from './helpers';

test.use({ signedInAs: 'member' });

const searchBox = (page: Page) => page.getByRole('combobox', { name: 'Search clusters and node pools by name, ID or data center' });
const results = (page: Page) => page.getByRole('listbox', { name: 'Search results' });
const group = (page: Page, name: 'Clusters' | 'Node pools') => results(page).getByRole('group', { name });

const seed = (request: APIRequestContext, clusterId: string, name: string) => seedNodePool(request, clusterId, { name, nodeCount: 1 });

test('"/" focuses the search from any page; it finds clusters and node pools, and the keyboard opens one', async ({
  page,
  request,
  availableCluster,
}) => {
  const tag = randomName('find');
  const berlin = await availableCluster(`${tag}-c`, { properties: { datacenterId: DATACENTER_IDS.berlin } });
  const poolName = `${tag}-pool`;
  const poolId = await seed(request, berlin.id, poolName);
  // A page that reads no node pools itself: the search reads them only once something is typed.
  await page.goto('/clusters/new');
  // The wizard focuses its first step's heading once it is mounted: wait for that, so "/" is pressed after it.
  await expect(page.getByRole('heading', { level: 2, name: 'Step 1 of 4: Basics' })).toBeFocused();
  const poolReads: string[] = [];
  page.on('request', (req) => {
    if (/\/api\/dataplatform\/clusters\/[^/]+\/nodepools$/.test(new URL(req.url()).pathname)) poolReads.push(req.url());
  });

  await expect(searchBox(page)).toHaveAttribute('aria-keyshortcuts', '/');
  await page.locator('body').press('/');
  await expect(searchBox(page)).toBeFocused();
  await expect(searchBox(page)).toHaveValue('');
  expect(poolReads).toEqual([]);

  await page.keyboard.type(tag);
  await expect(searchBox(page)).toHaveAttribute('aria-expanded', 'true');
  await expect(group(page, 'Clusters').getByRole('option')).toHaveText([new RegExp(berlin.name)]);
  await expect(group(page, 'Node pools').getByRole('option')).toHaveText([new RegExp(`${poolName}.*In ${berlin.name}`)]);
  expect(poolReads.length).toBeGreaterThan(0);
  await expectAccessible(page, 'search results', ['light', 'dark']);

  await page.keyboard.press('ArrowDown');
  const first = group(page, 'Clusters').getByRole('option').first();
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await expect(searchBox(page)).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id')) ?? 'missing');
  await page.keyboard.press('ArrowDown');
  await expect(group(page, 'Node pools').getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`/clusters/${berlin.id}/nodepools/${poolId}`);
  await expect(searchBox(page)).toHaveValue('');

  // Escape closes the results; the next one empties the box.
  await searchBox(page).fill(berlin.id.slice(0, 8));
  await expect(group(page, 'Clusters').getByRole('option', { name: new RegExp(berlin.name) })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(searchBox(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(results(page)).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(searchBox(page)).toHaveValue('');
});

test('the search finds by id, data center name and location, and says when nothing matches', async ({ page, request, availableCluster }) => {
  const tag = randomName('find');
  const frankfurt = await availableCluster(`${tag}-fra`);
  const poolId = await seed(request, frankfurt.id, `${tag}-workers`);
  await page.goto('/clusters');

  await searchBox(page).fill(frankfurt.id);
  await expect(group(page, 'Clusters').getByRole('option')).toHaveText([new RegExp(frankfurt.name)]);
  await searchBox(page).fill(poolId);
  await expect(group(page, 'Node pools').getByRole('option')).toHaveText([new RegExp(`${tag}-workers`)]);
  await expect(group(page, 'Clusters')).toHaveCount(0);
  // A data center's name or location finds what is in it (the best few), with where it is.
  await searchBox(page).fill('analytics-fra');
  await expect(group(page, 'Clusters').getByRole('option').first()).toContainText('analytics-fra (de/fra)');
  await searchBox(page).fill('de/fra');
  await expect(group(page, 'Clusters').getByRole('option').first()).toContainText('de/fra');

  await searchBox(page).fill(`${tag}-nothing`);
  await expect(page.getByRole('status').filter({ hasText: `Nothing found for “${tag}-nothing”.` })).toBeAttached();
  await expect(page.getByText(`Nothing found for “${tag}-nothing”.`).first()).toBeVisible();

  // The option is a link: a click opens the cluster.
  await searchBox(page).fill(frankfurt.name);
  await group(page, 'Clusters')
    .getByRole('option', { name: new RegExp(frankfurt.name) })
    .click();
  await expect(page).toHaveURL(`/clusters/${frankfurt.id}`);
});

test('"/" typed in a field stays in the field', async ({ page }) => {
  await page.goto('/clusters');
  await listHydrated(page);
  const filter = page.getByLabel('Filter by name, ID or data center');
  await filter.click();
  await page.keyboard.type('a/');
  await expect(filter).toBeFocused();
  await expect(filter).toHaveValue('a/');
  await expect(searchBox(page)).not.toBeFocused();
});
