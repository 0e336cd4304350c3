// Issue 5, item 9 (REL-01..07): the sandbox's fault injection against the production server. The clusters page
// says what happened in plain words and recovers by itself (no reload) when the upstream is back; data from
// before a failure is marked as not current; POST and PATCH go upstream exactly once; the circuit breaker stops
// calling an upstream that keeps failing and closes again after its cool-down (3 s in e2e, see e2e/env.ts).
// Every test is @serial: a fault and the breaker meet every user of the sandbox and the console.
import type { Page } from '@playwright/test';
import type { FaultInput } from '@/lib/sandbox/faults';
import { SEED_IDS } from '@/lib/sandbox/seed';
import { E2E } from '../env';
import { expect, SERIAL, test } from '../fixtures';
import { clusterRow, randomName } from '../helpers';
import { rawRequest, sessionCookie, unsafeHeaders } from './support';

const { member } = E2E.users;
const LIST = '/dataplatform/clusters';

test.describe.configure({ timeout: 120_000 });
test.use({ signedInAs: 'member' });

let cookie = '';
test.beforeAll(async () => {
  cookie = await sessionCookie(member);
});

test.afterEach(async ({ sandbox }) => {
  await sandbox.clearFaults();
  // Leave the breaker closed for whatever runs next: one call that succeeds after its cool-down closes it.
  await expect
    .poll(async () => (await rawRequest('/api/dataplatform/versions', { headers: { cookie } })).status, { timeout: 20_000, intervals: [500, 1_000] })
    .toBe(200);
});

const listAlert = (page: Page) => page.getByRole('alert').filter({ hasText: /could not be (loaded|refreshed)/ });

/** Marks the document, so a later check can tell that the page recovered without a reload. */
async function markDocument(page: Page) {
  await page.evaluate(() => Object.assign(window, { __sameDocument: true }));
  return async () => expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
}

// Timeouts and dropped connections count towards the breaker (3 attempts per call), and the console's layout polls
// the list too: by the time the page shows its error the breaker may already be open, and then its own words are
// what the user reads. Both say what happened.
const PAUSED = 'pauses calls to it';
const LIST_FAULTS: { name: string; fault: FaultInput; says: RegExp }[] = [
  { name: '503', fault: { method: 'GET', path: LIST, status: 503 }, says: /busy right now|unavailable/i },
  { name: '500', fault: { method: 'GET', path: LIST, status: 500 }, says: /could not be loaded/ },
  { name: '429 with Retry-After', fault: { method: 'GET', path: LIST, status: 429, retryAfter: 1 }, says: /busy right now/i },
  {
    name: 'slower than the timeout',
    fault: { method: 'GET', path: LIST, latencyMs: 12_000 },
    says: new RegExp(`did not answer within 3 seconds|${PAUSED}`),
  },
  { name: 'connection dropped', fault: { method: 'GET', path: LIST, drop: true }, says: new RegExp(`could not be reached|${PAUSED}`) },
];

for (const { name, fault, says } of LIST_FAULTS) {
  test(`upstream ${name}: the list says so in words and recovers by itself`, { tag: SERIAL }, async ({ page, sandbox }) => {
    await page.goto('/clusters');
    await sandbox.addFault(fault);
    await page.reload();
    const alert = listAlert(page);
    await expect(alert).toContainText(says, { timeout: 30_000 });
    await expect(alert.getByRole('button', { name: /try again/i })).toBeVisible();
    // Nothing pretends to be the list while it could not be loaded.
    await expect(page.getByRole('table', { name: 'Clusters' })).toHaveCount(0);
    const sameDocument = await markDocument(page);

    await sandbox.clearFaults();
    await expect(clusterRow(page, 'kafka-dev')).toBeVisible({ timeout: 45_000 });
    await expect(listAlert(page)).toHaveCount(0);
    await sameDocument();
  });
}

