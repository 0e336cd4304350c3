// A user without the Data Platform privilege is told so, with the API's own message, on the list and on a
// cluster's page; nothing pretends the list is merely empty.
import { expect, test } from './fixtures';

const SEEDED_CLUSTER = '5eedc100-0000-4000-8000-000000000002';

test.use({ signedInAs: 'noaccess' });

test('a user without "Manage Dataplatform" sees a permission message, not an empty list', async ({ page }) => {
  await page.goto('/clusters');
  const alert = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
  await expect(alert).toContainText('lacks the privilege "Manage Dataplatform"');
  await expect(alert).toContainText('group privilege “Manage Dataplatform”');
  await expect(page.getByText('No clusters yet')).toHaveCount(0);

  await page.goto(`/clusters/${SEEDED_CLUSTER}`);
  await expect(page.getByRole('alert').filter({ hasText: 'Manage Dataplatform' })).toBeVisible();
});
