// The upgrade assistant: the clusters behind the newest version in order, a run that upgrades two one after
// another with live progress, a failure that stops the run, and a cluster changed after it was selected (a
// conflict, nothing overwritten), and leaving mid-run. Other tests' clusters share the sandbox list: only rows of our own random names
// are looked at, and select-all is never used to start a run.
import type { Page } from '@playwright/test';
import { E2E } from './env';
import { expect, test, type SeedCluster } from './fixtures';
import { basicAuth, expectAccessible, stateOf, untilAvailable } from './helpers';

test.use({ signedInAs: 'member' });

const clustersUrl = `${E2E.sandboxUrl}/dataplatform/clusters`;
const member = basicAuth(E2E.users.member);

const table = (page: Page) => page.getByRole('table', { name: 'Clusters behind the newest version' });
const row = (page: Page, name: string) =>
  table(page)
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name, exact: true }) });
const progress = (page: Page) => page.getByRole('list', { name: 'Upgrades in order' });
const step = (page: Page, name: string) => progress(page).getByRole('listitem').filter({ hasText: name });

/** Records every status each progress item shows, in order, so a test sees states that last only a moment. */
async function recordStatuses(page: Page) {
  await page.evaluate(() => {
    const log: [string, string][] = [];
    const last = new Map<string, string>();
    const scan = () => {
      for (const item of document.querySelectorAll('ol[aria-label="Upgrades in order"] > li')) {
        const name = item.querySelector('span')?.textContent ?? '';
        const status = item.querySelector('[data-status]')?.textContent ?? '';
        if (last.get(name) !== status) {
          last.set(name, status);
          log.push([name, status]);
        }
      }
    };
    new MutationObserver(scan).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    Object.assign(window, { __statuses: log });
  });
  return () => page.evaluate(() => (window as unknown as { __statuses: [string, string][] }).__statuses);
}

async function select(page: Page, name: string) {
  await row(page, name)
    .getByRole('checkbox', { name: `Select ${name}` })
    .check();
}

/** Two clusters of ours on 24.3 and 24.11 (`first` is further behind, so it goes first), both selected on the page. */
async function openWithTwoSelected(page: Page, availableCluster: SeedCluster, prefix: string) {
  const [first, second] = await Promise.all([
    availableCluster(`${prefix}-a`, { properties: { dataPlatformVersion: '24.3' } }),
    availableCluster(`${prefix}-b`, { properties: { dataPlatformVersion: '24.11' } }),
  ]);
  await page.goto('/clusters/upgrades');
  await select(page, second.name);
  await select(page, first.name);
  return { first, second };
}

async function upgradeSelected(page: Page, count: number) {
  await page.getByRole('button', { name: 'Upgrade selected' }).click();
  await page.getByRole('button', { name: `Confirm: upgrade ${count} clusters` }).click();
}

