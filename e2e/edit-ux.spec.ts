// Issue 14, the edit forms: the cluster's LANs as the create wizard's checkbox cards with visible labels, the
// window in local time and the change preview, "Nothing to save" gone at the first change, the Properties card's
// whole window, and a question before a changed form is left (Cancel, any in-app link, reload or close).
import type { Page } from '@playwright/test';
import { E2E } from './env';
import { expect, test } from './fixtures';
import { basicAuth, expectAccessible, untilAvailable } from './helpers';
import { formatWindowSpan, zonedWindow } from '@/lib/forms/maintenance-window';

test.use({ signedInAs: 'admin', timezoneId: 'Europe/Berlin' });

const admin = basicAuth(E2E.users.admin);

const asksBeforeUnload = (page: Page) =>
  page.evaluate(() => {
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  });

test('edit cluster: LAN cards, previews, the banner, and a question before leaving with changes', async ({ page, availableCluster }) => {
  test.setTimeout(120_000);
  const { id, name } = await availableCluster('e2e-edux', { properties: { maintenanceWindow: { dayOfTheWeek: 'Wednesday', time: '22:30:00' } } });

  // The Properties card shows the whole window, like the list.
  await page.goto(`/clusters/${id}`);
  await expect(page.getByRole('region', { name: 'Properties' })).toContainText('Wednesday 22:30 – Thursday 02:30 UTC', { timeout: 30_000 });

  await page.goto(`/clusters/${id}/edit`);
  await expect(page.getByRole('heading', { level: 1, name: `Edit ${name}` })).toBeVisible({ timeout: 30_000 });
  // Unchanged: leaving does not ask.
  expect(await asksBeforeUnload(page)).toBe(false);

  // "Nothing to save" describes the values it was said for, and goes at the first change.
  await page.getByRole('button', { name: 'Save changes' }).click();
  const nothing = page.getByRole('status').filter({ hasText: 'Nothing to save' });
  await expect(nothing).toBeVisible();
  await page.getByLabel('Day (UTC)').selectOption('Thursday');
  await expect(nothing).toHaveCount(0);

  // The window in the user's time zone follows the fields.
  await expect(page.getByText('In your time zone (Europe/Berlin, ')).toBeVisible();
  await expect(page.getByText('Thursday 22:30 – Friday 02:30 UTC', { exact: true })).toBeVisible();
  const local = formatWindowSpan(zonedWindow({ dayOfTheWeek: 'Thursday', time: '22:30:00' }, 'Europe/Berlin', new Date()));
  await expect(page.getByText(local, { exact: true })).toBeVisible();

  // LANs as in the wizard: a card per LAN of the data center, with plain visible labels.
  await page.getByRole('checkbox', { name: /^backend/ }).check();
  const backend = page.getByRole('group', { name: 'LAN backend' });
  await expect(backend.getByRole('checkbox', { name: /DHCP/ })).toBeChecked();
  await backend.getByRole('button', { name: 'Add route' }).click();
  await backend.getByLabel('Network (CIDR)').fill('10.1.0.0/16');
  await backend.getByLabel('Gateway').fill('10.1.0.1');
  await expect(page.getByText(/LAN entry|LAN of entry/)).toHaveCount(0);
  const preview = page.getByRole('region', { name: 'What will change' });
  await expect(preview).toContainText('None → LAN 2 (DHCP, 1 route)');
  await expect(preview).toContainText('Wednesday 22:30 UTC → Thursday 22:30 UTC');
  await expectAccessible(page, 'edit cluster');

  // Changed: reload and close ask; Cancel and in-app links ask with the console's dialog.
  expect(await asksBeforeUnload(page)).toBe(true);
  await page.getByRole('link', { name: 'Cancel' }).click();
  const discard = page.getByRole('dialog', { name: 'Discard your changes?' });
  await expect(discard).toBeVisible();
  await expectAccessible(page, 'discard dialog');
  await discard.getByRole('button', { name: 'Keep editing' }).click();
  await expect(page).toHaveURL(new RegExp(`/clusters/${id}/edit$`));
  await expect(backend.getByLabel('Gateway')).toHaveValue('10.1.0.1');
  await page.getByRole('link', { name: 'Clusters', exact: true }).first().click();
  await expect(discard).toBeVisible();
  await discard.getByRole('button', { name: 'Discard changes' }).click();
  await expect(page).toHaveURL(/\/clusters$/);

  // Saving is no leaving: no question, and the new LAN arrives.
  await page.goto(`/clusters/${id}/edit`);
  await page.getByRole('checkbox', { name: /^storage/ }).check();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page).toHaveURL(new RegExp(`/clusters/${id}$`));
  await untilAvailable(page.request, `${E2E.sandboxUrl}/dataplatform/clusters/${id}`, admin);
  await page.goto(`/clusters/${id}/edit`);
  await expect(page.getByRole('checkbox', { name: /^storage/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /^backend/ })).not.toBeChecked();
});

test('edit node pool: the count follows the autoscaling bounds, and leaving with changes asks', async ({ page, availableCluster }) => {
  const { id } = await availableCluster('e2e-edux-pool');
  const res = await page.request.post(`${E2E.sandboxUrl}/dataplatform/clusters/${id}/nodepools`, {
    headers: admin,
    data: { properties: { name: 'edux-workers', nodeCount: 1 } },
  });
  expect(res.status(), await res.text()).toBe(201);
  const poolId = ((await res.json()) as { id: string }).id;
  await untilAvailable(page.request, `${E2E.sandboxUrl}/dataplatform/clusters/${id}/nodepools/${poolId}`, admin);

  // Unchanged: Cancel leaves at once.
  await page.goto(`/clusters/${id}/nodepools/${poolId}/edit`);
  await page.getByRole('link', { name: 'Cancel' }).click();
  await expect(page).toHaveURL(new RegExp(`/nodepools/${poolId}$`));

  await page.goto(`/clusters/${id}/nodepools/${poolId}/edit`);
  await page.getByRole('radio', { name: /^Autoscaling/ }).check();
  await page.getByLabel('Minimum nodes').fill('2');
  await page.getByLabel('Minimum nodes').blur();
  await expect(page.getByLabel('Node count', { exact: true })).toHaveValue('2');
  await expect(page.getByRole('region', { name: 'What will change' })).toContainText('1 node → 2 nodes');

  await page.getByRole('link', { name: 'Cancel' }).click();
  const discard = page.getByRole('dialog', { name: 'Discard your changes?' });
  await discard.getByRole('button', { name: 'Discard changes' }).click();
  await expect(page).toHaveURL(new RegExp(`/nodepools/${poolId}$`));
  await expect(page.getByRole('region', { name: 'Size' })).toContainText('1 node');
});
