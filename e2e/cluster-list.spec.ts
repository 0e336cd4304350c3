// The clusters list: filters, order and pages in the URL, node pool counts, live toasts for clusters this
// browser watches, 500 clusters, and axe in both colour schemes. Against `next start` and the sandbox.
import type { Page, Request } from '@playwright/test';
import { DATACENTER_IDS } from '@/lib/sandbox/datacenters';
import { SEED_IDS } from '@/lib/sandbox/seed';
import { POLL_HEADER } from '@/lib/shared/http';
import { E2E } from './env';
import { expect, SERIAL, test } from './fixtures';
import { clusterRow, expectAccessible, randomName, watchListRequests, openClusterList, listHydrated } from './helpers';
import { STORAGE_KEYS } from '@/lib/browser/keys';

const WATCH_KEY = STORAGE_KEYS.watched;

test.use({ signedInAs: 'admin' });

const clustersTable = (page: Page) => page.getByRole('table', { name: 'Clusters' });
const clusterLink = (page: Page, name: string) => clustersTable(page).getByRole('link', { name, exact: true });
const LIST_PATH = '/api/dataplatform/clusters';

test('the name filter lives in the URL and the back button restores the list', async ({ page }) => {
  await openClusterList(page, '/clusters');
  await expect(clusterLink(page, 'analytics-prod')).toBeVisible();

  await page.getByLabel('Filter by name').fill('kafka');
  await expect(page).toHaveURL(/\/clusters\?name=kafka$/);
  await expect(clusterLink(page, 'kafka-dev')).toBeVisible();
  await expect(clusterLink(page, 'analytics-prod')).toHaveCount(0);

  await page.goBack();
  await expect(page).toHaveURL(/\/clusters$/);
  await expect(page.getByLabel('Filter by name')).toHaveValue('');
  await expect(clusterLink(page, 'analytics-prod')).toBeVisible();

  await page.goForward();
  await expect(page.getByLabel('Filter by name')).toHaveValue('kafka');
  await expect(clusterLink(page, 'analytics-prod')).toHaveCount(0);
});

test('the first rows come in the server-rendered HTML, only they, and the browser fetches the whole list once', async ({ page }) => {
  const row = (id: string, name: string) => new RegExp(`<a [^>]*href="/clusters/${id}"[^>]*>${name}</a>`);
  const html = await (await page.request.get('/clusters')).text();
  expect(html).toMatch(row(SEED_IDS.clusters.analyticsProd, 'analytics-prod'));
  // In the document's first render, not streamed into a hidden segment behind a loading skeleton (which React shows
  // only 300 ms after the skeleton's first frame): the rows are shown as soon as they are parsed.
  const beforeTable = html.slice(0, html.indexOf('aria-label="Clusters"'));
  expect(beforeTable).toContain('<main');
  expect(beforeTable).not.toMatch(/<div hidden id="S:|aria-busy="true"/);
  const filtered = await (await page.request.get('/clusters?name=kafka')).text();
  expect(filtered).toMatch(row(SEED_IDS.clusters.kafkaDev, 'kafka-dev'));
  expect(filtered).not.toMatch(row(SEED_IDS.clusters.analyticsProd, 'analytics-prod'));
  // Only the view's rows travel with the HTML, not the list they were picked from (nor any copy of it for the cache).
  const failedOnly = await (await page.request.get('/clusters?state=FAILED')).text();
  expect(failedOnly).toMatch(row(SEED_IDS.clusters.nifiFailed, 'nifi-failed'));
  expect(failedOnly).not.toContain(SEED_IDS.clusters.analyticsProd);

  // The whole list is held back: the server's rows show meanwhile, in a busy table, and a sort waits for the list
  // instead of reordering the first page alone.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const wholeList: string[] = [];
  await page.route(
    (url) => url.pathname === LIST_PATH && !url.searchParams.has('name'),
    async (route) => {
      wholeList.push(route.request().headers()[POLL_HEADER.toLowerCase()] ?? 'not a poll');
      await held;
      await route.continue();
    },
  );
  const requests = watchListRequests(page);
  await page.goto('/clusters');
  await expect(clusterLink(page, 'analytics-prod')).toBeVisible();
  await listHydrated(page);
  await expect.poll(() => wholeList).toEqual(['not a poll']);
  await expect(clustersTable(page)).toHaveAttribute('aria-busy', 'true');
  const firstAscending = await clustersTable(page).getByRole('rowheader').first().innerText();
  await clustersTable(page).getByRole('columnheader', { name: 'Name' }).getByRole('button', { name: 'Name' }).click();
  await expect(page).toHaveURL(/sort=name&dir=desc/);
  await expect(page.getByRole('table', { name: 'Loading clusters' })).toBeVisible();
  release();
  await expect(clustersTable(page)).not.toHaveAttribute('aria-busy', 'true');
  await expect(clustersTable(page).getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'descending');
  await expect(clustersTable(page).getByRole('rowheader').first()).not.toHaveText(firstAscending);
  await expect(clusterRow(page, 'analytics-prod').getByRole('cell', { name: '2', exact: true })).toBeVisible({ timeout: 30_000 });
  requests.stop();
  // One document and one fetch of the whole list: no second render, no second fetch.
  expect(requests.seen).toEqual(['GET /clusters', 'GET /api/dataplatform/clusters']);
  expect(wholeList).toHaveLength(1);
});

test('a name typed before the page is hydrated is kept, and filters the list once it is', async ({ page }) => {
  // The page's scripts are held: the server's rows and the input are there, React is not.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(
    (url) => url.pathname.startsWith('/_next/static/') && url.pathname.endsWith('.js'),
    async (route) => {
      await held;
      await route.continue();
    },
  );
  await page.goto('/clusters', { waitUntil: 'domcontentloaded' });
  await expect(clusterLink(page, 'analytics-prod')).toBeVisible();
  await page.getByLabel('Filter by name').fill('kafka');
  release();
  await listHydrated(page);
  await expect(page).toHaveURL(/\/clusters\?name=kafka$/);
  await expect(page.getByLabel('Filter by name')).toHaveValue('kafka');
  await expect(clusterLink(page, 'kafka-dev')).toBeVisible();
  await expect(clusterLink(page, 'analytics-prod')).toHaveCount(0);
});

