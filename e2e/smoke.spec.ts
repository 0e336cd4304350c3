// @smoke: the one journey every supported Node version must pass (scripts/node-matrix.sh runs it on Node 22/24):
// sign in through the UI, the seeded list, a cluster created in the wizard until AVAILABLE, its kubeconfig in kubectl.
import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { E2E } from './env';
import { clusterRow, fillBasics, pickFrankfurt, signIn } from './helpers';

const KUBECTL = '/usr/bin/kubectl';
let createdId: string | undefined;

test.afterEach(async ({ page }) => {
  if (!createdId) return;
  await page.request.delete(`/api/dataplatform/clusters/${createdId}`, { headers: { 'X-Console-CSRF': '1', Origin: E2E.consoleUrl } });
  createdId = undefined;
});

test('sign in, list, create a cluster in the wizard, download a kubeconfig kubectl accepts', { tag: '@smoke' }, async ({ page }, testInfo) => {
  await signIn(page, E2E.users.member);
  await expect(clusterRow(page, 'kafka-dev')).toBeVisible();

  await page.getByRole('link', { name: 'Create cluster' }).first().click();
  const name = `smoke-${Date.now().toString(36)}`;
  await fillBasics(page, name);
  await pickFrankfurt(page);
  const created = page.waitForResponse((res) => res.url().endsWith('/api/dataplatform/clusters') && res.request().method() === 'POST');
  await page.getByRole('button', { name: 'Create cluster' }).click();
  expect((await created).status()).toBe(201);
  createdId = ((await (await created).json()) as { id: string }).id;
  await expect(page).toHaveURL(new RegExp(`/clusters/${createdId}$`));
  // The e2e sandbox provisions in 2 s; the page polls every 3 s while DEPLOYING.
  await expect(page.getByRole('region', { name: 'Status' })).toContainText('Available', { timeout: 15_000 });

  const downloading = page.waitForEvent('download');
  await page.getByRole('region', { name: 'Kubeconfig' }).getByRole('button', { name: 'Download kubeconfig' }).click();
  const file = testInfo.outputPath(`${name}-kubeconfig.yaml`);
  await (await downloading).saveAs(file);
  const view = execFileSync(KUBECTL, ['config', 'view', '--kubeconfig', file], { encoding: 'utf8' });
  expect(view).toContain(`server: https://${createdId}.dataplatform.sandbox.test:6443`);
});
