// The node pool journey: a pool with autoscaling, labels and annotations (through the Kubernetes-rule checks),
// live provisioning, scaling (its toast seen from the clusters list), autoscaling off, label edits, a concurrent
// change, deletion, the cluster's totals all along, and axe on the list, wizard and edit pages. The cluster is
// seeded through the sandbox API and deleted after the test (e2e/fixtures.ts).
import type { Locator, Page } from '@playwright/test';
import { E2E } from './env';
import { expect, test } from './fixtures';
import { expectAccessible, randomName, untilAvailable } from './helpers';

const unsafeHeaders = { 'X-Console-CSRF': '1', 'Content-Type': 'application/json', Origin: E2E.consoleUrl };

test.use({ signedInAs: 'admin' });

const poolRow = (page: Page, name: string) =>
  page
    .getByRole('table', { name: 'Node pools' })
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name, exact: true }) });

function totalsRow(page: Page, label: string): Locator {
  return page
    .getByRole('table', { name: 'Cluster totals' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: label, exact: true }) });
}

/** The pool page's state badge says AVAILABLE, without a reload. */
async function expectAvailable(page: Page) {
  await expect(page.getByText('Available', { exact: true })).toBeVisible({ timeout: 15_000 });
}

async function openEdit(page: Page) {
  await expectAvailable(page);
  await page.getByRole('link', { name: 'Edit', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Edit / })).toBeVisible();
}