test('data from before a failure is marked as not current, and fresh again once the upstream is back', { tag: SERIAL }, async ({ page, sandbox }) => {
  await page.goto('/clusters');
  await expect(clusterRow(page, 'kafka-dev')).toBeVisible();
  const sameDocument = await markDocument(page);
  await sandbox.addFault({ method: 'GET', path: LIST, status: 503 });
  // A refetch as on returning to the tab: react-query's focus manager listens on window and refetches data older
  // than its staleTime (5 s), so this repeats until the data is stale.
  await expect(async () => {
    await page.evaluate(() => window.dispatchEvent(new Event('visibilitychange')));
    await expect(listAlert(page)).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  const alert = listAlert(page);
  await expect(alert).toContainText('The clusters could not be refreshed');
  await expect(alert).toContainText('The table shows the last known state.');
  // The old rows stay, under the warning, and the table itself no longer claims to be current.
  await expect(clusterRow(page, 'kafka-dev')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Clusters' }).locator('caption')).toContainText('not current: refreshing failed');

  await sandbox.clearFaults();
  await expect(listAlert(page)).toHaveCount(0, { timeout: 45_000 });
  await expect(clusterRow(page, 'kafka-dev')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Clusters' }).locator('caption')).toContainText('updated automatically');
  await sameDocument();
});

test('a create that fails with 503 is sent once, says the cluster may exist, and keeps the input', { tag: SERIAL }, async ({ page, sandbox }) => {
  await page.goto('/clusters/new');
  const name = randomName('e2e-fault');
  await page.getByLabel('Cluster name').fill(name);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('radio', { name: /analytics-fra/ }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page).toHaveURL(/step=review/);

  await sandbox.addFault({ method: 'POST', path: LIST, status: 503 });
  await sandbox.clearRequests();
  await page.getByRole('button', { name: 'Create cluster' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'The cluster may still have been created' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Request body' })).toContainText(`"name": "${name}"`);
  const posts = (await sandbox.requests()).filter((r) => r.method === 'POST');
  expect(posts.map((r) => r.path)).toEqual([LIST]);
});

test('a PATCH that meets a 503, a timeout or a dropped connection is sent once', { tag: SERIAL }, async ({ sandbox }) => {
  const path = `/api/dataplatform/clusters/${SEED_IDS.clusters.kafkaDev}`;
  const body = JSON.stringify({ properties: { maintenanceWindow: { dayOfTheWeek: 'Monday', time: '03:00:00' } } });
  for (const fault of [{ status: 503 }, { latencyMs: 8_000 }, { drop: true }] as const) {
    await sandbox.clearFaults();
    await sandbox.addFault({ method: 'PATCH', path: `${LIST}/`, ...fault });
    await sandbox.clearRequests();
    const answer = await rawRequest(path, {
      method: 'PATCH',
      body,
      headers: { ...unsafeHeaders, cookie, 'content-type': 'application/json', 'content-length': String(body.length) },
    });
    expect([502, 503, 504], JSON.stringify(fault)).toContain(answer.status);
    const patches = (await sandbox.requests()).filter((r) => r.method === 'PATCH');
    expect(patches, JSON.stringify(fault)).toHaveLength(1);
    if (!('status' in fault)) expect(answer.body).toContain('may still be in progress');
  }
});

test('the circuit breaker stops calling a failing upstream, fails fast, and closes after the cool-down', { tag: SERIAL }, async ({ sandbox }) => {
  const call = async () => {
    const started = Date.now();
    const answer = await rawRequest('/api/dataplatform/versions', { headers: { cookie } });
    return { ...answer, ms: Date.now() - started };
  };
  await sandbox.addFault({ method: 'GET', path: '/dataplatform/versions', status: 503 });
  await sandbox.clearRequests();
  const upstreamCalls = async () => (await sandbox.requests()).filter((r) => r.path === '/dataplatform/versions').length;

  // Retries and all, five failures in a row open the breaker (threshold 5).
  for (let i = 0; i < 2; i++) expect((await call()).status).toBe(503);
  const whenOpened = await upstreamCalls();
  expect(whenOpened).toBeGreaterThanOrEqual(5);
  expect(whenOpened).toBeLessThanOrEqual(6);
  for (let i = 0; i < 10; i++) {
    const answer = await call();
    expect(answer.status).toBe(503);
    expect(answer.headers['retry-after']).toMatch(/^\d+$/);
    expect(answer.body).toContain('pauses calls');
    expect(answer.ms).toBeLessThan(1_000);
  }
  expect(await upstreamCalls()).toBe(whenOpened);

  // The upstream is back: after the cool-down one probe goes through and closes the breaker.
  await sandbox.clearFaults();
  await expect.poll(async () => (await call()).status, { timeout: 20_000, intervals: [1_000] }).toBe(200);
  expect(await upstreamCalls()).toBeGreaterThan(whenOpened);
  for (let i = 0; i < 3; i++) expect((await call()).status).toBe(200);
});