test('lists the clusters behind, furthest first, with targets, maintenance and node pools; keyboard selection; axe', async ({
  page,
  availableCluster,
}) => {
  // Four seeded clusters and axe over the whole table in two schemes: slow on a machine shared by parallel tests.
  test.slow();
  const [close, oldest, middle, current] = await Promise.all([
    availableCluster('e2e-upg-close', { properties: { dataPlatformVersion: '24.11' } }),
    availableCluster('e2e-upg-oldest', { properties: { dataPlatformVersion: '24.3' } }),
    availableCluster('e2e-upg-middle', {
      properties: { dataPlatformVersion: '24.7', maintenanceWindow: { dayOfTheWeek: 'Wednesday', time: '22:00:00' } },
    }),
    availableCluster('e2e-upg-current', { properties: { dataPlatformVersion: '25.3' } }),
  ]);

  // A static segment: /clusters/[clusterId] with its id check does not take the page.
  await page.goto('/clusters/upgrades');
  await expect(page.getByRole('heading', { level: 1, name: 'Upgrade assistant' })).toBeVisible();
  // Its own entry in the main navigation is the current one, not "Clusters" whose path it is below.
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Upgrades' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: 'Clusters' })).not.toHaveAttribute('aria-current');
  // The first read can be slow while parallel tests load the machine.
  await expect(row(page, oldest.name)).toBeVisible({ timeout: 30_000 });
  await expect(row(page, current.name)).toHaveCount(0);

  const ours = [oldest.name, middle.name, close.name];
  const names = await table(page).getByRole('rowheader').allInnerTexts();
  expect(names.map((text) => ours.find((name) => text.includes(name))).filter(Boolean)).toEqual(ours);

  const oldestRow = row(page, oldest.name);
  await expect(oldestRow).toContainText('24.3');
  await expect(oldestRow).toContainText('Newest: 25.3');
  await expect(oldestRow).toContainText('3 versions');
  const target = oldestRow.getByRole('combobox', { name: `Upgrade ${oldest.name} to` });
  await expect(target).toHaveValue('25.3');
  await expect(target.getByRole('option')).toHaveText(['25.3', '24.11', '24.7']);
  await expect(oldestRow).toContainText('Next: ');
  await expect(oldestRow).toContainText('Sunday 02:00–06:00 UTC');
  await expect(oldestRow).toContainText('1 node pool');
  await expect(oldestRow).toContainText('stackable-operators');
  await expect(row(page, middle.name)).toContainText('2 versions');
  await expect(row(page, middle.name)).toContainText('Wednesday 22:00 – Thursday 02:00 UTC');
  await expect(row(page, close.name)).toContainText('1 version');
  await expect(row(page, close.name).getByRole('combobox')).toHaveValue('25.3');

  // Keyboard: the row checkbox and select-all toggle with Space.
  const box = oldestRow.getByRole('checkbox', { name: `Select ${oldest.name}` });
  await box.focus();
  await page.keyboard.press('Space');
  await expect(box).toBeChecked();
  await expect(page.getByText('1 cluster selected')).toBeVisible();
  // Select-all with one selected clears; then it selects every row (other tests' rows too: no run is started here).
  const all = page.getByRole('checkbox', { name: 'Select all clusters that can be upgraded' });
  await all.focus();
  await page.keyboard.press('Space');
  await expect(box).not.toBeChecked();
  await page.keyboard.press('Space');
  for (const name of ours) await expect(row(page, name).getByRole('checkbox', { name: `Select ${name}` })).toBeChecked();
  await page.keyboard.press('Space');
  for (const name of ours) await expect(row(page, name).getByRole('checkbox', { name: `Select ${name}` })).not.toBeChecked();
  await expect(all).not.toBeChecked();
  await expect(page.getByRole('button', { name: 'Upgrade selected' })).toBeDisabled();

  await expectAccessible(page, 'upgrade assistant');
});

test('upgrades two clusters one after another with live progress', async ({ page, availableCluster, request }) => {
  test.slow();
  const { first, second } = await openWithTwoSelected(page, availableCluster, 'e2e-upg-seq');
  // The first one goes to 24.11 instead of the newest.
  await row(page, first.name).getByRole('combobox').selectOption('24.11');
  const statuses = await recordStatuses(page);
  await upgradeSelected(page, 2);

  await expect(step(page, first.name)).toContainText('24.3 → 24.11');
  await expect(step(page, second.name)).toContainText('24.11 → 25.3');
  await expect(step(page, second.name)).toContainText('Done', { timeout: 30_000 });
  await expect(step(page, first.name)).toContainText('Done');
  await expect(page.getByRole('status').filter({ hasText: 'All 2 clusters were upgraded.' })).toBeVisible();

  const log = await statuses();
  const of = (name: string) => log.filter(([n]) => n === name).map(([, status]) => status);
  // The first may leave Waiting before the observer's first look.
  expect(of(first.name).filter((status) => status !== 'Waiting')).toEqual(['Upgrading', 'UPDATING…', 'Done']);
  expect(of(second.name)).toEqual(['Waiting', 'Upgrading', 'UPDATING…', 'Done']);
  // One after another: the second started only once the first was done.
  const firstDone = log.findIndex(([n, s]) => n === first.name && s === 'Done');
  const secondStarted = log.findIndex(([n, s]) => n === second.name && s === 'Upgrading');
  expect(firstDone).toBeLessThan(secondStarted);

  for (const [cluster, version] of [
    [first, '24.11'],
    [second, '25.3'],
  ] as const) {
    const res = await request.get(`${clustersUrl}/${cluster.id}`, { headers: member });
    expect(((await res.json()) as { metadata: { currentDataPlatformVersion: string } }).metadata.currentDataPlatformVersion).toBe(version);
  }
  await expectAccessible(page, 'upgrade progress');
});

