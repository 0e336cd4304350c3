// The clusters list for a newcomer (issue 14: m4, m5, m21, the row menu, the role and the owner filter): state counts,
// "problems first", page size and the pager above the table, all in the URL and without a request; a filter that also
// finds by id and data center; a keyboard menu per row; cards under 640 px. Each test looks only at its own clusters.
import type { Page } from '@playwright/test';
import { DATACENTER_IDS } from '@/lib/sandbox/datacenters';
import { E2E } from './env';
import { expect, test } from './fixtures';
import { basicAuth, clusterRow, expectAccessible, randomName, stateOf, watchListRequests, openClusterList } from './helpers';

const clustersTable = (page: Page) => page.getByRole('table', { name: 'Clusters' });
const clusterLink = (page: Page, name: string) => clustersTable(page).getByRole('link', { name, exact: true });
const filterInput = (page: Page) => page.getByLabel('Filter by name, ID or data center');
const sandboxCluster = (id: string) => `${E2E.sandboxUrl}/dataplatform/clusters/${id}`;

test.describe('as a member', () => {
  test.use({ signedInAs: 'member' });

  test('state counts, problems first, page size and the pager above the table work in the URL without a request', async ({
    page,
    request,
    cluster,
    sandbox,
  }) => {
    test.setTimeout(90_000);
    const tag = randomName('ux');
    const member = basicAuth(E2E.users.member);
    const ok = await Promise.all(Array.from({ length: 9 }, (_, i) => cluster(`${tag}-ok${i}`)));
    const broken = await cluster(`${tag}-fail`);
    const deploying = await cluster(`${tag}-dep`);
    await sandbox.endChangeIn(deploying.id, null);
    await Promise.all([...ok, broken].map((seeded) => sandbox.endChangeIn(seeded.id, 0)));
    for (const seeded of ok) await expect.poll(() => stateOf(request, sandboxCluster(seeded.id), member)).toBe('AVAILABLE');
    await expect.poll(() => stateOf(request, sandboxCluster(broken.id), member)).toBe('FAILED');

    await openClusterList(page, `/clusters?name=${tag}`);
    const counts = page.getByRole('group', { name: 'Clusters by state' });
    // Failed first, then the most frequent.
    await expect(counts).toHaveText('1 Failed·9 Available·1 Deploying');
    const requests = watchListRequests(page);

    await counts.getByRole('button', { name: '1 Failed' }).click();
    await expect(page).toHaveURL(new RegExp(`state=FAILED`));
    await expect(counts.getByRole('button', { name: '1 Failed' })).toHaveAttribute('aria-pressed', 'true');
    await expect(clustersTable(page).getByRole('rowheader')).toHaveText([broken.name]);
    await counts.getByRole('button', { name: '1 Failed' }).click();
    await expect(page).not.toHaveURL(/state=/);
    await expect(clustersTable(page).getByRole('rowheader')).toHaveCount(11);

    // By name the failed cluster comes after "-dep": problems first moves it to the top.
    await expect(clustersTable(page).getByRole('rowheader').first()).toHaveText(deploying.name);
    await page.getByRole('checkbox', { name: 'Problems first' }).check();
    await expect(page).toHaveURL(/order=problems/);
    await expect(clustersTable(page).getByRole('rowheader').first()).toHaveText(broken.name);

    await page.getByLabel('Rows per page').selectOption('10');
    await expect(page).toHaveURL(/size=10/);
    await expect(clustersTable(page).getByRole('rowheader')).toHaveCount(10);
    const topPager = page.getByRole('navigation', { name: 'Cluster pages, above the list' });
    await expect(topPager).toContainText('Page 1 of 2');
    await topPager.getByRole('button', { name: 'Next', exact: true }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(clustersTable(page).getByRole('rowheader')).toHaveCount(1);
    await expect(clustersTable(page)).toContainText('11–11 of 11 clusters');
    await page.goBack();
    await expect(clustersTable(page).getByRole('rowheader')).toHaveCount(10);

    requests.stop();
    expect(requests.seen).toEqual([]);
    // The held cluster's badge pulses while it deploys; axe waits for animations to end.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await expectAccessible(page, 'clusters list with state counts');
  });

  test('rows stay one line high with "Upgrade available", and "Created" says "You" instead of the own e-mail', async ({ page, availableCluster }) => {
    const tag = randomName('ux');
    const [old, current] = await Promise.all([
      availableCluster(`${tag}-old`, { properties: { dataPlatformVersion: '24.3' } }),
      availableCluster(`${tag}-new`),
    ]);
    await openClusterList(page, `/clusters?name=${tag}`);
    const oldRow = clusterRow(page, old.name);
    await expect(oldRow).toContainText('Upgrade available');
    const [withHint, without] = await Promise.all([oldRow.boundingBox(), clusterRow(page, current.name).boundingBox()]);
    expect(withHint?.height).toBeDefined();
    // The hint sits beside the version: the row is as high as one without it.
    expect(withHint!.height).toBeLessThanOrEqual(without!.height + 2);
    await expect(oldRow.getByRole('cell').nth(5)).toHaveText(/^You/);
    await expect(clustersTable(page)).not.toContainText(E2E.users.member.username);
  });

  test('the filter finds a cluster by its id, an id prefix, its data center name or location, at once', async ({ page, cluster }) => {
    const tag = randomName('ux');
    const [frankfurt, berlin] = await Promise.all([
      cluster(`${tag}-f`),
      cluster(`${tag}-b`, { properties: { datacenterId: DATACENTER_IDS.berlin } }),
    ]);
    await openClusterList(page, `/clusters?name=${tag}`);
    await expect(clusterLink(page, frankfurt.name)).toBeVisible();
    await expect(clusterLink(page, berlin.name)).toBeVisible();

    await filterInput(page).fill(berlin.id);
    await expect(clusterLink(page, berlin.name)).toBeVisible();
    await expect(clustersTable(page).getByRole('rowheader')).toHaveCount(1);
    await expect(page).toHaveURL(new RegExp(`name=${berlin.id}`));
    await page.reload();
    await expect(clustersTable(page).getByRole('rowheader')).toHaveText([berlin.name]);

    await filterInput(page).fill(frankfurt.id.slice(0, 13));
    await expect(clusterLink(page, frankfurt.name)).toBeVisible();
    await expect(clusterLink(page, berlin.name)).toHaveCount(0);

    // Location and data center name: every cluster in de/txl, mine among them, none in Frankfurt.
    for (const text of ['txl', 'streaming-txl']) {
      await filterInput(page).fill(text);
      await expect(clusterLink(page, berlin.name)).toBeVisible();
      await expect(clusterLink(page, frankfurt.name)).toHaveCount(0);
      await expect(clustersTable(page).getByRole('row').filter({ hasText: 'analytics-fra' })).toHaveCount(0);
    }
  });

  test('the row menu: keyboard, reasons for what the state does not allow, and the delete dialog', async ({
    page,
    cluster,
    availableCluster,
    sandbox,
    cleanUpCluster,
  }) => {
    const tag = randomName('ux');
    const ready = await availableCluster(`${tag}-ready`);
    const busy = await cluster(`${tag}-busy`);
    await sandbox.endChangeIn(busy.id, null);
    cleanUpCluster(busy.id);
    await openClusterList(page, `/clusters?name=${tag}`);

    const busyButton = clusterRow(page, busy.name).getByRole('button', { name: `Actions for ${busy.name}` });
    await expect(busyButton).toHaveAttribute('aria-haspopup', 'menu');
    await expect(busyButton).toHaveAttribute('aria-expanded', 'false');
    await busyButton.focus();
    await page.keyboard.press('ArrowDown');
    const menu = page.getByRole('menu', { name: `Actions for ${busy.name}` });
    await expect(busyButton).toHaveAttribute('aria-expanded', 'true');
    await expect(menu.getByRole('menuitem', { name: 'Open' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    const download = menu.getByRole('menuitem', { name: 'Download kubeconfig' });
    await expect(download).toBeFocused();
    await expect(download).toHaveAttribute('aria-disabled', 'true');
    await expect(download).toHaveAccessibleDescription(/exists once the cluster is provisioned/);
    await expect(menu.getByRole('menuitem', { name: 'Edit' })).toHaveAttribute('aria-disabled', 'true');
    await expect(menu.getByRole('menuitem', { name: 'Upgrade…' })).toHaveAttribute('aria-disabled', 'true');
    await page.keyboard.press('End');
    await expect(menu.getByRole('menuitem', { name: 'Delete…' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(menu.getByRole('menuitem', { name: 'Open' })).toBeFocused();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await expectAccessible(page, 'clusters list with a row menu open', ['light']);
    await page.keyboard.press('Escape');
    await expect(menu).toHaveCount(0);
    await expect(busyButton).toBeFocused();

    // An available cluster: Open leads to its page; Delete opens the detail page's dialog, and focus comes back.
    const readyButton = clusterRow(page, ready.name).getByRole('button', { name: `Actions for ${ready.name}` });
    await readyButton.click();
    const readyMenu = page.getByRole('menu', { name: `Actions for ${ready.name}` });
    await expect(readyMenu.getByRole('menuitem', { name: 'Download kubeconfig' })).not.toHaveAttribute('aria-disabled');
    await expect(readyMenu.getByRole('menuitem', { name: 'Edit' })).toHaveAttribute('href', `/clusters/${ready.id}/edit`);
    await readyMenu.getByRole('menuitem', { name: 'Delete…' }).click();
    const dialog = page.getByRole('dialog', { name: `Delete ${ready.name}` });
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(readyButton).toBeFocused();

    await readyButton.click();
    await readyMenu.getByRole('menuitem', { name: 'Delete…' }).click();
    await dialog.getByLabel(`Type ${ready.name} to confirm`).fill(ready.name);
    await dialog.getByRole('button', { name: 'Delete cluster' }).click();
    await expect(dialog).toBeHidden();
    await expect(clusterRow(page, ready.name)).toContainText('Destroying');

    await readyButton.click();
    await readyMenu.getByRole('menuitem', { name: 'Open' }).click();
    await expect(page).toHaveURL(`/clusters/${ready.id}`);
  });

  test('under 640 px the list shows cards with the same data and menu, and nothing scrolls sideways; only the shown layout is rendered', async ({
    page,
    availableCluster,
  }) => {
    const tag = randomName('ux');
    const seeded = await availableCluster(`${tag}-card`);
    await page.setViewportSize({ width: 390, height: 844 });
    await openClusterList(page, `/clusters?name=${tag}`);
    await expect(clustersTable(page)).toBeHidden();
    // Not merely hidden by CSS: once hydrated, the list renders only the layout that shows (in the DOM or not).
    const tableInDom = page.locator('[data-slot="table-container"]');
    const cardsInDom = page.locator('ul[aria-label="Clusters"]');
    await expect(tableInDom).toHaveCount(0);
    const cards = page.getByRole('list', { name: 'Clusters' });
    const card = cards.getByRole('listitem').filter({ has: page.getByRole('link', { name: seeded.name, exact: true }) });
    await expect(card).toContainText('Available');
    await expect(card).toContainText('analytics-fra');
    await expect(card).toContainText('You');
    await expect(card.getByText('Node pools')).toBeVisible();
    await card.getByRole('button', { name: `Actions for ${seeded.name}` }).click();
    await expect(page.getByRole('menu', { name: `Actions for ${seeded.name}` }).getByRole('menuitem', { name: 'Open' })).toBeFocused();
    await page.keyboard.press('Escape');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(page, 'clusters as cards at 390 px');

    await page.setViewportSize({ width: 1024, height: 800 });
    await expect(clusterLink(page, seeded.name)).toBeVisible();
    await expect(cards).toBeHidden();
    await expect(cardsInDom).toHaveCount(0);
    await expect(tableInDom).toHaveCount(1);
  });

  test('the header says the member is a member, and there is no owner filter', async ({ page }) => {
    await openClusterList(page, '/clusters');
    await expect(page.getByRole('banner').getByText('Member', { exact: true })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Owner' })).toHaveCount(0);
  });
});

test.describe('as the contract administrator', () => {
  test.use({ signedInAs: 'admin' });

  test('the header says so, and the owner filter keeps the own clusters, in the URL', async ({ page, cluster }) => {
    const tag = randomName('ux');
    const [mine, theirs] = await Promise.all([cluster(`${tag}-mine`), cluster(`${tag}-theirs`, { as: E2E.users.member })]);
    await openClusterList(page, `/clusters?name=${tag}`);
    await expect(page.getByRole('banner').getByText('Contract administrator')).toBeVisible();
    await expect(clusterLink(page, mine.name)).toBeVisible();
    await expect(clusterLink(page, theirs.name)).toBeVisible();
    await expect(clusterRow(page, theirs.name)).toContainText(E2E.users.member.username);
    await expect(clusterRow(page, mine.name)).not.toContainText(E2E.users.admin.username);

    const owner = page.getByRole('group', { name: 'Owner' });
    await owner.getByRole('radio', { name: 'Mine' }).check();
    await expect(page).toHaveURL(/owner=mine/);
    await expect(clustersTable(page).getByRole('rowheader')).toHaveText([mine.name]);
    await page.reload();
    await expect(owner.getByRole('radio', { name: 'Mine' })).toBeChecked();
    await expect(clustersTable(page).getByRole('rowheader')).toHaveText([mine.name]);
    await owner.getByRole('radio', { name: 'All' }).check();
    await expect(page).not.toHaveURL(/owner=/);
    await expect(clustersTable(page).getByRole('rowheader')).toHaveCount(2);
  });
});
