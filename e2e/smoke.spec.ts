// @smoke: the one journey every supported Node version must pass (scripts/node-matrix.sh runs it on Node 22/24):
// sign in through the UI, the seeded list, a cluster created in the wizard until AVAILABLE, its kubeconfig in kubectl.
import { execFileSync } from 'node:child_process';
import { E2E } from './env';
import { expect, test } from './fixtures';
import { clusterRow, fillBasics, pickFrankfurt, randomName, signIn } from './helpers';

const KUBECTL = '/usr/bin/kubectl';

test(
  'sign in, list, create a cluster in the wizard, download a kubeconfig kubectl accepts',
  { tag: '@smoke' },
  async ({ page, cleanUpCluster }, testInfo) => {
    await signIn(page, E2E.users.member);
    await expect(clusterRow(page, 'kafka-dev')).toBeVisible();

    await page.getByRole('link', { name: 'Create cluster' }).first().click();
    const name = randomName('smoke');
    await fillBasics(page, name);
    await pickFrankfurt(page);
    const created = page.waitForResponse((res) => res.url().endsWith('/api/dataplatform/clusters') && res.request().method() === 'POST');
    await page.getByRole('button', { name: 'Create cluster' }).click();
    expect((await created).status()).toBe(201);
    const createdId = ((await (await created).json()) as { id: string }).id;
    cleanUpCluster(createdId);
    await expect(page).toHaveURL(new RegExp(`/clusters/${createdId}$`));
    // The e2e sandbox provisions in 4 s (e2e/env.ts); the page polls every 3 s while DEPLOYING.
    await expect(page.getByRole('region', { name: 'Status' })).toContainText('Available', { timeout: 15_000 });

    const downloading = page.waitForEvent('download');
    await page.getByRole('region', { name: 'Kubeconfig' }).getByRole('link', { name: 'Download kubeconfig' }).click();
    const file = testInfo.outputPath(`${name}-kubeconfig.yaml`);
    await (await downloading).saveAs(file);
    const view = execFileSync(KUBECTL, ['config', 'view', '--kubeconfig', file], { encoding: 'utf8' });
    expect(view).toContain(`server: https://${createdId}.dataplatform.sandbox.test:6443`);
  },
);