test('a failed upgrade stops the run, says why, and the rest are not started', async ({ page, availableCluster, cluster, request }) => {
  test.slow();
  // The sandbox fails whatever has "fail" in its name: its creation, then its upgrade (a per-cluster fault).
  const failing = await cluster('e2e-upg-fail', { properties: { dataPlatformVersion: '24.7' } });
  const [ok, after] = await Promise.all([
    availableCluster('e2e-upg-ok', { properties: { dataPlatformVersion: '24.3' } }),
    availableCluster('e2e-upg-after', { properties: { dataPlatformVersion: '24.11' } }),
    expect.poll(() => stateOf(request, `${clustersUrl}/${failing.id}`, member), { timeout: 15_000 }).toBe('FAILED'),
  ]);

  await page.goto('/clusters/upgrades');
  for (const name of [after.name, failing.name, ok.name]) await select(page, name);
  await upgradeSelected(page, 3);

  await expect(step(page, failing.name)).toContainText('Failed', { timeout: 30_000 });
  await expect(step(page, failing.name)).toContainText('The platform reported Failed updating; the cluster runs 24.7.');
  await expect(step(page, ok.name)).toContainText('Done');
  await expect(step(page, after.name)).toContainText('Not started');
  const alert = page.getByRole('alert').filter({ hasText: 'The upgrades stopped' });
  await expect(alert).toContainText(`${failing.name}: The platform reported Failed updating`);
  await expect(alert).toContainText(`Not started: ${after.name}.`);
  expect(await stateOf(request, `${clustersUrl}/${after.id}`, member)).toBe('AVAILABLE');
});

test('a cluster changed after it was selected is reported as a conflict and not overwritten', async ({
  page,
  availableCluster,
  request,
  sandbox,
}) => {
  const { first: changed, second: untouched } = await openWithTwoSelected(page, availableCluster, 'e2e-upg-conflict');

  // Someone else upgrades it to 24.7 meanwhile.
  const res = await request.patch(`${clustersUrl}/${changed.id}`, { headers: member, data: { properties: { dataPlatformVersion: '24.7' } } });
  expect(res.status()).toBe(200);
  await sandbox.endChangeIn(changed.id, 0);
  await untilAvailable(request, `${clustersUrl}/${changed.id}`, member);

  await upgradeSelected(page, 2);
  await expect(step(page, changed.name)).toContainText('Conflict');
  await expect(step(page, changed.name)).toContainText('changed its Data Platform version (24.3 → 24.7) after you selected it');
  await expect(step(page, untouched.name)).toContainText('Not started');
  await expect(page.getByRole('alert').filter({ hasText: 'The upgrades stopped' })).toContainText(changed.name);

  const now = (await (await request.get(`${clustersUrl}/${changed.id}`, { headers: member })).json()) as {
    metadata: { state: string };
    properties: { dataPlatformVersion: string };
  };
  expect(now.properties.dataPlatformVersion).toBe('24.7');
  expect(now.metadata.state).toBe('AVAILABLE');
});

test('leaving mid-run: the browser is asked first, and a move inside the console says what was not started', async ({
  page,
  availableCluster,
  request,
}) => {
  test.slow();
  // Three, so that the last is surely not started when the page is left while the first upgrades.
  const [first, second, last] = await Promise.all([
    availableCluster('e2e-upg-leave-a', { properties: { dataPlatformVersion: '24.3' } }),
    availableCluster('e2e-upg-leave-b', { properties: { dataPlatformVersion: '24.7' } }),
    availableCluster('e2e-upg-leave-c', { properties: { dataPlatformVersion: '24.11' } }),
  ]);
  await page.goto('/clusters/upgrades');
  for (const { name } of [last, second, first]) await select(page, name);
  const cancelledUnload = () =>
    page.evaluate(() => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    });
  expect(await cancelledUnload()).toBe(false);
  await upgradeSelected(page, 3);
  await expect(step(page, first.name)).toContainText('UPDATING…');
  expect(await cancelledUnload()).toBe(true);

  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Clusters' }).click();
  await expect(page).toHaveURL(/\/clusters$/);
  const left = page.getByRole('listitem').filter({ hasText: 'The upgrade run was left' });
  await expect(left).toContainText(/goes on upgrading on the platform\. Not started: .+/);
  await expect(left).toContainText(new RegExp(`Not started: .*${last.name}\\.`));
  const res = await request.get(`${clustersUrl}/${last.id}`, { headers: member });
  expect(((await res.json()) as { properties: { dataPlatformVersion: string } }).properties.dataPlatformVersion).toBe('24.11');
});
