// The cluster detail journey: live provisioning, the kubeconfig with real kubectl, edit, upgrade, a concurrent
// change, delete, a failed cluster, someone else's cluster and axe. The member's clusters are seeded through the
// sandbox API and deleted after each test (e2e/fixtures.ts).
import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { SEED_IDS } from '@/lib/sandbox/seed';
import { E2E } from './env';
import { expect, test } from './fixtures';
import { expectAccessible, untilAvailable } from './helpers';

const KUBECTL = '/usr/bin/kubectl';
const unsafeHeaders = { 'X-Console-CSRF': '1', Origin: E2E.consoleUrl };

test.use({ signedInAs: 'member' });

const statusRegion = (page: Page) => page.getByRole('region', { name: 'Status' });
const timeline = (page: Page) => page.getByRole('list', { name: 'State changes seen by this page' });

test('a new cluster provisions live, and its kubeconfig downloads as YAML and JSON that kubectl accepts', async ({
  page,
  cluster,
  sandbox,
}, testInfo) => {
  const { id, name } = await cluster('e2e-live');
  // DEPLOYING until the page has shown it: on a slow machine the page's first read could come after provisioning.
  await sandbox.endChangeIn(id, null);
  await page.goto(`/clusters/${id}`);
  await page.evaluate(() => Object.assign(window, { __sameDocument: true }));

  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(timeline(page).getByRole('listitem').first()).toContainText('Deploying');
  await sandbox.endChangeIn(id, 1);
  await expect(statusRegion(page)).toContainText('Available', { timeout: 15_000 });
  await expect(timeline(page).getByRole('listitem')).toHaveText([/Deploying/, /Available/]);
  expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);

  // Properties and the node pool summary with the operators' pool marked.
  await expect(page.getByRole('region', { name: 'Properties' })).toContainText('analytics-fra');
  const pools = page.getByRole('region', { name: 'Node pools' });
  await expect(pools.getByRole('table', { name: 'Node pools' })).toContainText('Stackable operators');

  const kubeconfig = page.getByRole('region', { name: 'Kubeconfig' });
  await expect(kubeconfig).toContainText(`export KUBECONFIG=~/Downloads/${name}-kubeconfig.yaml`);
  await expect(kubeconfig).toContainText('kubectl get pods -n default');
  await expect(kubeconfig).toContainText('limited to the default namespace');

  for (const [button, format] of [
    ['Download kubeconfig', 'yaml'],
    ['Download as JSON', 'json'],
  ] as const) {
    const downloading = page.waitForEvent('download');
    await kubeconfig.getByRole('link', { name: button }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`${name}-kubeconfig.${format}`);
    const file = testInfo.outputPath(download.suggestedFilename());
    await download.saveAs(file);
    const output = execFileSync(KUBECTL, ['config', 'view', '--kubeconfig', file], { encoding: 'utf8' });
    expect(output).toContain(`server: https://${id}.dataplatform.sandbox.test:6443`);
  }
  await expect(kubeconfig.getByRole('status').filter({ hasText: 'Saved as' })).toHaveText(`Saved as ${name}-kubeconfig.json.`);

  const res = await page.request.get(`/api/dataplatform/clusters/${id}/kubeconfig?download=yaml`);
  expect(res.headers()['content-disposition']).toBe(`attachment; filename="${name}-kubeconfig.yaml"`);
  expect(res.headers()['cache-control']).toContain('no-store');
  expect(res.headers()['x-content-type-options']).toBe('nosniff');
});

test('rename, a new maintenance window and an upgrade, each watched from UPDATING to AVAILABLE', async ({ page, availableCluster }) => {
  const { id, name } = await availableCluster('e2e-edit', { properties: { dataPlatformVersion: '24.7' } });
  await page.goto(`/clusters/${id}`);
  await expect(statusRegion(page)).toContainText('Available');

  // A name another cluster of the contract has: the API's 409 lands on the field.
  await page.getByRole('link', { name: 'Edit', exact: true }).click();
  await page.getByLabel('Name', { exact: true }).fill('kafka-dev');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByLabel('Name', { exact: true })).toHaveAccessibleDescription(/A cluster named 'kafka-dev' already exists/);

  const renamed = `${name}-b`;
  await page.getByLabel('Name', { exact: true }).fill(renamed);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page).toHaveURL(new RegExp(`/clusters/${id}$`));
  await expect(page.getByRole('heading', { level: 1, name: renamed })).toBeVisible();
  await expect(statusRegion(page)).toContainText('Updating');
  await expect(statusRegion(page)).toContainText('Available', { timeout: 15_000 });

  await page.getByRole('link', { name: 'Edit', exact: true }).click();
  await page.getByLabel('Day (UTC)').selectOption('Friday');
  await page.getByLabel('Start time (UTC)').fill('04:30');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('region', { name: 'Properties' })).toContainText('Friday 04:30–08:30 UTC');
  // The rename was the first change this browser watched finish: now there is an estimate.
  await expect(statusRegion(page)).toContainText(/estimate from 1 earlier change|longer than the usual/);
  await expect(statusRegion(page)).toContainText('Available', { timeout: 15_000 });

  await page.getByRole('button', { name: 'Upgrade', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `Upgrade ${renamed}` });
  await dialog.getByLabel('Upgrade to version').selectOption('25.3');
  await dialog.getByRole('button', { name: 'Upgrade…' }).click();
  await expect(dialog).toContainText('from 24.7 to 25.3');
  await dialog.getByRole('button', { name: 'Confirm upgrade to 25.3' }).click();
  await expect(dialog).toBeHidden();
  await expect(statusRegion(page)).toContainText('Updating');
  await expect(page.getByRole('button', { name: 'Upgrade', exact: true })).toBeDisabled();
  await expect(statusRegion(page)).toContainText('Available', { timeout: 15_000 });
  await expect(page.getByRole('region', { name: 'Properties' })).toContainText('25.3');
  await expect(timeline(page).getByRole('listitem').filter({ hasText: 'Updating' })).not.toHaveCount(0);
});

