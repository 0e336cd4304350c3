// The kubeconfig link for other pages (issue 13, part 2): /clusters/<id>/kubeconfig downloads the file, through
// sign-in when the browser is signed out; "Embed" hands the link out as HTML and Markdown. Clusters are seeded
// through the sandbox API and deleted after each test (e2e/fixtures.ts).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { SEED_IDS } from '@/lib/sandbox/seed';
import { E2E } from './env';
import { expect, test } from './fixtures';
import { expectAccessible } from './helpers';

const KUBECTL = '/usr/bin/kubectl';
const member = E2E.users.member;

test.describe('signed out', () => {
  test('the link goes through sign-in and comes back to a download that kubectl accepts', async ({ page, availableCluster }, testInfo) => {
    const { id, name } = await availableCluster('e2e-link', { as: member });
    await page.goto(`/clusters/${id}/kubeconfig`);
    await expect(page).toHaveURL(new RegExp(`/signin\\?callbackUrl=${encodeURIComponent(`/clusters/${id}/kubeconfig`)}$`));

    await page.getByLabel('User name').fill(member.username);
    await page.getByLabel('Password').fill(member.password);
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const download = await downloading;

    await expect(page).toHaveURL(`/clusters/${id}/kubeconfig`);
    await expect(page.getByRole('heading', { level: 1, name: `Kubeconfig of ${name}` })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Saved as' })).toHaveText(`Saved as ${name}-kubeconfig.yaml.`);
    expect(download.suggestedFilename()).toBe(`${name}-kubeconfig.yaml`);
    const file = testInfo.outputPath(download.suggestedFilename());
    await download.saveAs(file);
    const output = execFileSync(KUBECTL, ['config', 'view', '--kubeconfig', file], { encoding: 'utf8' });
    expect(output).toContain(`server: https://${id}.dataplatform.sandbox.test:6443`);
  });
});

test.describe('signed in', () => {
  test.use({ signedInAs: 'member' });

  test('the link downloads at once, as JSON on request, and again on demand', async ({ page, availableCluster }, testInfo) => {
    const { id, name } = await availableCluster('e2e-link');
    const downloading = page.waitForEvent('download');
    await page.goto(`/clusters/${id}/kubeconfig?format=json`);
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`${name}-kubeconfig.json`);
    const file = testInfo.outputPath('first.json');
    await download.saveAs(file);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ kind: 'Config', apiVersion: 'v1' });

    const again = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download again' }).click();
    expect((await again).suggestedFilename()).toBe(`${name}-kubeconfig.json`);
    await page.getByRole('link', { name: 'Open the cluster' }).click();
    await expect(page).toHaveURL(`/clusters/${id}`);
  });

  test('a cluster still deploying downloads as soon as it is available', async ({ page, cluster, sandbox }) => {
    const { id, name } = await cluster('e2e-link-wait');
    await sandbox.endChangeIn(id, null);
    let downloads = 0;
    page.on('download', () => void downloads++);
    await page.goto(`/clusters/${id}/kubeconfig`);
    await expect(page.getByRole('status').filter({ hasText: 'provisioned' })).toContainText('The download starts as soon as it is.');
    await expect(page.getByRole('button', { name: 'Download kubeconfig' })).toBeDisabled();
    expect(downloads).toBe(0);

    const downloading = page.waitForEvent('download', { timeout: 20_000 });
    await sandbox.endChangeIn(id, 0);
    expect((await downloading).suggestedFilename()).toBe(`${name}-kubeconfig.yaml`);
    await expect(page.getByRole('button', { name: 'Download again' })).toBeEnabled();
    expect(downloads).toBe(1);
  });

  test('another user’s cluster is not found, and nothing downloads', async ({ page }) => {
    let downloaded = false;
    page.on('download', () => {
      downloaded = true;
    });
    await page.goto(`/clusters/${SEED_IDS.clusters.analyticsProd}/kubeconfig`);
    await expect(page.getByRole('heading', { level: 1, name: 'Cluster not found' })).toBeVisible();
    expect(downloaded).toBe(false);
  });

  test('the download buttons link to the kubeconfig link, and Embed hands it out as HTML and Markdown', async ({
    page,
    context,
    availableCluster,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const { id, name } = await availableCluster('e2e-embed');
    await page.goto(`/clusters/${id}`);
    const panel = page.getByRole('region', { name: 'Kubeconfig' });
    await expect(panel.getByRole('link', { name: 'Download kubeconfig' })).toHaveAttribute('href', `/clusters/${id}/kubeconfig`);
    await expect(panel.getByRole('link', { name: 'Download as JSON' })).toHaveAttribute('href', `/clusters/${id}/kubeconfig?format=json`);

    await panel.getByRole('button', { name: 'Embed' }).click();
    const dialog = page.getByRole('dialog', { name: `Embed the kubeconfig of ${name}` });
    await expect(dialog).toBeVisible();
    const url = `${E2E.consoleUrl}/clusters/${id}/kubeconfig`;
    await expect(dialog.getByLabel('Link', { exact: true })).toHaveText(url);
    const html = (await dialog.getByLabel('HTML button').textContent()) ?? '';
    expect(html).toMatch(new RegExp(`^<a href="${url.replace(/[.?]/g, '\\$&')}" style="[^"]+">Download the kubeconfig of ${name}</a>$`));
    await expect(dialog.getByLabel('Markdown')).toHaveText(`[Download the kubeconfig of ${name}](${url})`);

    await dialog.getByRole('button', { name: 'Copy Markdown' }).click();
    await expect(dialog.getByRole('status').filter({ hasText: 'Copied' })).toHaveText('Copied to the clipboard.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`[Download the kubeconfig of ${name}](${url})`);

    await expectAccessible(page, 'embed dialog');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
    await expect(panel.getByRole('button', { name: 'Embed' })).toBeFocused();

    // The HTML snippet on a page of its own (a wiki's): one link, and following it ends in the download.
    const wiki = await context.newPage();
    await wiki.setContent(`<main><h1>Team wiki</h1>${html}</main>`);
    const downloading = wiki.waitForEvent('download');
    await wiki.getByRole('link', { name: `Download the kubeconfig of ${name}` }).click();
    expect((await downloading).suggestedFilename()).toBe(`${name}-kubeconfig.yaml`);
    await expect(wiki).toHaveURL(url);
  });
});
