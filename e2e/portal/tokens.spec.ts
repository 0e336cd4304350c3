// Personal access tokens (issue 12): created on the Tokens page and shown once, they download a kubeconfig that
// kubectl accepts with `Authorization: Bearer`, never change anything, show their last use, and are refused once
// revoked; the audit log has all of it. The cluster is seeded through the sandbox and assigned through the API.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { E2E } from '../env';
import { expectAccessible, randomName } from '../helpers';
import { expect, test } from './fixtures';
import { assignThroughApi, seedUnownedCluster } from './seed';

const KUBECTL = '/usr/bin/kubectl';

test.describe('a member of a team', () => {
  test.use({ portalUser: 'ada' });

  test('creates a token that downloads a kubeconfig kubectl accepts, changes nothing, shows its use, and is refused once revoked', async ({
    page,
    playwright,
  }, testInfo) => {
    // A journey of several pages, two axe runs each and a provisioned cluster: slow on a busy machine.
    test.slow();
    const cluster = await seedUnownedCluster(page.request, 'e2e-pat');
    try {
      await assignThroughApi(page.request, cluster.id, 'analytics');
      const tokenName = randomName('e2e-token');

      await page.goto('/portal/tokens');
      await expect(page.getByRole('heading', { level: 1, name: 'Access tokens' })).toBeVisible();
      await expect(page.getByLabel('Expires in (days)')).toHaveValue('30');
      // The form checks what it sends.
      await page.getByLabel('Expires in (days)').fill('91');
      await page.getByRole('button', { name: 'Create token' }).click();
      await expect(page.getByText('At most 90 days.')).toBeVisible();
      await expect(page.getByText('Name the token (what uses it).')).toBeVisible();
      await expectAccessible(page, 'tokens page');

      await page.getByLabel('Token name').fill(tokenName);
      await page.getByLabel('Expires in (days)').fill('7');
      await page.getByRole('button', { name: 'Create token' }).click();
      await expect(page.getByRole('heading', { name: `Your new token “${tokenName}”` })).toBeVisible();
      await expect(page.getByRole('alert').filter({ hasText: 'shown only this once' })).toBeVisible();
      const secret = ((await page.getByLabel('Access token', { exact: true }).textContent()) ?? '').trim();
      expect(secret).toMatch(/^dpc_/);
      // Kept in the page only: neither in the address bar nor in the browser's storage.
      expect(page.url()).not.toContain(secret);
      const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
      expect(stored).not.toContain(secret);
      await page.getByLabel('Cluster in the example').selectOption({ label: cluster.name });
      await expect(page.getByLabel('Example command')).toContainText(`${E2E.portal.consoleUrl}/api/v1/clusters/${cluster.id}/kubeconfig`);
      await expect(page.getByLabel('Example command')).toContainText('Authorization: Bearer $CONSOLE_TOKEN');
      await expectAccessible(page, 'new token');

      // What curl does: no cookie, only the token.
      const script = await playwright.request.newContext({ baseURL: E2E.portal.consoleUrl, storageState: { cookies: [], origins: [] } });
      const bearer = { Authorization: `Bearer ${secret}` };
      const download = await script.get(`/api/v1/clusters/${cluster.id}/kubeconfig`, { headers: bearer });
      expect(download.status(), await download.text()).toBe(200);
      const file = testInfo.outputPath('kubeconfig.yaml');
      writeFileSync(file, await download.body());
      expect(execFileSync(KUBECTL, ['config', 'view', '--kubeconfig', file], { encoding: 'utf8' })).toContain(
        `server: https://${cluster.id}.dataplatform.sandbox.test:6443`,
      );
      expect(execFileSync(KUBECTL, ['config', 'get-contexts', '--kubeconfig', file, '-o', 'name'], { encoding: 'utf8' }).trim()).not.toBe('');

      // Read-only: every change is refused, whatever the route.
      const unsafe = { ...bearer, 'X-Console-CSRF': '1', Origin: E2E.portal.consoleUrl };
      for (const attempt of [
        script.delete(`/api/dataplatform/clusters/${cluster.id}`, { headers: unsafe }),
        script.patch(`/api/dataplatform/clusters/${cluster.id}`, { headers: unsafe, data: { properties: { name: 'renamed' } } }),
        script.post('/api/dataplatform/clusters?team=analytics', { headers: unsafe, data: { properties: { name: 'x' } } }),
        script.post('/api/portal/tokens', { headers: unsafe, data: { name: 'more', expiresInDays: 1 } }),
        script.delete(`/api/v1/clusters/${cluster.id}/kubeconfig`, { headers: unsafe }),
      ]) {
        expect([401, 403, 405]).toContain((await attempt).status());
      }

      // The list shows the token with its last use once the secret is put away.
      await page.getByRole('button', { name: 'Done, I have stored it' }).click();
      await expect(page.getByLabel('Access token', { exact: true })).toHaveCount(0);
      await page.reload();
      const row = page.getByRole('row').filter({ hasText: tokenName });
      await expect(row.getByText('Active')).toBeVisible();
      await expect(row.getByRole('cell').nth(4)).not.toHaveText('Never');
      await expect(row).toContainText('Analytics');

      await row.getByRole('button', { name: `Revoke ${tokenName}` }).click();
      const dialog = page.getByRole('dialog', { name: `Revoke the token “${tokenName}”?` });
      await expectAccessible(page, 'revoke dialog');
      await dialog.getByRole('button', { name: 'Revoke token' }).click();
      await expect(dialog).toBeHidden();
      await expect(row.getByText('Revoked')).toBeVisible();
      await expect(row.getByRole('button', { name: `Revoke ${tokenName}` })).toHaveCount(0);

      const refused = await script.get(`/api/v1/clusters/${cluster.id}/kubeconfig`, { headers: bearer });
      expect(refused.status()).toBe(401);
      await script.dispose();

      // The audit log: creation, the download with the token, the revocation, each with actor and outcome.
      await page.goto('/portal/audit');
      await page.getByLabel('Actor (email)').fill('ada@portal.test');
      const table = page.getByRole('table', { name: 'Audit log' });
      for (const [action, target] of [
        ['Access token created', tokenName],
        ['Kubeconfig downloaded', cluster.id],
        ['Access token revoked', tokenName],
      ] as const) {
        await page.getByLabel('Action').selectOption({ label: action });
        await page.getByRole('button', { name: 'Apply filters' }).click();
        const entry = table.getByRole('row').filter({ hasText: target }).first();
        await expect(entry).toContainText(action);
        await expect(entry).toContainText('ada@portal.test');
        await expect(entry).toContainText('Success');
        // Filtered: no other action on the page.
        await expect(table.getByRole('row').filter({ hasNotText: action })).toHaveCount(1);
      }
    } finally {
      await cluster.remove();
    }
  });
});

test.describe('a viewer', () => {
  test.use({ portalUser: 'dee' });

  test('is told why they cannot create tokens', async ({ page }) => {
    await page.goto('/portal/tokens');
    await expect(page.getByRole('heading', { level: 1, name: 'Access tokens' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'You cannot create tokens' })).toContainText('needs the member role in a team');
    await expect(page.getByRole('status').filter({ hasText: 'You cannot create tokens' })).toContainText('viewer of Streaming');
    await expect(page.getByRole('button', { name: 'Create token' })).toHaveCount(0);
    await expectAccessible(page, 'tokens page of a viewer');
  });
});
