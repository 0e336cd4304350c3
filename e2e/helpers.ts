// Small helpers for the specs: signing in through the UI and talking to the sandbox's control endpoint.
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import type { FaultInput } from '@/lib/sandbox/faults';
import { E2E } from './env';

export type Credentials = { username: string; password: string };

export async function signIn(page: Page, user: Credentials, path = '/clusters') {
  await page.goto(path);
  await expect(page).toHaveURL(/\/signin/);
  await page.getByLabel('User name').fill(user.username);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).not.toHaveURL(/\/signin/);
}

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

/** The sandbox's control endpoint, with its token: the only way specs reach /__sandbox. */
const control = (path: string) => [`${E2E.sandboxUrl}/__sandbox${path}`, { headers: E2E.sandboxControlHeaders }] as const;

export const sandbox = {
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
  /** Back to the seed: clusters, faults and the request log (tokens stay valid). */
  async reset(request: APIRequestContext, options: { seed?: 'demo' | 'empty'; provisionSeconds?: number } = {}): Promise<void> {
    const [url, init] = control('/reset');
    expect((await request.post(url, { ...init, data: options })).ok()).toBe(true);
  },
  async mintToken(request: APIRequestContext, user: Credentials): Promise<string> {
    const basic = Buffer.from(`${user.username}:${user.password}`).toString('base64');
    const res = await request.get(`${E2E.sandboxUrl}/auth/v1/tokens/generate`, { headers: { Authorization: `Basic ${basic}` } });
    expect(res.status()).toBe(200);
    return ((await res.json()) as { token: string }).token;
  },
  async revokeAllTokens(request: APIRequestContext, user: Credentials) {
    const basic = Buffer.from(`${user.username}:${user.password}`).toString('base64');
    const res = await request.delete(`${E2E.sandboxUrl}/auth/v1/tokens?criteria=ALL`, { headers: { Authorization: `Basic ${basic}` } });
    expect(res.ok()).toBe(true);
  },
};

/** A cluster's row in the clusters table, found by its name (the row header links to the cluster). */
export function clusterRow(page: Page, name: string) {
  return page.getByRole('table', { name: 'Clusters' }).getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });
}

/** The bearer tokens the console's server used upstream, read from the sandbox's request log. */
export async function upstreamBearerTokens(request: APIRequestContext): Promise<string[]> {
  const tokens = new Set<string>();
  for (const entry of await sandbox.requests(request)) {
    const auth = entry.headers.authorization ?? '';
    if (auth.startsWith('Bearer ')) tokens.add(auth.slice('Bearer '.length));
  }
  return [...tokens];
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
