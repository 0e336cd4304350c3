// Small helpers for the specs: signing in through the UI, the sandbox's control endpoint, random names, the one
// state poller and the one axe check. Fixtures built on them (signed-in pages, seeded clusters): e2e/fixtures.ts.
import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type Page, type Request } from '@playwright/test';
import type { FaultInput } from '@/lib/sandbox/faults';
import { POLL_HEADER } from '@/lib/shared/http';
import { E2E } from './env';

export type Credentials = { username: string; password: string };

/** Signs in through the sign-in form: for the tests of sign-in itself and the setup project (e2e/auth.setup.ts). */
export async function signIn(page: Page, user: Credentials, path = '/clusters') {
  await page.goto(path);
  await expect(page).toHaveURL(/\/signin/);
  await page.getByLabel('User name').fill(user.username);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).not.toHaveURL(/\/signin/);
}

/** A name no other test or run uses: `prefix-` and 8 base-36 characters (time and chance). */
export const randomName = (prefix: string) => `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** `Authorization` for a call straight to the sandbox as `user`. */
export const basicAuth = (user: Credentials) => ({ Authorization: `Basic ${Buffer.from(`${user.username}:${user.password}`).toString('base64')}` });

export type LoggedRequest = {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: string;
  /** A Basic credential's user name (the log keeps no password; its Authorization reads `Basic [redacted]`). */
  credential?: { scheme: 'Basic'; user?: string };
};

/** The user name a logged request sent Basic credentials for. */
export function basicUser(entry: LoggedRequest): string | undefined {
  return entry.credential?.scheme === 'Basic' ? entry.credential.user : undefined;
}

/** The sandbox's control endpoint, with its token: the only way to reach /__sandbox. */
const control = (path: string) => [`${E2E.sandboxUrl}/__sandbox${path}`, { headers: E2E.sandboxControlHeaders }] as const;

/**
 * The sandbox's control endpoint and token calls. Specs reach them through the `sandbox` fixture, which refuses
 * the calls on shared state outside tests tagged @serial (e2e/fixtures.ts); global-teardown uses them directly.
 */
export const sandboxControl = {
  async requests(request: APIRequestContext): Promise<LoggedRequest[]> {
    const res = await request.get(...control('/requests'));
    expect(res.ok()).toBe(true);
    return ((await res.json()) as { items: LoggedRequest[] }).items;
  },
  async clearRequests(request: APIRequestContext) {
    expect((await request.delete(...control('/requests'))).ok()).toBe(true);
  },
  async addFault(request: APIRequestContext, fault: FaultInput): Promise<void> {
    const [url, options] = control('/faults');
    const res = await request.post(url, { ...options, data: fault });
    expect(res.status(), await res.text()).toBe(201);
  },
  async clearFaults(request: APIRequestContext): Promise<void> {
    expect((await request.delete(...control('/faults'))).status()).toBe(204);
  },
  async mintToken(request: APIRequestContext, user: Credentials): Promise<string> {
    const res = await request.get(`${E2E.sandboxUrl}/auth/v1/tokens/generate`, { headers: basicAuth(user) });
    expect(res.status()).toBe(200);
    return ((await res.json()) as { token: string }).token;
  },
  /**
   * When the cluster's change in progress ends: `null` holds it (DEPLOYING stays) until called again; on a cluster
   * not changing, `null` holds its next update or deletion (lib/sandbox/store.ts reschedule).
   */
  async endChangeIn(request: APIRequestContext, clusterId: string, seconds: number | null): Promise<void> {
    const [url, options] = control(`/changes/${clusterId}`);
    const res = await request.put(url, { ...options, data: { endsInSeconds: seconds } });
    expect(res.status(), await res.text()).toBe(204);
  },
  async revokeAllTokens(request: APIRequestContext, user: Credentials) {
    const res = await request.delete(`${E2E.sandboxUrl}/auth/v1/tokens?criteria=ALL`, { headers: basicAuth(user) });
    expect(res.ok()).toBe(true);
  },
};

/** A cluster's row in the clusters table, found by its name (the row header links to the cluster). */
export function clusterRow(page: Page, name: string) {
  return page
    .getByRole('table', { name: 'Clusters' })
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name, exact: true }) });
}

/** The bearer tokens the console's server used upstream, in the sandbox's request log. */
export function bearerTokens(log: LoggedRequest[]): string[] {
  const tokens = new Set<string>();
  for (const entry of log) {
    const auth = entry.headers.authorization ?? '';
    if (auth.startsWith('Bearer ')) tokens.add(auth.slice('Bearer '.length));
  }
  return [...tokens];
}

/** A cluster's or node pool's `metadata.state` from a GET (the console's BFF or the sandbox), or `HTTP <status>`. */
export async function stateOf(request: APIRequestContext, url: string, headers?: Record<string, string>): Promise<string | undefined> {
  const res = await request.get(url, { headers });
  return res.ok() ? ((await res.json()) as { metadata: { state?: string } }).metadata.state : `HTTP ${res.status()}`;
}

/** Waits until `url` answers AVAILABLE: the e2e sandbox provisions in 4 s (e2e/env.ts), and the poll allows for a busy machine. */
export async function untilAvailable(request: APIRequestContext, url: string, headers?: Record<string, string>) {
  await expect.poll(() => stateOf(request, url, headers), { timeout: 15_000 }).toBe('AVAILABLE');
}

/**
 * Creates a node pool through the sandbox's API (as the member unless `as` says otherwise) and returns its id; with
 * `available`, waits until it is AVAILABLE. The one way specs seed pools.
 */
export async function seedNodePool(
  request: APIRequestContext,
  clusterId: string,
  properties: Record<string, unknown>,
  { as = 'member', available = false }: { as?: 'member' | 'admin'; available?: boolean } = {},
): Promise<string> {
  const headers = basicAuth(E2E.users[as]);
  const url = `${E2E.sandboxUrl}/dataplatform/clusters/${clusterId}/nodepools`;
  const res = await request.post(url, { headers, data: { properties } });
  expect(res.status(), await res.text()).toBe(201);
  const { id } = (await res.json()) as { id: string };
  if (available) await untilAvailable(request, `${url}/${id}`, headers);
  return id;
}

type ColorScheme = 'light' | 'dark';

/**
 * No serious or critical axe violation on the page as it is now, in each colour scheme (light and dark unless
 * `schemes` says otherwise). The page is left in the scheme it was in.
 */
export async function expectAccessible(page: Page, label: string, schemes: readonly ColorScheme[] = ['light', 'dark']) {
  const before: ColorScheme = (await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)) ? 'dark' : 'light';
  for (const colorScheme of schemes) {
    await page.emulateMedia({ colorScheme });
    // Colours fade (transition-colors) after a scheme switch; measure contrast once they have settled.
    await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
    const { violations } = await new AxeBuilder({ page }).analyze();
    const serious = violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
    expect(serious, `${label} (${colorScheme})`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: before });
}

/** Cluster wizard, step 1: the name, once the versions have loaded (the newest is preselected), then Next. */
export async function fillBasics(page: Page, name: string) {
  await page.getByLabel('Cluster name').fill(name);
  await expect(page.getByLabel('Data Platform version')).toHaveValue('25.3');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page).toHaveURL(/step=location/);
}

/** Cluster wizard, steps 2 and 3: the Frankfurt data center and the default maintenance window, on to the review. */
export async function pickFrankfurt(page: Page) {
  await page.getByRole('radio', { name: /analytics-fra/ }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page).toHaveURL(/step=maintenance/);
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page).toHaveURL(/step=review/);
}

/** The clusters list is hydrated: the rows come in the server's HTML, and this button tells the browser's state only after. */
export const listHydrated = (page: Page) =>
  expect(page.getByRole('button', { name: /^Browser notifications(: o(n|ff)| blocked)$/ })).toBeVisible({ timeout: 30_000 });

/**
 * Opens the clusters list and waits until it is hydrated and has the whole list: the HTML carries only the first
 * page of rows, the browser then fetches the list (the table is busy meanwhile). A click on a server-rendered button
 * before hydration does nothing (a link loads a whole document), and a request counted before the list is here would
 * be that fetch.
 */
export async function openClusterList(page: Page, path: string) {
  await page.goto(path);
  await listHydrated(page);
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 30_000 });
}

/**
 * The page's requests that a click in the list must not cause: the list's own fetch (its polls, which carry
 * X-Console-Poll, come on their own clock) and a page or RSC request for /clusters (a server render of the list).
 * Prefetches of the rows' links (other routes) are not the list's business.
 */
export function watchListRequests(page: Page) {
  const seen: string[] = [];
  const onRequest = (req: Request) => {
    const url = new URL(req.url());
    const headers = req.headers();
    const listFetch = url.pathname === '/api/dataplatform/clusters' && headers[POLL_HEADER.toLowerCase()] !== '1';
    const serverRender = url.pathname === '/clusters';
    if (listFetch || serverRender) seen.push(`${req.method()} ${url.pathname}${url.search}`);
  };
  page.on('request', onRequest);
  return { seen, stop: () => page.off('request', onRequest) };
}
