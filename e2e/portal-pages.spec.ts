// Personal mode (the default) has no portal (issue 12): the portal's pages answer the console's 404 page and the
// navigation does not offer them. Portal mode's own specs are in e2e/portal/.
import { expect, test } from './fixtures';

test.use({ signedInAs: 'member' });

test('the portal pages do not exist in personal mode', async ({ page }) => {
  for (const path of ['/portal/audit', '/portal/tokens', '/portal/teams']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible();
  }
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Clusters' })).toBeVisible();
  for (const name of ['Audit', 'Access tokens', 'Teams']) await expect(nav.getByRole('link', { name })).toHaveCount(0);
});
