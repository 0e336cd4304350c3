// The audit page (issue 12): platform admins read every team's log, team admins their own, others are told what
// they need; filters live in the URL and narrow the table; the export downloads what the filters match.
import { readFileSync } from 'node:fs';
import { expectAccessible } from '../helpers';
import { expect, test } from './fixtures';
import { assignThroughApi, seedUnownedCluster } from './seed';

test.describe('a platform admin', () => {
  test.use({ portalUser: 'ada' });

  test('filters the log by team, action and time, keeps the filters in the URL and exports what they match', async ({ page }, testInfo) => {
    // A journey of several pages, two axe runs each and a provisioned cluster: slow on a busy machine.
    test.slow();
    const cluster = await seedUnownedCluster(page.request, 'e2e-audit');
    try {
      await assignThroughApi(page.request, cluster.id, 'analytics');

      await page.goto('/portal/audit');
      await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
      await expect(page.getByText('Entries are kept 365 days')).toBeVisible();
      await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit' })).toHaveAttribute('aria-current', 'page');
      await page.getByLabel('Team').selectOption({ label: 'Analytics' });
      await page.getByLabel('Action').selectOption({ label: 'Cluster assigned to a team' });
      await page.getByRole('button', { name: 'Apply filters' }).click();
      await expect(page).toHaveURL(/\?team=analytics&action=cluster\.assign$/);

      const table = page.getByRole('table', { name: 'Audit log' });
      const entry = table.getByRole('row').filter({ hasText: cluster.id });
      await expect(entry).toContainText(cluster.name);
      await expect(entry).toContainText('ada@portal.test');
      await expect(entry).toContainText('Analytics');
      await expect(entry).toContainText('team: null → analytics');
      await expect(entry).toContainText('Success');
      await expect(entry.locator('time')).toHaveAttribute('title', /UTC$/);
      await expect(table.getByRole('row').filter({ hasNotText: 'Cluster assigned to a team' })).toHaveCount(1);
      await expectAccessible(page, 'audit page');

      // The filters survive a reload (they are the URL), and the export links carry them.
      await page.reload();
      await expect(page.getByLabel('Action')).toHaveValue('cluster.assign');
      await expect(entry).toBeVisible();
      await expect(page.getByRole('link', { name: 'Export NDJSON' })).toHaveAttribute(
        'href',
        '/api/portal/audit/export?format=ndjson&team=analytics&action=cluster.assign',
      );
      const downloading = page.waitForEvent('download');
      await page.getByRole('link', { name: 'Export CSV' }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toMatch(/^audit-.*\.csv$/);
      const file = testInfo.outputPath('audit.csv');
      await download.saveAs(file);
      const csv = readFileSync(file, 'utf8');
      expect(csv).toContain(cluster.id);
      expect(csv).toContain('cluster.assign');
      expect(csv).not.toContain('token.create');

      // A time range after the entry: nothing matches; it goes to the server as UTC.
      await page.getByLabel('From').fill('2099-01-01T00:00');
      await page.getByRole('button', { name: 'Apply filters' }).click();
      await expect(page).toHaveURL(/&from=209[89]-\d\d-\d\dT\d\d%3A\d\d%3A00\.000Z$/);
      await expect(page.getByText('No entries match these filters.')).toBeVisible();
      await page.getByRole('button', { name: 'Clear filters' }).click();
      await expect(page).toHaveURL(/\/portal\/audit$/);
      await expect(page.getByLabel('Action')).toHaveValue('');
    } finally {
      await cluster.remove();
    }
  });
});

test.describe('a team admin', () => {
  test.use({ portalUser: 'ben' });

  test('audits their own team only', async ({ page }) => {
    await page.goto('/portal/audit');
    await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
    await expect(page.getByLabel('Team').getByRole('option')).toHaveText(['All your teams', 'Analytics']);
    // The retention is the teams file's, which only platform admins read.
    await expect(page.getByText('Entries are kept')).toHaveCount(0);
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Teams' })).toHaveCount(0);
  });
});

test.describe('a viewer', () => {
  test.use({ portalUser: 'dee' });

  test('has no Audit in the navigation and is told the page needs the team admin role', async ({ page }) => {
    await page.goto('/clusters');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: 'Access tokens' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Audit' })).toHaveCount(0);
    await expect(nav.getByRole('link', { name: 'Teams' })).toHaveCount(0);

    await page.goto('/portal/audit');
    await expect(page.getByRole('status').filter({ hasText: 'The audit log needs the team admin role' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Audit log' })).toHaveCount(0);
    await expectAccessible(page, 'audit page of a viewer');
  });
});