test('a change made elsewhere while the form is open is shown, and the user decides', async ({ page, availableCluster }) => {
  const { id, name } = await availableCluster('e2e-race');

  const theirs = `${name}-theirs`;
  const mine = `${name}-mine`;
  const renameElsewhere = async (to: string) => {
    const res = await page.request.patch(`/api/dataplatform/clusters/${id}`, { headers: unsafeHeaders, data: { properties: { name: to } } });
    expect(res.status(), await res.text()).toBe(200);
    await untilAvailable(page.request, `/api/dataplatform/clusters/${id}`);
  };

  // First time: the user discards his edit and gets the current values.
  await page.goto(`/clusters/${id}/edit`);
  await page.getByLabel('Name', { exact: true }).fill(mine);
  await renameElsewhere(theirs);
  await page.getByRole('button', { name: 'Save changes' }).click();
  const changes = page.getByRole('table', { name: 'Concurrent changes' });
  await expect(changes.getByRole('row', { name: /Name/ })).toHaveText(new RegExp(`Name${name}${theirs}${mine}`));
  await page.getByRole('button', { name: 'Discard my edits and reload' }).click();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue(theirs);

  // Second time: the user overwrites.
  await page.getByLabel('Name', { exact: true }).fill(mine);
  await renameElsewhere(`${name}-again`);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(changes).toContainText(`${name}-again`);
  await page.getByRole('button', { name: 'Overwrite with my values' }).click();
  await expect(page.getByRole('heading', { level: 1, name: mine })).toBeVisible();
});

test('delete with the name typed: DESTROYING, then the page says it no longer exists and the list drops it', async ({
  page,
  availableCluster,
  sandbox,
}) => {
  const { id, name } = await availableCluster('e2e-delete');
  // DESTROYING until the page has shown it: the sandbox deletes in 2 s, less than a busy machine may take to look.
  await sandbox.endChangeIn(id, null);
  await page.goto(`/clusters/${id}`);

  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `Delete ${name}` });
  const confirm = dialog.getByRole('button', { name: 'Delete cluster' });
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel(`Type ${name} to confirm`).fill(name);
  await confirm.click();
  await expect(statusRegion(page)).toContainText('Destroying');
  await expect(page.getByRole('button', { name: 'Delete', exact: true })).toBeDisabled();
  await expect(page.getByText('The cluster is being deleted.', { exact: true })).toBeVisible();
  await sandbox.endChangeIn(id, 1);
  await expect(page.getByRole('heading', { level: 1, name: 'This cluster no longer exists' })).toBeVisible({ timeout: 15_000 });

  await page.getByRole('link', { name: 'Back to clusters' }).click();
  await expect(page.getByRole('table', { name: /clusters/i })).toBeVisible();
  await expect(page.getByRole('link', { name, exact: true })).toHaveCount(0);
});

test('a cluster whose creation fails shows FAILED, and the kubeconfig stays disabled with the reason', async ({ page, cluster }) => {
  const { id } = await cluster('e2e-fail');
  await page.goto(`/clusters/${id}`);
  await expect(statusRegion(page)).toContainText('Failed', { timeout: 15_000 });
  await expect(statusRegion(page)).toContainText('Provisioning failed');
  const download = page.getByRole('button', { name: 'Download kubeconfig' });
  await expect(download).toBeDisabled();
  await expect(download).toHaveAccessibleDescription(/never provisioned/);
});

test('a member opening an administrator’s cluster sees that it is not found', async ({ page }) => {
  await page.goto(`/clusters/${SEED_IDS.clusters.analyticsProd}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Cluster not found' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Back to clusters' })).toBeVisible();
  await expect(page.getByText('analytics-prod')).toHaveCount(0);
});

test('a kubeconfig download after the session ended leads to sign-in, not to a saved page', async ({ page }) => {
  await page.goto(`/clusters/${SEED_IDS.clusters.kafkaDev}`);
  await expect(page.getByRole('link', { name: 'Download kubeconfig' })).toBeVisible();
  await page.context().clearCookies();
  let downloaded = false;
  page.on('download', () => {
    downloaded = true;
  });
  await page.getByRole('link', { name: 'Download kubeconfig' }).click();
  await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
  expect(downloaded).toBe(false);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the detail and edit pages have no serious accessibility violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`/clusters/${SEED_IDS.clusters.lakehouseNet}`);
    await expect(page.getByRole('table', { name: 'Node pools' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Properties' })).toContainText('10.7.0.0/16 via 10.2.0.1');
    await expectAccessible(page, 'detail', [scheme]);

    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(page.getByRole('dialog', { name: 'Delete lakehouse-net' })).toBeVisible();
    await expectAccessible(page, 'delete dialog', [scheme]);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();

    await page.getByRole('link', { name: 'Edit', exact: true }).click();
    await expect(page.getByLabel('Name', { exact: true })).toHaveValue('lakehouse-net');
    await expectAccessible(page, 'edit page', [scheme]);
  });
}
