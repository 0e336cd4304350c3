// Reflow (WCAG 1.4.10, issue 14 M1): no console page scrolls sideways at 320 or 390 CSS px (a phone, or 200 %
// zoom on a 700 px window); only a table may scroll inside its own container. The member's cluster and pool are
// seeded through the sandbox API and deleted after the test (e2e/fixtures.ts).
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectAccessible, seedNodePool, fillBasics } from './helpers';

const WIDTHS = [320, 390] as const;

/** The page's own width beyond the viewport, and the widest elements that stick out (to say what to fix). */
async function overflow(page: Page) {
  return page.evaluate(() => {
    const viewport = window.innerWidth;
    const culprits = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((element) => element.getBoundingClientRect().right > viewport + 1 && !element.closest('[data-slot="table-container"]'))
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`.slice(0, 120));
    return { excess: document.documentElement.scrollWidth - viewport, culprits };
  });
}

async function expectNoPageScroll(page: Page, where: string) {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    // Layout settles on the next frame after a resize.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const { excess, culprits } = await overflow(page);
    expect(excess, `${where} at ${width} px is ${excess} px too wide: ${culprits.join(' | ')}`).toBeLessThanOrEqual(0);
  }
}

async function visit(page: Page, path: string, ready: (page: Page) => Promise<void>, where = path) {
  await page.goto(path);
  await ready(page);
  await expectNoPageScroll(page, where);
}

// The first read of a page may wait for a busy machine (two cores shared with other test runs).
const LOADED = { timeout: 30_000 };
const heading = (name: string | RegExp) => async (page: Page) => {
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible(LOADED);
};

const seedPool = (request: APIRequestContext, clusterId: string) =>
  seedNodePool(
    request,
    clusterId,
    { name: 'workers', nodeCount: 2, labels: { app: 'kafka' }, autoScaling: { minNodeCount: 2, maxNodeCount: 4 } },
    { available: true },
  );

test('the sign-in page fits 320 and 390 px, and 700 px (200 % zoom), and stays accessible', async ({ page }) => {
  await visit(page, '/signin', heading('Sign in to the Data Platform console'));
  await page.setViewportSize({ width: 700, height: 800 });
  expect((await overflow(page)).excess).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 390, height: 800 });
  await expectAccessible(page, 'sign-in at 390 px');
});

test.describe('signed in', () => {
  test.use({ signedInAs: 'member' });

  test('every console page fits 320 and 390 px without scrolling sideways', async ({ page, request, availableCluster }) => {
    test.setTimeout(300_000);
    const { id, name } = await availableCluster('e2e-reflow');
    const poolId = await seedPool(request, id);

    await visit(page, '/clusters', heading('Clusters'));
    await visit(page, '/clusters/upgrades', heading('Upgrade assistant'));
    await visit(page, '/clusters/maintenance', heading(/maintenance/i));

    await visit(page, `/clusters/${id}`, heading(name));
    await visit(page, `/clusters/${id}/edit`, heading(/Edit/));
    await visit(page, `/clusters/${id}/nodepools`, heading(`Node pools of ${name}`));
    await visit(page, `/clusters/${id}/nodepools/${poolId}`, async (p) => {
      await expect(p.getByRole('heading', { level: 1 })).toContainText('workers', LOADED);
    });
    await visit(page, `/clusters/${id}/nodepools/${poolId}/edit`, heading(/Edit/));
    await visit(page, `/clusters/${id}/nodepools/new`, heading(/node pool/i));
    await visit(page, `/clusters/${id}/kubeconfig`, heading(`Kubeconfig of ${name}`));

    // The cluster wizard, step by step (each step is its own URL, reached through the one before).
    await page.setViewportSize({ width: 1280, height: 800 });
    await visit(page, '/clusters/new', heading(/cluster/i), 'wizard: basics');
    await page.setViewportSize({ width: 1280, height: 800 });
    await fillBasics(page, 'e2e-reflow-wizard');
    await expectNoPageScroll(page, 'wizard: location');
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('radio', { name: /analytics-fra/ }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page).toHaveURL(/step=maintenance/, LOADED);
    await expectNoPageScroll(page, 'wizard: maintenance');
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page).toHaveURL(/step=review/);
    await expectNoPageScroll(page, 'wizard: review');
  });
});