test('sorting changes the rows in the browser, and back and forward restore the order, without a request', async ({ page }) => {
  await openClusterList(page, '/clusters');
  await expect(clusterLink(page, 'analytics-prod')).toBeVisible();
  const nameHeader = clustersTable(page).getByRole('columnheader', { name: 'Name' });
  const rowNames = () => clustersTable(page).getByRole('rowheader').allInnerTexts();
  const ascending = await rowNames();
  const requests = watchListRequests(page);

  await nameHeader.getByRole('button', { name: 'Name' }).click();
  await expect(page).toHaveURL(/sort=name&dir=desc/);
  await expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(clustersTable(page).getByRole('rowheader').first()).not.toHaveText(ascending[0] ?? '');

  await page.goBack();
  await expect(page).toHaveURL(/\/clusters$/);
  await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(clustersTable(page).getByRole('rowheader').first()).toHaveText(ascending[0] ?? '');

  await page.goForward();
  await expect(page).toHaveURL(/sort=name&dir=desc/);
  await expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
  requests.stop();
  expect(requests.seen).toEqual([]);
});

test('the name filter narrows the loaded rows at once, then shows the API answer when it comes', async ({ page }) => {
  await openClusterList(page, '/clusters');
  await expect(clusterLink(page, 'analytics-prod')).toBeVisible();
  // The API's answer for the finished name is held until the narrowed rows have been seen, and brings one cluster
  // more than the loaded rows hold, so its arrival shows.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const asked: string[] = [];
  await page.route(
    (url) => url.pathname === LIST_PATH && url.searchParams.has('name'),
    async (route) => {
      const name = new URL(route.request().url()).searchParams.get('name') ?? '';
      asked.push(name);
      const response = await route.fetch();
      if (name !== 'kafka-dev') return route.fulfill({ response });
      const body = (await response.json()) as { items: { id: string; properties: { name: string } }[] };
      const [kafka] = body.items;
      if (!kafka) throw new Error('kafka-dev is not in the API answer');
      body.items.push({ ...kafka, id: '00000000-0000-4000-8000-00000000a11e', properties: { ...kafka.properties, name: 'kafka-dev-from-the-api' } });
      await held;
      await route.fulfill({ response, json: body });
    },
  );

  await page.getByLabel('Filter by name').pressSequentially('kafka-dev', { delay: 20 });
  await expect(clusterLink(page, 'kafka-dev')).toBeVisible();
  await expect(clusterLink(page, 'analytics-prod')).toHaveCount(0);
  await expect.poll(() => asked.includes('kafka-dev')).toBe(true);
  // Asked and not answered yet: the narrowed rows are what the table shows, marked as not final.
  await expect(clustersTable(page)).toHaveAttribute('aria-busy', 'true');
  await expect(clusterLink(page, 'kafka-dev-from-the-api')).toHaveCount(0);

  release();
  await expect(clusterLink(page, 'kafka-dev-from-the-api')).toBeVisible();
  await expect(clustersTable(page)).not.toHaveAttribute('aria-busy');
  await expect(page).toHaveURL(/\/clusters\?name=kafka-dev$/);
});

