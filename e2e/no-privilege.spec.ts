// M2 of issue 14: a user without "Manage Dataplatform" learns it once, with whom to ask; "Create cluster" and the
// wizard are closed to them with that reason, and the permanent 403 offers no "Try again".
import { expect, test } from './fixtures';
import { expectAccessible } from './helpers';

test.use({ signedInAs: 'noaccess' });

test('the list says whom to ask, offers no "Try again", and disables "Create cluster" with the reason', async ({ page }) => {
  await page.goto('/clusters');
  const alert = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
  await expect(alert).toContainText('lacks the privilege "Manage Dataplatform"');
  await expect(alert).toContainText('contract administrator');
  await expect(alert).toContainText('User management');
  await expect(alert.getByRole('button', { name: 'Try again' })).toHaveCount(0);

  const create = page.getByRole('button', { name: 'Create cluster' });
  await expect(create).toBeDisabled();
  await expect(create).toHaveAccessibleDescription(/“Manage Dataplatform”.*contract administrator/);
  await expect(page.getByRole('link', { name: 'Create cluster' })).toHaveCount(0);
  await expectAccessible(page, 'clusters list without the privilege');
});

test('the wizard shows the reason instead of its steps', async ({ page }) => {
  await page.goto('/clusters/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Create cluster' })).toBeVisible();
  const alert = page.getByRole('alert').filter({ hasText: 'You cannot create clusters.' });
  await expect(alert).toContainText('“Manage Dataplatform”');
  await expect(alert).toContainText('contract administrator');
  await expect(page.getByLabel('Cluster name')).toHaveCount(0);
  await expectAccessible(page, 'wizard without the privilege');
});
