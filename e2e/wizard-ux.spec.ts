// Issue 14, the wizards: "create a copy" (and "create again" for a FAILED cluster) prefills a wizard under a free
// name and never overwrites a draft unasked; one wizard shell (one step counter in the heading, focused on opening,
// Cancel left, Back/Next right); node pool size presets clamped to the CPU family; autoscaling bounds that clamp
// the count; the replacement's name; 24-hour times; route examples as hints; Cancel that asks before discarding.
import type { Page } from '@playwright/test';
import { E2E } from './env';
import { expect, test } from './fixtures';
import { basicAuth, expectAccessible, seedNodePool, randomName, stateOf } from './helpers';
import { STORAGE_KEYS } from '@/lib/browser/keys';

test.use({ signedInAs: 'admin', timezoneId: 'UTC' });

const admin = basicAuth(E2E.users.admin);
const next = (page: Page) => page.getByRole('button', { name: 'Next' }).click();
const requestBody = (page: Page) => page.getByRole('region', { name: 'Request body' });

/** Whether leaving the page now would make the browser ask (the form's beforeunload handler cancels the event). */
const asksBeforeUnload = (page: Page) =>
  page.evaluate(() => {
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  });

/** Cancel sits left of the step buttons. */
async function expectCancelLeftOfNext(page: Page) {
  const cancel = await page.getByRole('link', { name: 'Cancel' }).boundingBox();
  const nextButton = await page.getByRole('button', { name: 'Next' }).boundingBox();
  expect(cancel && nextButton && cancel.x < nextButton.x).toBe(true);
}

const seedPool = (page: Page, clusterId: string, properties: Record<string, unknown>) =>
  seedNodePool(page.request, clusterId, properties, { as: 'admin' });

test('a copy of a cluster opens on the review under a free name, and asks before replacing a draft', async ({ page, cluster }) => {
  // Several wizard visits and axe in two colour schemes: more than the default on a busy machine.
  test.setTimeout(120_000);
  const source = await cluster('e2e-copy', {
    properties: {
      maintenanceWindow: { dayOfTheWeek: 'Wednesday', time: '22:30:00' },
      lans: [{ lanId: '2', dhcp: false, routes: [{ network: '10.1.0.0/16', gateway: '10.0.0.1' }] }],
    },
  });
  // "<name>-copy" is taken: the copy counts on.
  await cluster('e2e-copy', { properties: { name: `${source.name}-copy` } });

  await page.goto(`/clusters/new?copyOf=${source.id}`);
  await expect(page).toHaveURL(/\/clusters\/new\?step=review$/, { timeout: 30_000 });
  await expect(page.getByRole('heading', { level: 2, name: 'Step 4 of 4: Review' })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: `Copied from cluster “${source.name}”` })).toContainText(`${source.name}-copy-2`);
  await expect(requestBody(page)).toContainText(`"name": "${source.name}-copy-2"`);
  await expect(requestBody(page)).toContainText('"dayOfTheWeek": "Wednesday"');
  await expect(requestBody(page)).toContainText('"gateway": "10.0.0.1"');
  await expect(requestBody(page)).toContainText('"dhcp": false');
  await expect(page.getByText('The platform adds one small node pool by itself, for the Stackable operators')).toBeVisible();
  await expectAccessible(page, 'copied cluster, review');

  // The copy is the draft now: a reload restores it without copying again.
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'What you entered earlier in this tab is back.' })).toBeVisible();
  await expect(requestBody(page)).toContainText(`"name": "${source.name}-copy-2"`);

  // A draft of one's own is not overwritten unasked: keep it once, replace it once.
  await page.getByRole('button', { name: 'Edit basics' }).click();
  await page.getByLabel('Cluster name').fill('my-own-draft');
  await page.goto(`/clusters/new?copyOf=${source.id}`);
  const ask = page.getByRole('alert').filter({ hasText: 'You have an unfinished cluster in this tab' });
  await ask.getByRole('button', { name: 'Keep my draft' }).click();
  await expect(page).not.toHaveURL(/copyOf/);
  await expect(page.getByLabel('Cluster name')).toHaveValue('my-own-draft');

  await page.goto(`/clusters/new?copyOf=${source.id}`);
  await ask.getByRole('button', { name: 'Replace it with the copy' }).click();
  await expect(page).toHaveURL(/step=review$/);
  await expect(requestBody(page)).toContainText(`"name": "${source.name}-copy-2"`);

  // Cancel asks, as it drops the draft; "Keep editing" stays.
  await page.getByRole('link', { name: 'Cancel' }).click();
  const discard = page.getByRole('dialog', { name: 'Discard what you entered?' });
  await expect(discard).toBeVisible();
  await expectAccessible(page, 'discard dialog');
  await discard.getByRole('button', { name: 'Keep editing' }).click();
  await expect(page).toHaveURL(/\/clusters\/new/);
  await page.getByRole('link', { name: 'Cancel' }).click();
  await discard.getByRole('button', { name: 'Discard and cancel' }).click();
  await expect(page).toHaveURL(/\/clusters$/);
  expect(await page.evaluate((key) => sessionStorage.getItem(key), STORAGE_KEYS.createClusterDraft)).toBeNull();
});