test('the state filter and sorting are kept in the URL', async ({ page }) => {
  await openClusterList(page, '/clusters?state=FAILED');
  await expect(page.getByLabel('Filter by state')).toHaveValue('FAILED');
  await expect(clusterLink(page, 'nifi-failed')).toBeVisible();
  await expect(clusterLink(page, 'analytics-prod')).toHaveCount(0);

  await page.getByLabel('Filter by state').selectOption('');
  await expect(page).toHaveURL(/\/clusters$/);
  await expect(clusterLink(page, 'analytics-prod')).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/state=FAILED/);
  await expect(clusterLink(page, 'analytics-prod')).toHaveCount(0);
  await page.getByLabel('Filter by state').selectOption('');

  const nameHeader = clustersTable(page).getByRole('columnheader', { name: 'Name' });
  await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
  await nameHeader.getByRole('button', { name: 'Name' }).click();
  await expect(page).toHaveURL(/sort=name&dir=desc/);
  await expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
  const names = await clustersTable(page).getByRole('rowheader').allInnerTexts();
  expect(names.length).toBeGreaterThan(1);
  expect(names).toEqual([...names].sort((a, b) => b.localeCompare(a, 'en', { sensitivity: 'base', numeric: true })));
});

test.describe('in Berlin', () => {
  test.use({ timezoneId: 'Europe/Berlin' });

  test('rows show node pool counts and the maintenance window in local time and UTC', async ({ page }) => {
    await page.goto('/clusters');
    const analytics = clusterRow(page, 'analytics-prod');
    await expect(analytics.getByRole('cell', { name: '2', exact: true })).toBeVisible();
    await expect(clusterRow(page, 'nifi-failed').getByRole('cell', { name: '1', exact: true })).toBeVisible();
    await expect(analytics).toContainText(/Saturday 0[45]:00–0[89]:00 GMT\+[12]/);
    await expect(analytics).toContainText('Saturday 03:00–07:00 UTC');
    await expect(analytics).toContainText('analytics-fra');
    await expect(clusterRow(page, 'kafka-dev').getByText('Upgrade available')).toBeVisible();
  });
});

test('rows a name filter shows get their node pool counts once the API has answered for the name', async ({ page }) => {
  // Typed and from the URL: the counts wait while the answer for the name is on its way (the table is busy), then come.
  await page.goto('/clusters');
  await page.getByLabel('Filter by name').fill('nifi-fail');
  await expect(page).toHaveURL(/name=nifi-fail$/);
  await expect(clusterRow(page, 'nifi-failed').getByRole('cell', { name: '1', exact: true })).toBeVisible();
  await expect(clustersTable(page)).not.toHaveAttribute('aria-busy');
  await page.goto('/clusters?name=analytics');
  await expect(clusterRow(page, 'analytics-prod').getByRole('cell', { name: '2', exact: true })).toBeVisible();
});

