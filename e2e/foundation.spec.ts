// The foundation journey: sign-in both ways, the seeded clusters, sign-out, sessions that end, and no
// credential in the browser. Against `next start` and the sandbox on loopback.
import { expect, test } from '@playwright/test';
import { E2E } from './env';
import { clusterRow, sandbox, signIn, upstreamBearerTokens } from './helpers';

const { admin, member } = E2E.users;

test('a member signs in with a password and sees his seeded clusters, not the administrator’s', async ({ page }) => {
  await signIn(page, member);
  await expect(page).toHaveURL(/\/clusters$/);
  for (const name of ['kafka-dev', 'spark-staging', 'lakehouse-net']) await expect(clusterRow(page, name)).toBeVisible();
  await expect(clusterRow(page, 'analytics-prod')).toHaveCount(0);
  await expect(page.getByRole('banner')).toContainText(member.username);
  await expect(page.getByRole('banner').getByText('Sandbox', { exact: true })).toBeVisible();
});

test('the administrator sees every cluster of the contract', async ({ page }) => {
  await signIn(page, admin);
  for (const name of ['analytics-prod', 'nifi-failed', 'kafka-dev']) await expect(clusterRow(page, name)).toBeVisible();
});

test('a wrong password shows one generic error and keeps the user name', async ({ page }) => {
  await page.goto('/signin');
  // Sandbox mode names the demo users on the sign-in page.
  await expect(page.getByRole('note')).toContainText(admin.username);
  await expect(page.getByRole('note')).toContainText(member.username);
  await page.getByLabel('User name').fill(member.username);
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert').filter({ hasText: /./ })).toContainText('The user name or password is wrong.');
  await expect(page.getByLabel('User name')).toHaveValue(member.username);
  await expect(page).toHaveURL(/\/signin/);

  await page.getByLabel('User name').fill('nobody@sandbox.test');
  await page.getByLabel('Password').fill('sandbox');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert').filter({ hasText: /./ })).toContainText('The user name or password is wrong.');
});

test('sign-in with an API token, and the token never reaches the browser', async ({ page, request }) => {
  const token = await sandbox.mintToken(request, member);
  const bodies: string[] = [];
  page.on('response', async (res) => {
    if (res.url().startsWith(E2E.consoleUrl)) bodies.push(await res.text().catch(() => ''));
  });

  await page.goto('/signin');
  await page.getByRole('tab', { name: 'API token' }).click();
  await page.getByLabel('API token').fill(token);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(clusterRow(page, 'kafka-dev')).toBeVisible();

  const browserSide = await page.evaluate(() => ({
    cookie: document.cookie,
    local: JSON.stringify({ ...localStorage }),
    session: JSON.stringify({ ...sessionStorage }),
    html: document.documentElement.outerHTML,
  }));
  for (const [where, text] of Object.entries(browserSide)) expect(text, where).not.toContain(token);
  expect(browserSide.cookie).not.toContain('console-session');
  expect(bodies.length).toBeGreaterThan(3);
  for (const body of bodies) expect(body).not.toContain(token);
});

test('after a password sign-in the minted upstream token is nowhere in the browser', async ({ page, request }) => {
  await sandbox.clearRequests(request);
  const bodies: string[] = [];
  page.on('response', async (res) => {
    if (res.url().startsWith(E2E.consoleUrl)) bodies.push(await res.text().catch(() => ''));
  });
  await signIn(page, member);
  await expect(clusterRow(page, 'kafka-dev')).toBeVisible();

  const tokens = await upstreamBearerTokens(request);
  expect(tokens.length).toBe(1);
  const [minted] = tokens as [string];
  const html = await page.content();
  const storage = await page.evaluate(() => document.cookie + JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
  expect(html).not.toContain(minted);
  expect(storage).not.toContain(minted);
  expect(html).not.toContain(member.password + '"');
  for (const body of bodies) expect(body).not.toContain(minted);

  const cookies = await page.context().cookies();
  const session = cookies.find((c) => c.name === 'console-session');
  expect(session?.httpOnly).toBe(true);
  expect(session?.sameSite).toBe('Lax');
  expect(session!.value.length).toBeLessThan(4096);
  expect(cookies.some((c) => c.name.startsWith('console-session.'))).toBe(false);
});

test('sign-out revokes the token, and a replayed cookie gets 401', async ({ page, request, browser }) => {
  await signIn(page, member);
  const before = await page.context().cookies();
  const old = before.find((c) => c.name === 'console-session');
  expect(old).toBeDefined();
  await sandbox.clearRequests(request);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/signin/);
  const log = await sandbox.requests(request);
  expect(log.some((r) => r.method === 'DELETE' && r.path === '/auth/v1/tokens' && r.query.criteria === 'CURRENT')).toBe(true);

  await page.goto('/clusters');
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fclusters/);

  const replay = await browser.newContext();
  await replay.addCookies([old!]);
  const res = await replay.request.get(`${E2E.consoleUrl}/api/dataplatform/clusters`);
  expect(res.status()).toBe(401);
  await replay.close();
});

test('a BFF route without a session answers 401 JSON, no-store', async ({ playwright }) => {
  const anonymous = await playwright.request.newContext({ baseURL: E2E.consoleUrl });
  for (const path of ['/api/dataplatform/clusters', '/api/dataplatform/versions', '/api/cloud/datacenters']) {
    const res = await anonymous.get(path);
    expect(res.status(), path).toBe(401);
    expect(res.headers()['content-type']).toContain('application/json');
    expect(res.headers()['cache-control']).toContain('no-store');
    const body = (await res.json()) as { httpStatus: number; messages: { message: string }[] };
    expect(body.httpStatus).toBe(401);
    expect(body.messages[0]?.message).toBeTruthy();
  }
  await anonymous.dispose();
});

test('a credential that expires mid-work sends the user to sign-in and back to the same page', async ({ page, request }) => {
  await signIn(page, member, '/clusters?name=kafka');
  await expect(page).toHaveURL(/\/clusters\?name=kafka/);
  await expect(clusterRow(page, 'kafka-dev')).toBeVisible();

  await sandbox.revokeAllTokens(request, member);
  await page.reload();
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fclusters%3Fname%3Dkafka/);

  await page.getByLabel('User name').fill(member.username);
  await page.getByLabel('Password').fill(member.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/clusters\?name=kafka$/);
  await expect(clusterRow(page, 'kafka-dev')).toBeVisible();
});