test('a FAILED cluster is created again with the same settings', async ({ page, cluster, cleanUpCluster }) => {
  const failed = await cluster('e2e-fail-again', { properties: { maintenanceWindow: { dayOfTheWeek: 'Friday', time: '03:15:00' } } });
  await expect.poll(() => stateOf(page.request, `${E2E.sandboxUrl}/dataplatform/clusters/${failed.id}`, admin), { timeout: 30_000 }).toBe('FAILED');

  await page.goto(`/clusters/new?copyOf=${failed.id}`);
  await expect(page.getByRole('heading', { level: 2, name: 'Step 4 of 4: Review' })).toBeVisible({ timeout: 30_000 });
  await expect(requestBody(page)).toContainText(`"name": "${failed.name}-copy"`);
  await expect(requestBody(page)).toContainText('"time": "03:15:00"');
  const created = page.waitForResponse((res) => res.url().endsWith('/api/dataplatform/clusters') && res.request().method() === 'POST');
  await page.getByRole('button', { name: 'Create cluster' }).click();
  const response = await created;
  expect(response.status()).toBe(201);
  cleanUpCluster(((await response.json()) as { id: string }).id);
});

test('the cluster wizard: focus on its heading, one counter, hints instead of placeholders, 24-hour times', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/clusters/new');
  // A cold load hydrates slowly on a busy machine: the wizard renders in the browser only.
  await expect(page.getByRole('heading', { level: 2, name: 'Step 1 of 4: Basics' })).toBeFocused({ timeout: 30_000 });
  await expect(page.getByText(/^Step \d of \d$/)).toHaveCount(0);
  await expectCancelLeftOfNext(page);
  // Nothing typed yet (the preselected version is the wizard's): Cancel and reload do not ask.
  await expect(page.getByLabel('Data Platform version')).toHaveValue('25.3');
  expect(await asksBeforeUnload(page)).toBe(false);

  await page.getByLabel('Cluster name').fill(randomName('e2e-wux'));
  expect(await asksBeforeUnload(page)).toBe(true);
  await next(page);
  await page.getByRole('radio', { name: /analytics-fra/ }).check();
  await page.getByRole('checkbox', { name: /^backend/ }).check();
  const backend = page.getByRole('group', { name: 'LAN backend' });
  await backend.getByRole('button', { name: 'Add route' }).click();
  const network = backend.getByLabel('Network (CIDR)');
  expect(await network.getAttribute('placeholder')).toBeNull();
  await expect(network).toHaveAccessibleDescription(/e\.g\. 10\.1\.0\.0\/16/);
  expect(await backend.getByLabel('Gateway').getAttribute('placeholder')).toBeNull();
  await network.fill('10.1.0.0/16');
  await backend.getByLabel('Gateway').fill('10.1.0.1');
  await next(page);

  await expect(page.getByRole('heading', { level: 2, name: 'Step 3 of 4: Maintenance' })).toBeFocused();
  await expect(page.getByText('In your time zone (UTC)', { exact: true })).toBeVisible();
  await expect(page.getByText('UTC, UTC')).toHaveCount(0);
  const start = page.getByLabel('Start time (UTC)');
  await expect(start).toHaveAttribute('type', 'text');
  await expect(start).toHaveValue('02:00');
  await start.fill('7:05');
  await expect(page.getByText('Sunday 07:05–11:05 UTC')).toBeVisible();
  await start.fill('25:00');
  await next(page);
  await expect(page.getByText('Enter a start time, e.g. 02:00.')).toBeVisible();
  await start.fill('23:30');
  await expectAccessible(page, 'maintenance, 24-hour start');
  await next(page);
  await expect(requestBody(page)).toContainText('"time": "23:30:00"');
});