test('filters that hide every cluster say so and can be cleared', async ({ page }) => {
  await openClusterList(page, '/clusters?name=no-such-cluster&state=FAILED');
  await expect(page.getByRole('heading', { name: 'No clusters match' })).toBeVisible();
  await expect(page.getByText('There is no cluster whose name contains “no-such-cluster” and in state “Failed”.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL(/\/clusters$/);
  await expect(page.getByLabel('Filter by name')).toHaveValue('');
  await expect(clusterLink(page, 'analytics-prod')).toBeVisible();
});

test('a watched cluster raises one toast when it becomes available or fails', async ({ page, cleanUpCluster }) => {
  await page.goto('/clusters');
  await expect(clusterLink(page, 'analytics-prod')).toBeVisible();
  const ready = randomName('e2e-ready');
  const broken = randomName('e2e-fail');
  const created: string[] = [];
  for (const name of [ready, broken]) {
    // Through the console with the page's session, as the wizard does.
    const res = await page.request.post('/api/dataplatform/clusters', {
      headers: { 'X-Console-CSRF': '1', Origin: E2E.consoleUrl },
      data: { properties: { name, datacenterId: DATACENTER_IDS.frankfurt } },
    });
    expect(res.status(), await res.text()).toBe(201);
    const { id } = (await res.json()) as { id: string };
    cleanUpCluster(id);
    created.push(id);
  }
  // What watchCluster(id, 'create') stores after the create mutation succeeds.
  await page.evaluate(([key, items]) => localStorage.setItem(key, JSON.stringify({ version: 1, items })), [
    WATCH_KEY,
    created.map((id, i) => ({ id, action: 'create', at: Date.now(), name: [ready, broken][i] })),
  ] as const);
  await page.reload();

  const messages = page.getByRole('status', { name: 'Messages' });
  await expect(messages.getByText(`Cluster “${ready}” is ready`)).toBeVisible();
  await expect(messages.getByRole('link', { name: 'Open cluster' })).toHaveAttribute('href', `/clusters/${created[0]}`);
  const failures = page.getByRole('alert', { name: 'Failures' });
  await expect(failures.getByText(`Creating “${broken}” failed`)).toBeVisible();
  // Focus holds a toast's countdown (WCAG 2.2.1), as it would for a user reading it: the failure (15 s) stays
  // however long the checks below take on a busy machine.
  const dismiss = failures.getByRole('button', { name: `Dismiss: Creating “${broken}” failed` });
  await dismiss.focus();
  await expect(clusterRow(page, ready).getByText('Available')).toBeVisible();
  await expectAccessible(page, 'list with toasts');

  await dismiss.click();
  await expect(failures.getByText(`Creating “${broken}” failed`)).toHaveCount(0);
  // Settled watches are not toasted again after a reload.
  await page.reload();
  await expect(clusterLink(page, ready)).toBeVisible();
  await expect(messages.getByText(`Cluster “${ready}” is ready`)).toHaveCount(0);
});

// @serial: a slow list for everyone. The list page has no loading skeleton (its first HTML carries the rows), so a
// click in the sidebar keeps the page it came from, with a spinner on the item, until the list is there.
test('the sidebar shows that the list is on its way while a slow upstream keeps it', { tag: SERIAL }, async ({ page, sandbox }) => {
  // To the cluster's page in the browser, so the console is hydrated there (a click before would load a document).
  await openClusterList(page, '/clusters');
  await clusterLink(page, 'kafka-dev').click();
  const heading = page.getByRole('heading', { level: 1, name: 'kafka-dev' });
  await expect(heading).toBeVisible();
  await sandbox.addFault({ method: 'GET', path: '/dataplatform/clusters', latencyMs: 2_000 });
  try {
    const item = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clusters', exact: true });
    await item.click();
    await expect(item.locator('[data-pending]')).toBeVisible();
    await expect(heading).toBeVisible();
    await expect(clusterLink(page, 'kafka-dev')).toBeVisible({ timeout: 15_000 });
    await expect(page).toHaveURL(/\/clusters$/);
    await expect(item.locator('[data-pending]')).toHaveCount(0);
  } finally {
    await sandbox.clearFaults();
  }
});

// @serial: 500 more rows in the administrator's list would push the seeded ones off other tests' first page. The
// clusters belong to a user of this test alone and are deleted by the fixture, with retries, after the test.
test.describe('a user with 500 clusters', () => {
  test.use({ signedInAs: 'bulk' });

  test('500 clusters: one page of rows and at most one page of node pool requests', { tag: SERIAL }, async ({ page, cluster }) => {
    test.setTimeout(120_000);
    const prefix = randomName('e2e-bulk');
    for (let i = 0; i < 500; i += 50) {
      await Promise.all(Array.from({ length: 50 }, (_, j) => cluster(`${prefix}-${String(i + j).padStart(3, '0')}`)));
    }
    const poolRequests: string[] = [];
    page.on('request', (req) => {
      if (/\/api\/dataplatform\/clusters\/[^/]+\/nodepools$/.test(new URL(req.url()).pathname)) poolRequests.push(req.url());
    });
    const started = Date.now();
    await openClusterList(page, '/clusters');
    await expect(clustersTable(page).getByRole('rowheader')).toHaveCount(25);
    console.log(`500 clusters: table shown ${Date.now() - started} ms after the navigation started`);
    await expect(clustersTable(page)).toContainText(/1–25 of 50\d clusters/);
    expect(poolRequests.length).toBeLessThanOrEqual(25);

    const requests = watchListRequests(page);
    await page.getByRole('button', { name: 'Next page' }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(clustersTable(page)).toContainText(/26–50 of 50\d clusters/);
    await expect(clustersTable(page).getByRole('rowheader')).toHaveCount(25);
    expect(poolRequests.length).toBeLessThanOrEqual(50);
    await page.goBack();
    await expect(clustersTable(page)).toContainText(/1–25 of 50\d clusters/);
    await page.goForward();
    await expect(clustersTable(page)).toContainText(/26–50 of 50\d clusters/);
    requests.stop();
    // Paging happened in the browser: no list fetch, no server render.
    expect(requests.seen).toEqual([]);

    await page.getByLabel('Filter by name').fill(`${prefix}-49`);
    await expect(page).toHaveURL(new RegExp(`name=${prefix}-49`));
    await expect(clustersTable(page).getByRole('rowheader')).toHaveCount(10);
  });
});

test('with two tabs open, one polls the list and the other shows its data', async ({ page, cluster }) => {
  // A fake clock (running at normal speed) lets the test jump to the next slow poll instead of waiting 30 s.
  await page.clock.install();
  // The older tab leads: each is hydrated (and so in the election) before the next one opens.
  await page.goto('/clusters');
  await expect(clusterLink(page, 'analytics-prod')).toBeVisible();
  await listHydrated(page);
  const second = await page.context().newPage();
  await second.goto('/clusters');
  await expect(clusterLink(second, 'analytics-prod')).toBeVisible();
  await listHydrated(second);

  // Polls (X-Console-Poll): each tab fetches the whole list once when it opens (the HTML has its first rows only),
  // which is no polling.
  const listRequests = { first: 0, second: 0 };
  const isListPoll = (req: Request) => new URL(req.url()).pathname === LIST_PATH && req.headers()[POLL_HEADER.toLowerCase()] === '1';
  page.on('request', (req) => void (isListPoll(req) && listRequests.first++));
  second.on('request', (req) => void (isListPoll(req) && listRequests.second++));

  const { name } = await cluster('e2e-tabs');
  await page.clock.fastForward(31_000);
  // The older tab polled; the newer one got the answer over the BroadcastChannel.
  await expect(clusterLink(page, name)).toBeVisible();
  await expect(clusterLink(second, name)).toBeVisible();
  expect(listRequests.first).toBeGreaterThanOrEqual(1);
  expect(listRequests.second).toBe(0);
});

test('browser notifications are asked for only from the toggle', async ({ page, context }) => {
  await context.grantPermissions(['notifications']);
  await openClusterList(page, '/clusters');
  const toggle = page.getByRole('button', { name: 'Browser notifications: off' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  const on = page.getByRole('button', { name: 'Browser notifications: on' });
  await expect(on).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await expect(on).toBeVisible();
  await on.click();
  await expect(toggle).toBeVisible();
});

test('the list has no serious accessibility violations, light and dark', async ({ page }) => {
  await openClusterList(page, '/clusters');
  await expect(clusterLink(page, 'analytics-prod')).toBeVisible();
  await expectAccessible(page, 'list');
  await page.getByLabel('Filter by name').fill('no-such-cluster');
  await expect(page.getByRole('heading', { name: 'No clusters match' })).toBeVisible();
  await expectAccessible(page, 'no match', ['dark']);
});
