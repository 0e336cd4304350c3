// Getting started with Stackable (issue 14): on an available cluster, the operators of its release and a first
// deployment per product for that release, to copy or download, with the kubectl commands. The member's clusters
// are seeded through the sandbox API and deleted after each test (e2e/fixtures.ts).
import type { Page } from '@playwright/test';
import { parseAllDocuments } from 'yaml';
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { expectAccessible } from './helpers';

test.use({ signedInAs: 'member' });
// The first read of a page may wait for a busy machine (two cores shared with other test runs).
const LOADED = { timeout: 30_000 };

const panel = (page: Page) => page.getByRole('region', { name: 'Getting started with Stackable' });
const objectsOf = (yaml: string) =>
  parseAllDocuments(yaml).map((document) => document.toJS() as { kind: string; spec?: { image?: { productVersion?: unknown } } });

test('an available 25.3 cluster offers its operators and a first Trino by keyboard, copied and downloaded', async ({
  page,
  context,
  availableCluster,
}, testInfo) => {
  test.setTimeout(120_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const { id } = await availableCluster('e2e-start');
  await page.goto(`/clusters/${id}`);
  const start = panel(page);
  await expect(start).toBeVisible(LOADED);
  await expect(start).toContainText('Data Platform 25.3 is Stackable release 25.3');
  await expect(start).toContainText('each at version 25.3.0');
  await expect(start).toContainText('spark-k8s');
  await expect(start).not.toContainText('hello-world'); // 24.11 had it, 25.3 dropped it

  const products = start.getByRole('tablist', { name: 'Product' });
  await expect(products.getByRole('tab')).toHaveText(['ZooKeeper', 'Kafka', 'Trino', 'Spark', 'NiFi', 'Superset', 'Airflow']);
  await products.getByRole('tab', { name: 'Kafka' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(products.getByRole('tab', { name: 'Trino' })).toHaveAttribute('aria-selected', 'true');
  await expect(products.getByRole('tab', { name: 'Trino' })).toBeFocused();

  const trino = start.getByRole('tabpanel');
  await expect(trino.getByRole('heading', { name: 'A first Trino 470 on release 25.3' })).toBeVisible();
  await trino.getByRole('button', { name: 'Copy YAML' }).click();
  await expect(trino.getByRole('status').filter({ hasText: 'Copied' })).toHaveText('Copied to the clipboard.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const objects = objectsOf(copied);
  expect(objects.map((object) => object.kind)).toEqual(['TrinoCluster', 'TrinoCatalog']);
  expect(objects[0]!.spec?.image?.productVersion).toBe('470');

  const downloading = page.waitForEvent('download');
  await trino.getByRole('button', { name: 'Download trino-25.3.yaml' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('trino-25.3.yaml');
  const file = testInfo.outputPath('trino.yaml');
  await download.saveAs(file);
  expect(readFileSync(file, 'utf8')).toBe(copied);

  await expect(trino).toContainText('kubectl apply -n default -f trino-25.3.yaml');
  await expect(trino).toContainText('kubectl wait --for=condition=Available --timeout=20m trinocluster/trino');
  await expect(trino).toContainText('kubectl port-forward svc/trino-coordinator 8443');
  await expect(trino).toContainText('set spec.clusterConfig.listenerClass to external-unstable or external-stable');
  const docs = trino.getByRole('link', { name: /Trino getting started, Stackable 25.3 documentation \(opens in a new tab\)/ });
  await expect(docs).toHaveAttribute('href', 'https://docs.stackable.tech/home/25.3/trino/getting_started/first_steps/');
  await expect(docs).toHaveAttribute('target', '_blank');
  await expect(docs).toHaveAttribute('rel', 'noopener noreferrer');

  await expectAccessible(page, 'cluster detail with getting started');
});

test('a 24.7 cluster gets 24.7’s versions and service names', async ({ page, availableCluster }) => {
  test.setTimeout(90_000);
  const { id } = await availableCluster('e2e-start-247', { properties: { dataPlatformVersion: '24.7' } });
  await page.goto(`/clusters/${id}`);
  const start = panel(page);
  await expect(start).toBeVisible(LOADED);
  await expect(start).toContainText('each at version 24.7.0');
  await expect(start).toContainText('hello-world');
  const kafka = start.getByRole('tabpanel');
  await expect(kafka.getByRole('heading', { name: 'A first Kafka 3.7.1 on release 24.7' })).toBeVisible();
  // 24.7's operator names the Service after the cluster; later releases add a bootstrap Service.
  await expect(kafka).toContainText('kubectl port-forward svc/kafka 9092');
  await expect(kafka).toContainText('productVersion: "3.9.2"'); // the ZooKeeper Kafka keeps its metadata in
});

test('a cluster on a version the reference has no release for says so; a deploying one says when it comes', async ({
  page,
  availableCluster,
  cluster,
  sandbox,
}) => {
  test.setTimeout(120_000);
  const { id } = await availableCluster('e2e-start-243', { properties: { dataPlatformVersion: '24.3' } });
  await page.goto(`/clusters/${id}`);
  await expect(panel(page)).toBeVisible(LOADED);
  await expect(panel(page)).toContainText('first deployments for Stackable releases 24.7 to 25.11; this cluster runs 24.3');
  await expect(panel(page).getByRole('tab')).toHaveCount(0);

  const deploying = await cluster('e2e-start-dep');
  await sandbox.endChangeIn(deploying.id, null);
  await page.goto(`/clusters/${deploying.id}`);
  await expect(panel(page)).toBeVisible(LOADED);
  await expect(panel(page)).toContainText('Offered once the cluster is available');
  await expect(panel(page)).toContainText('It is deploying now.');
  await expect(panel(page).getByRole('tab')).toHaveCount(0);
  await sandbox.endChangeIn(deploying.id, 1);
  await expect(panel(page).getByRole('tab', { name: 'Kafka' })).toBeVisible({ timeout: 20_000 });
});
