// Help (issue 14): the header's help menu with the documentation for the page in view, inline "learn more" links
// where a concept appears, the sign-in page's links and sandbox note (m13), and the upgrade dialog's release
// notes (m20). The member's clusters are seeded through the sandbox API and deleted after each test.
import type { Locator, Page } from '@playwright/test';
import { E2E } from './env';
import { expect, test } from './fixtures';
import { basicAuth, expectAccessible, untilAvailable } from './helpers';

const NEW_TAB = '(opens in a new tab)';
// The first read of a page may wait for a busy machine (two cores shared with other test runs).
const LOADED = { timeout: 30_000 };
const pageLoaded = (page: Page) => expect(page.getByRole('heading', { level: 1 })).toBeVisible(LOADED);

async function expectExternal(link: Locator, href: string | RegExp) {
  await expect(link).toHaveAttribute('href', href);
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
}

const learnMore = (scope: Page | Locator, title: string) => scope.getByRole('link', { name: `${title} ${NEW_TAB}` }).first();

test('the sign-in page links the documentation and how to make a token; the sandbox note names every demo user and copies the curl line', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/signin');
  await pageLoaded(page);
  await expectExternal(
    page.getByRole('link', { name: `Managed Stackable documentation ${NEW_TAB}` }),
    'https://docs.ionos.com/cloud/data-analytics/managed-stackable/overview',
  );
  await expectExternal(page.getByRole('link', { name: `create an API token ${NEW_TAB}` }), 'https://api.ionos.com/docs/authentication/');

  const note = page.getByRole('note');
  await expect(note).toContainText('noaccess@sandbox.test: a member without the “Manage Dataplatform” privilege');
  await note.getByRole('button', { name: 'Copy curl command' }).click();
  await expect(note.getByRole('status')).toHaveText('Copied to the clipboard.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `curl -u user@sandbox.test:sandbox ${E2E.sandboxUrl}/auth/v1/tokens/generate`,
  );
  await expectAccessible(page, 'sign-in');
});

test.describe('signed in', () => {
  test.use({ signedInAs: 'member' });

  test('the help menu shows the pages for the screen in view, by keyboard, and Escape closes it', async ({ page, availableCluster }) => {
    test.setTimeout(120_000);
    const { id } = await availableCluster('e2e-help');
    await page.goto('/clusters');
    await pageLoaded(page);
    const button = page.getByRole('banner').getByRole('button', { name: 'Help' });
    const menu = page.getByRole('region', { name: 'Help and documentation' });
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(menu).toBeVisible();
    await expect(menu.getByRole('list', { name: 'For this page' }).getByRole('link')).toHaveText([
      `Initial cluster setup ${NEW_TAB} ↗`,
      `Getting started with the Stackable Data Platform ${NEW_TAB} ↗`,
    ]);
    await expectExternal(
      learnMore(menu, 'Initial cluster setup'),
      'https://docs.ionos.com/cloud/data-analytics/managed-stackable/how-tos/initial-cluster-setup',
    );
    await expect(menu.getByRole('list', { name: 'Documentation' })).toContainText('Managed Stackable overview');
    await expectAccessible(page, 'help menu open');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await expect(button).toBeFocused();

    await page.goto(`/clusters/${id}`);
    await pageLoaded(page);
    await button.click();
    await expectExternal(
      learnMore(menu, 'Getting started with the Stackable Data Platform'),
      'https://docs.stackable.tech/home/stable/getting-started/',
    );
    await expectExternal(
      learnMore(menu, 'Listener classes: reaching services'),
      'https://docs.stackable.tech/home/stable/listener-operator/listenerclass/',
    );
    // A click elsewhere closes it.
    await page.getByRole('heading', { level: 1 }).click();
    await expect(menu).toBeHidden();

    await page.goto('/clusters/upgrades');
    await pageLoaded(page);
    await button.click();
    await expect(menu.getByRole('list', { name: 'For this page' }).getByRole('link')).toHaveText([`Release notes ${NEW_TAB} ↗`]);
  });

  test('learn-more links sit where maintenance windows, LANs, autoscaling, labels and hierarchical namespaces appear', async ({
    page,
    request,
    availableCluster,
  }) => {
    test.setTimeout(120_000);
    const { id } = await availableCluster('e2e-learn');
    const member = basicAuth(E2E.users.member);
    const created = await request.post(`${E2E.sandboxUrl}/dataplatform/clusters/${id}/nodepools`, {
      headers: member,
      data: { properties: { name: 'workers', nodeCount: 1 } },
    });
    expect(created.status(), await created.text()).toBe(201);
    const poolId = ((await created.json()) as { id: string }).id;
    await untilAvailable(request, `${E2E.sandboxUrl}/dataplatform/clusters/${id}/nodepools/${poolId}`, member);

    await page.goto(`/clusters/${id}`);
    await expect(page.getByRole('region', { name: 'Kubeconfig' })).toBeVisible(LOADED);
    await expectExternal(
      learnMore(page.getByRole('region', { name: 'Kubeconfig' }), 'Hierarchical namespaces, Kubernetes'),
      'https://kubernetes.io/blog/2020/08/14/introducing-hierarchical-namespaces/',
    );

    await page.goto(`/clusters/${id}/edit`);
    await pageLoaded(page);
    const lans = page.getByRole('group', { name: 'LANs' });
    await expectExternal(learnMore(lans, 'Initial cluster setup, IONOS documentation'), /initial-cluster-setup$/);
    await expect(page.getByRole('link', { name: `Initial cluster setup, IONOS documentation ${NEW_TAB}` })).toHaveCount(2); // and the maintenance window

    await page.goto(`/clusters/${id}/nodepools/${poolId}/edit`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectExternal(
      learnMore(page, 'Data Platform API: clusters, node pools, autoscaling (Go SDK), GitHub'),
      'https://github.com/ionos-cloud/sdk-go-dataplatform',
    );
    await expectExternal(
      learnMore(page.getByRole('group', { name: 'Labels' }), 'Labels and annotations, Kubernetes'),
      'https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/',
    );
    await expectAccessible(page, 'node pool edit with learn-more links');
  });

  test('the upgrade dialog links the target’s release notes and names the releases a jump takes in', async ({ page, availableCluster }) => {
    test.setTimeout(120_000);
    const { id } = await availableCluster('e2e-notes', { properties: { dataPlatformVersion: '24.3' } });
    await page.goto(`/clusters/${id}`);
    await pageLoaded(page);
    await page.getByRole('button', { name: 'Upgrade', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Upgrade to version').selectOption('25.3');
    await expect(dialog).toContainText('This upgrade jumps 3 releases at once (24.7, 24.11 and 25.3)');
    for (const release of ['24.7', '24.11', '25.3']) {
      await expectExternal(
        dialog.getByRole('link', { name: `Release notes ${release} ${NEW_TAB}` }),
        `https://docs.stackable.tech/home/${release}/release-notes/`,
      );
    }
    await expectAccessible(page, 'upgrade dialog with release notes');

    await dialog.getByLabel('Upgrade to version').selectOption('24.7');
    await expect(dialog).not.toContainText('jumps');
    await expect(dialog.getByRole('link', { name: /^Release notes/ })).toHaveCount(1);
    await expectExternal(dialog.getByRole('link', { name: `Release notes 24.7 ${NEW_TAB}` }), 'https://docs.stackable.tech/home/24.7/release-notes/');
  });
});