async function save(page: Page) {
  const patched = page.waitForResponse((r) => r.request().method() === 'PATCH' && /\/nodepools\//.test(r.url()));
  await page.getByRole('button', { name: 'Save changes' }).click();
  expect((await patched).status()).toBe(200);
  await expect(page).toHaveURL(/\/nodepools\/[0-9a-f-]+$/);
}

test('a node pool from the wizard to its deletion, with the cluster’s totals following', async ({ page, availableCluster }) => {
  test.setTimeout(180_000);
  const { id: cluster } = await availableCluster('e2e-pools');
  const pool = randomName('trino');

  // The list: the operators' pool that comes with the cluster, marked, and the totals.
  await page.goto(`/clusters/${cluster}/nodepools`);
  await expect(poolRow(page, 'stackable-operators')).toContainText('Stackable operators');
  await expect(totalsRow(page, 'Now').getByRole('cell')).toHaveText(['1', '2', '4 GB', '20 GB']);
  await expectAccessible(page, 'node pool list');

  // Step 1: name and size, with autoscaling.
  await page.getByRole('link', { name: 'Add node pool' }).click();
  await expect(page.getByRole('heading', { name: 'Step 1 of 6: Name and size' })).toBeVisible();
  await page.getByLabel('Node pool name').fill(pool);
  await page.getByRole('radio', { name: /^Autoscaling/ }).check();
  await page.getByLabel('Node count', { exact: true }).fill('2');
  await page.getByLabel('Minimum nodes').fill('3');
  // A raised minimum moves the count into the range (issue 14, m18); a count typed outside it is still refused.
  await page.getByLabel('Minimum nodes').blur();
  await expect(page.getByLabel('Node count', { exact: true })).toHaveValue('3');
  await page.getByLabel('Minimum nodes').fill('1');
  await page.getByLabel('Node count', { exact: true }).fill('4');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('With autoscaling, the node count must be between the minimum (1) and the maximum (3).')).toBeVisible();
  await page.getByLabel('Node count', { exact: true }).fill('2');
  await expect(page.getByText(/With autoscaling, the node count must be between/)).toHaveCount(0);
  await expectAccessible(page, 'wizard, name and size');
  await page.getByRole('button', { name: 'Next' }).click();

  // Step 2: machine. The cores limit of the family is checked before anything is sent.
  await expect(page).toHaveURL(/step=machine/);
  await page.getByLabel('CPU family').selectOption('INTEL_SKYLAKE');
  await page.getByLabel('Cores per node').fill('17');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('INTEL_SKYLAKE allows at most 16 cores per node.')).toBeVisible();
  await page.getByLabel('Cores per node').fill('4');
  await page.getByLabel('RAM per node (GB)').fill('8');
  await page.getByRole('button', { name: 'Next' }).click();

  // Steps 3 and 4: the contract's and the cluster's defaults.
  await expect(page.getByRole('heading', { name: 'Step 3 of 6: Storage' })).toBeVisible();
  await expect(page.getByRole('radio', { name: /^SSD/ })).toBeChecked();
  await expect(page.getByLabel('Storage per node (GB)')).toHaveValue('20');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByLabel('Day (UTC)')).toHaveValue('Sunday');
  await page.getByRole('button', { name: 'Next' }).click();

  // Step 5: labels and annotations, checked as typed.
  await expect(page.getByRole('heading', { name: 'Step 5 of 6: Labels and annotations' })).toBeVisible();
  await page.getByRole('button', { name: 'Add a label' }).click();
  await page.getByLabel('Key of label 1').fill('team-');
  await expect(page.getByText('The key must start and end with a letter or digit.')).toBeVisible();
  await page.getByLabel('Key of label 1').fill('team');
  await page.getByLabel('Value of label 1').fill('data');
  await page.getByRole('button', { name: 'Add a label' }).click();
  await page.getByLabel('Key of label 2').fill('team');
  await expect(page.getByText('The key “team” is already used in row 1; each key appears once.')).toBeVisible();
  await page.getByLabel('Key of label 2').fill('example.com/tier');
  await page.getByLabel('Value of label 2').fill('gold!');
  await expect(page.getByText(/A label value may use only letters, digits/)).toBeVisible();
  await page.getByLabel('Value of label 2').fill('gold');
  await page.getByRole('button', { name: 'Add an annotation' }).click();
  await page.getByLabel('Key of annotation 1').fill('example.com/owner');
  await page.getByLabel('Value of annotation 1').fill('Team A: data platform');
  await expectAccessible(page, 'wizard, labels and annotations');

  // Nothing typed is lost on a reload.
  await page.reload();
  await expect(page.getByLabel('Key of label 2')).toHaveValue('example.com/tier');
  await expect(page.getByLabel('Value of annotation 1')).toHaveValue('Team A: data platform');
  await page.getByRole('button', { name: 'Next' }).click();

  // Step 6: review, totals and the exact body.
  await expect(page.getByRole('heading', { name: 'Step 6 of 6: Review' })).toBeVisible();
  const body = page.getByRole('region', { name: 'Request body' });
  await expect(body).toContainText('"ramSize": 8192');
  await expect(body).toContainText('"maxNodeCount": 3');
  await expect(body).toContainText('"example.com/tier": "gold"');
  await expect(page.getByRole('table', { name: 'Totals of this pool' })).toContainText('3 × 4 = 12');
  await expectAccessible(page, 'wizard, review');
  const posted = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/nodepools'));
  await page.getByRole('button', { name: 'Create node pool' }).click();
  expect((await posted).status()).toBe(201);

  // The pool page: DEPLOYING, then AVAILABLE without a reload, and a toast.
  await expect(page.getByRole('heading', { level: 1, name: pool })).toBeVisible();
  await expectAvailable(page);
  await expect(page.getByRole('status').filter({ hasText: `Node pool “${pool}” is ready` })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Labels' })).toContainText('example.com/tier');

  // Totals now and at the autoscaling maximum.
  await page.goto(`/clusters/${cluster}/nodepools`);
  await expect(poolRow(page, pool)).toContainText('2 nodes, autoscaling 1–3');
  await expect(totalsRow(page, 'Now').getByRole('cell')).toHaveText(['3', '10', '20 GB', '60 GB']);
  await expect(totalsRow(page, 'At autoscaling maximum').getByRole('cell')).toHaveText(['4', '14', '28 GB', '80 GB']);
  await poolRow(page, pool).getByRole('link', { name: pool }).click();
  await expect(page.getByRole('heading', { level: 1, name: pool })).toBeVisible();

  // Scale: 3 nodes within new bounds 1–5; the preview shows it before it is sent.
  await openEdit(page);
  await expect(page.getByRole('region', { name: 'Machine and storage (cannot be changed)' })).toContainText('INTEL_SKYLAKE');
  await page.getByLabel('Maximum nodes').fill('5');
  await page.getByLabel('Node count', { exact: true }).fill('3');
  const preview = page.getByRole('region', { name: 'What will change' });
  await expect(preview).toContainText('2 nodes → 3 nodes');
  await expect(preview).toContainText('On, 1–3 nodes → On, 1–5 nodes');
  await expectAccessible(page, 'edit page');
  await save(page);
  // The watch is the console's, not the pool pages': its toast also shows on the clusters list, and leads back.
  await page.goto('/clusters');
  const messages = page.getByRole('status', { name: 'Messages' });
  await expect(messages.getByText(`Changes to node pool “${pool}” are done`)).toBeVisible({ timeout: 15_000 });
  await messages.getByRole('link', { name: 'Open node pool' }).click();
  await expect(page.getByRole('heading', { level: 1, name: pool })).toBeVisible();
  await expectAvailable(page);
  await expect(page.getByRole('region', { name: 'Size' })).toContainText('3 nodes, autoscaling 1–5');

  // Autoscaling off.
  await openEdit(page);
  await page.getByRole('radio', { name: /^Fixed node count/ }).check();
  await expect(preview).toContainText('On, 1–5 nodes → Off');
  await save(page);
  await expectAvailable(page);
  await expect(page.getByRole('region', { name: 'Size' }).getByText('3 nodes', { exact: true })).toBeVisible();

  // Labels: the whole map is replaced, and the preview says which keys change.
  await openEdit(page);
  await page.getByLabel('Value of label 1').fill('ml');
  await page.getByRole('button', { name: 'Remove label 2' }).click();
  await expect(preview).toContainText('Changes team: “data” → “ml”');
  await expect(preview).toContainText('Removes example.com/tier');
  await save(page);
  await expectAvailable(page);
  await expect(page.getByRole('region', { name: 'Labels' })).not.toContainText('example.com/tier');

  // A concurrent change to the labels while the form is open is detected through the ETag.
  await openEdit(page);
  const poolPath = new URL(page.url()).pathname.replace(/^\/clusters/, '/api/dataplatform/clusters').replace(/\/edit$/, '');
  const other = await page.request.patch(poolPath, { headers: unsafeHeaders, data: { properties: { labels: { team: 'someone-else' } } } });
  expect(other.status(), await other.text()).toBe(200);
  await untilAvailable(page.request, poolPath);
  await page.getByLabel('Value of label 1').fill('ml2');
  await page.getByRole('button', { name: 'Save changes' }).click();
  const conflict = page.getByRole('alert').filter({ hasText: 'This node pool was changed after you opened the form' });
  await expect(conflict).toBeVisible();
  await expect(conflict.getByRole('table', { name: 'Concurrent changes' })).toContainText('team=someone-else');
  const overwritten = page.waitForResponse((r) => r.request().method() === 'PATCH' && /\/nodepools\//.test(r.url()));
  await conflict.getByRole('button', { name: 'Overwrite with my values' }).click();
  expect((await overwritten).status()).toBe(200);
  await expect(page).toHaveURL(/\/nodepools\/[0-9a-f-]+$/);
  await expect(page.getByRole('region', { name: 'Labels' })).toContainText('ml2');

  // Delete: type the name, DESTROYING, then gone from the list, and the totals follow.
  await expectAvailable(page);
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `Delete ${pool}` });
  await dialog.getByLabel(`Type ${pool} to confirm`).fill(pool);
  await dialog.getByRole('button', { name: 'Delete node pool' }).click();
  await expect(page).toHaveURL(new RegExp(`/clusters/${cluster}/nodepools$`));
  await expect(poolRow(page, pool)).toHaveCount(0, { timeout: 15_000 });
  await expect(totalsRow(page, 'Now').getByRole('cell')).toHaveText(['1', '2', '4 GB', '20 GB']);
});
