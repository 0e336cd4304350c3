// One poller per user, whatever the number of tabs (issue 10): several visible tabs on a DEPLOYING cluster's page
// cost the upstream about what one tab costs, and every tab still follows the cluster's state. The oracle is the
// sandbox's request log (what reached the upstream), so the test is @serial. live-data.spec.ts checks the same
// rule from the browser's side with two tabs.
import type { Page } from '@playwright/test';
import { expect, SERIAL, test } from './fixtures';

test.use({ signedInAs: 'member' });

const TABS = 5;
const WINDOW_MS = 15_000;
// clusterQueries.detail polls a DEPLOYING cluster every 3 s (lib/api/polling.ts FAST_POLL_MS).
const POLLS_OF_ONE_TAB = WINDOW_MS / 3_000;

const statusRegion = (page: Page) => page.getByRole('region', { name: 'Status' });
const timeline = (page: Page) => page.getByRole('list', { name: 'State changes seen by this page' });

test(
  `${TABS} tabs on a DEPLOYING cluster's page read it upstream about as often as one, and all of them see it become AVAILABLE`,
  { tag: SERIAL },
  async ({ page, cluster, sandbox }) => {
    test.setTimeout(120_000);
    const { id, name } = await cluster('e2e-tabs');
    await sandbox.endChangeIn(id, null);

    const tabs = [page, ...(await Promise.all(Array.from({ length: TABS - 1 }, () => page.context().newPage())))];
    for (const tab of tabs) {
      await tab.goto(`/clusters/${id}`);
      await expect(tab.getByRole('heading', { level: 1, name })).toBeVisible({ timeout: 30_000 });
      await expect(timeline(tab).getByRole('listitem').first()).toContainText('Deploying');
    }

    await sandbox.clearRequests();
    await page.waitForTimeout(WINDOW_MS);
    const reads = (await sandbox.requests()).filter((r) => r.method === 'GET' && r.path === `/dataplatform/clusters/${id}`).length;
    // Polled at all, and by one tab: every tab polling would make about TABS × POLLS_OF_ONE_TAB reads (25; 13 of 16
    // were seen with 4 tabs on a busy machine). The bound leaves room for a hand-over of the lead; a slow machine
    // only makes fewer reads.
    expect(reads).toBeGreaterThanOrEqual(1);
    expect(reads).toBeLessThanOrEqual(POLLS_OF_ONE_TAB + 4);

    // The followers never read the cluster themselves, yet they show the change the leader saw.
    await sandbox.endChangeIn(id, 0);
    for (const tab of tabs) await expect(statusRegion(tab)).toContainText('Available', { timeout: 15_000 });
  },
);