test('the node pool wizard: same shell, size presets within the CPU family, clamped counts, copy and replace names', async ({
  page,
  availableCluster,
}) => {
  test.setTimeout(180_000);
  const { id: clusterId } = await availableCluster('e2e-wux-pools');
  const poolName = randomName('spark');
  const poolId = await seedPool(page, clusterId, { name: poolName, nodeCount: 2, coresCount: 6, ramSize: 12288, storageSize: 40 });

  await page.goto(`/clusters/${clusterId}/nodepools/new`);
  await expect(page.getByRole('heading', { level: 2, name: 'Step 1 of 6: Name and size' })).toBeFocused({ timeout: 30_000 });
  await expectCancelLeftOfNext(page);

  // A preset fills size, machine and storage in one click, and says what it did.
  await page.getByRole('radio', { name: 'Trino workers' }).check();
  await page.getByRole('button', { name: 'Use large Trino preset' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Trino large applied' })).toContainText(
    '5 nodes, each 16 cores, 128 GB RAM and 200 GB SSD',
  );
  await expect(page.getByLabel('Node count', { exact: true })).toHaveValue('5');
  await expectAccessible(page, 'node pool wizard, presets');
  await page.getByLabel('Node pool name').fill(randomName('trino'));
  await next(page);
  await expect(page.getByLabel('Cores per node')).toHaveValue('16');
  await expect(page.getByLabel('RAM per node (GB)')).toHaveValue('128');

  // With a family that allows less, the preset is lowered to its maximums.
  await page.getByLabel('CPU family').selectOption('INTEL_SKYLAKE');
  await page.getByRole('button', { name: 'Back' }).click();
  await page.getByRole('radio', { name: 'Trino workers' }).check();
  await page.getByRole('button', { name: 'Use large Trino preset' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Trino large applied' })).toContainText('RAM lowered to the most INTEL_SKYLAKE allows');
  await next(page);
  await expect(page.getByLabel('RAM per node (GB)')).toHaveValue('64');
  await next(page);
  await expect(page.getByLabel('Storage per node (GB)')).toHaveValue('200');
  await page.getByRole('button', { name: 'Back' }).click();
  await page.getByRole('button', { name: 'Back' }).click();

  // Autoscaling bounds move the count into the range.
  // Switching autoscaling on brings the preset's 5 nodes into the default 1–3.
  await page.getByRole('radio', { name: /^Autoscaling/ }).check();
  await expect(page.getByLabel('Node count', { exact: true })).toHaveValue('3');
  await page.getByLabel('Node count', { exact: true }).fill('5');
  await page.getByLabel('Maximum nodes').fill('4');
  await page.getByLabel('Maximum nodes').blur();
  await expect(page.getByLabel('Node count', { exact: true })).toHaveValue('4');
  await page.getByLabel('Node count', { exact: true }).fill('1');
  await page.getByLabel('Minimum nodes').fill('2');
  await page.getByLabel('Minimum nodes').blur();
  await expect(page.getByLabel('Node count', { exact: true })).toHaveValue('2');

  // A copy of a pool: the draft above is not overwritten unasked; the copy opens on the review.
  await page.goto(`/clusters/${clusterId}/nodepools/new?copyOf=${poolId}`);
  await page
    .getByRole('alert')
    .filter({ hasText: 'You have an unfinished node pool in this tab' })
    .getByRole('button', { name: 'Replace it with the copy' })
    .click();
  await expect(page.getByRole('heading', { level: 2, name: 'Step 6 of 6: Review' })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: `Copied from node pool “${poolName}”` })).toBeVisible();
  await expect(requestBody(page)).toContainText(`"name": "${poolName}-copy"`);
  await expect(requestBody(page)).toContainText('"coresCount": 6');
  await expect(requestBody(page)).toContainText('"ramSize": 12288');
  await expect(page).not.toHaveURL(/copyOf/);

  // Replacing: one step counter, and a name that counts on instead of a lasting "-new".
  await page.goto(`/clusters/${clusterId}/nodepools/new?replace=${poolId}`);
  await expect(page.getByRole('heading', { level: 2, name: 'Step 1 of 6: Name and size' })).toBeVisible();
  await expect(page.getByText(`Replacing node pool “${poolName}”`)).toBeVisible();
  await expect(page.getByText(/step 1 of 2/i)).toHaveCount(0);
  await expect(page.getByLabel('Node pool name')).toHaveValue(`${poolName}-2`);
  await expectAccessible(page, 'replace a node pool');
});
