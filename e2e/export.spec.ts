// Export as code: from the cluster wizard's review step, and from a seeded cluster's and node pool's pages. Each
// format's tab, Copy (read back from the clipboard) and Download (file name and content); axe in light and dark.
import { readFile } from 'node:fs/promises';
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { E2E } from './env';
import { expect, test, type SeedCluster } from './fixtures';
import { basicAuth, expectAccessible, fillBasics, pickFrankfurt, randomName, untilAvailable } from './helpers';

test.use({ signedInAs: 'member', permissions: ['clipboard-read', 'clipboard-write'] });

/** Shows `label`'s tab in `scope` and returns its code (rendered with the selection, so read after it). */
async function show(scope: Locator, label: string): Promise<string> {
  const tab = scope.getByRole('tab', { name: label, exact: true });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
  const code = (await scope.getByRole('region', { name: `${label} code` }).textContent()) ?? '';
  expect(code.length).toBeGreaterThan(0);
  return code;
}

/** Shows `label`'s tab in `scope`, copies and downloads its code; returns the code. */
async function exportAs(page: Page, scope: Locator, label: string, fileName: string): Promise<string> {
  const code = await show(scope, label);

  await scope.getByRole('button', { name: 'Copy', exact: true }).click();
  await expect(scope.getByRole('status')).toHaveText(`${label} code copied to the clipboard.`);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);

  const downloading = page.waitForEvent('download');
  await scope.getByRole('button', { name: `Download ${fileName}` }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(fileName);
  expect(await readFile(await download.path(), 'utf8')).toBe(code);
  await expect(scope.getByRole('status')).toHaveText(`Saved as ${fileName}.`);
  return code;
}

/** The JSON body of a curl snippet's here-document. */
const curlBody = (code: string) => JSON.parse(code.slice(code.indexOf("<<'JSON'\n") + "<<'JSON'\n".length, code.lastIndexOf('\nJSON'))) as unknown;

test('the cluster wizard’s review step exports the request it is about to send', async ({ page }) => {
  // Four wizard steps and axe in two colour schemes: more than the default on a busy machine.
  test.setTimeout(120_000);
  const name = randomName('export');
  await page.goto('/clusters/new');
  await fillBasics(page, name);
  await pickFrankfurt(page);

  const panel = page.getByRole('region', { name: 'Export as code' });
  await expect(panel.getByRole('tab', { name: 'curl', exact: true })).toHaveAttribute('aria-selected', 'true');
  const body = JSON.parse((await page.getByRole('region', { name: 'Request body' }).textContent()) ?? '') as unknown;
  expect(curlBody(await exportAs(page, panel, 'curl', `${name}-curl.sh`))).toEqual(body);
  await expectAccessible(page, 'review step with the export');

  // Arrow keys move between the formats.
  await panel.getByRole('tab', { name: 'curl', exact: true }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(panel.getByRole('tab', { name: 'Python' })).toBeFocused();
  await expect(panel.getByRole('region', { name: 'Python code' })).toContainText('api.clusters_post(request_body)');

  const terraform = await show(panel, 'Terraform');
  expect(terraform).toContain('version = "6.7.13"');
  expect(terraform).toContain(`name          = "${name}"`);
  expect(terraform).not.toContain('terraform import');
  await expect(panel.getByText(/Terraform provider dropped Data Platform in August 2025/)).toBeVisible();
  expect(await exportAs(page, panel, 'ionosctl', `${name}-ionosctl.sh`)).toContain(`ionosctl dataplatform cluster create \\\n  --name ${name}`);
  await expect(panel.getByText(/ionosctl dropped its Data Platform commands in August 2025/)).toBeVisible();
});

/** A cluster of the member with a LAN and a pool with autoscaling, labels and annotations, both AVAILABLE. */
async function seedClusterWithPool(request: APIRequestContext, availableCluster: SeedCluster) {
  const { id, name } = await availableCluster('export', { properties: { lans: LANS } });
  const member = basicAuth(E2E.users.member);
  const created = await request.post(`${E2E.sandboxUrl}/dataplatform/clusters/${id}/nodepools`, {
    headers: member,
    data: {
      properties: {
        name: 'workers',
        nodeCount: 2,
        labels: { app: 'kafka' },
        annotations: { 'example.com/note': 'say "hi"\nand go' },
        autoScaling: { minNodeCount: 2, maxNodeCount: 4 },
      },
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const poolId = ((await created.json()) as { id: string }).id;
  await untilAvailable(request, `${E2E.sandboxUrl}/dataplatform/clusters/${id}/nodepools/${poolId}`, member);
  return { id, name, poolId };
}

const LANS = [{ lanId: '2', dhcp: true, routes: [{ network: '10.9.0.0/16', gateway: '10.0.0.1' }] }];

test('a cluster page exports the cluster with its node pools and their import commands', async ({ page, request, availableCluster }) => {
  // Seeding waits for two provisionings, and axe runs in two colour schemes: more than the default on a busy machine.
  test.setTimeout(120_000);
  const { id, name, poolId } = await seedClusterWithPool(request, availableCluster);
  await page.goto(`/clusters/${id}`);
  const open = page.getByRole('button', { name: 'Export', exact: true });
  await open.click();
  const dialog = page.getByRole('dialog', { name: `Export ${name} as code` });
  const terraform = await exportAs(page, dialog, 'Terraform', `${name}-terraform.tf`);
  const local = name.replaceAll('-', '_');
  expect(terraform).toContain(`terraform import ionoscloud_dataplatform_cluster.${local} ${id}`);
  expect(terraform).toContain(`terraform import ionoscloud_dataplatform_node_pool.workers ${id}/${poolId}`);
  expect(terraform).toContain('network = "10.9.0.0/16"');
  expect(terraform).not.toContain('stackable-operators');
  expect(curlBody(await show(dialog, 'curl'))).toMatchObject({ properties: { name, lans: LANS } });
  await expectAccessible(page, 'export dialog of a cluster');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();
});

test('a node pool page exports the pool', async ({ page, request, availableCluster }) => {
  test.setTimeout(120_000);
  const { id, poolId } = await seedClusterWithPool(request, availableCluster);
  await page.goto(`/clusters/${id}/nodepools/${poolId}`);
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export workers as code' });
  const go = await exportAs(page, dialog, 'Go', 'workers-go.go');
  expect(go).toContain(`CreateClusterNodepool(context.Background(), "${id}")`);
  expect(go).toContain('"example.com/note": "say \\"hi\\"\\nand go"');
  expect(await show(dialog, 'ionosctl')).toContain('Not expressible: autoscaling 2–4 nodes');
  await expectAccessible(page, 'export dialog of a node pool');
});
