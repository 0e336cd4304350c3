// Issue 5, item 6 (HDR-02): hostile strings in API data render as inert text. The contract's name pattern
// forbids `<` and quotes in cluster and pool names, so the hostile strings travel in node pool annotations (any
// string) and a label; they are shown on the cluster page (pool table) and on the pool's own page.
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { recordCspViolations, unsafeHeaders } from './support';

test.use({ signedInAs: 'member' });
const HOSTILE = `"><img src=x onerror=alert(1)><script>alert(2)</script>`;
const HANDLER = `' onmouseover='alert(3)' autofocus onfocus='alert(4)`;
const LABEL = 'x-onerror-alert-1';

async function json<T>(page: Page, method: 'GET' | 'POST' | 'DELETE', path: string, data?: unknown): Promise<{ status: number; body: T }> {
  const res = await page.request.fetch(path, { method, headers: method === 'GET' ? {} : unsafeHeaders, data });
  return { status: res.status(), body: (await res.json().catch(() => undefined)) as T };
}

/** Fails the test on any dialog (alert/confirm/prompt) and records CSP violations and injected elements. */
async function guard(page: Page) {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const violations = await recordCspViolations(page);
  return async () => {
    expect(dialogs, 'dialogs').toEqual([]);
    // An injected tag or handler would show as script-src-elem / script-src-attr / img-src. The `eval` probe of
    // zod 4's JIT (new Function('') in a try) is not injection; headers.spec.ts reports it on its own.
    expect(
      (await violations()).filter((v) => !v.startsWith('script-src blocked eval')),
      'CSP violations',
    ).toEqual([]);
    // Nothing of the payload became markup.
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    // (Next's own inline scripts may carry the string as escaped data; an injected tag would hold just this.)
    expect(await page.locator('script').evaluateAll((scripts) => scripts.filter((s) => s.textContent?.trim() === 'alert(2)').length)).toBe(0);
    expect(await page.locator('[onmouseover], [onfocus], [onerror]').count()).toBe(0);
  };
}

test('hostile annotations and labels render as text on the cluster and node pool pages', async ({ page, availableCluster }) => {
  const check = await guard(page);
  const { id: clusterId, name } = await availableCluster('x-onerror-img');
  const pool = await json<{ id: string }>(page, 'POST', `/api/dataplatform/clusters/${clusterId}/nodepools`, {
    properties: {
      name: 'inert-pool',
      nodeCount: 1,
      labels: { 'console.test/probe': LABEL },
      annotations: { 'console.test/xss': HOSTILE, 'console.test/handler': HANDLER },
    },
  });
  expect(pool.status).toBe(201);

  // The cluster page: the pool table's "labels and annotations" disclosure.
  await page.goto(`/clusters/${clusterId}`);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  const pools = page.getByRole('table', { name: 'Node pools' });
  const row = pools.getByRole('row').filter({ hasText: 'inert-pool' });
  await row.getByText('1 label, 2 annotations').click();
  await expect(row.getByText(HOSTILE, { exact: true })).toBeVisible();
  await expect(row.getByText(HANDLER, { exact: true })).toBeVisible();
  await expect(row.getByText(LABEL, { exact: true })).toBeVisible();
  await check();

  // The pool's own page lists labels and annotations in full.
  await page.goto(`/clusters/${clusterId}/nodepools/${pool.body.id}`);
  const annotations = page.getByRole('region', { name: 'Annotations' });
  await expect(annotations.getByText(HOSTILE, { exact: true })).toBeVisible();
  await expect(annotations.getByText(HANDLER, { exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Labels' }).getByText(LABEL, { exact: true })).toBeVisible();
  await check();
});
