// The foundation journey: sign-in both ways, the seeded clusters, sign-out, sessions that end, and no
// credential in the browser. Against `next start` and the sandbox on loopback. Every test here but the
// administrator's list signs in through the form (or starts signed out): signing in is what they test.
import { E2E } from './env';
import { expect, SERIAL, test } from './fixtures';
import { bearerTokens, clusterRow, signIn } from './helpers';

const { admin, member } = E2E.users;

test('a member signs in with a password and sees his seeded clusters, not the administrator’s', async ({ page }) => {
  await signIn(page, member);
  await expect(page).toHaveURL(/\/clusters$/);
  for (const name of ['kafka-dev', 'spark-staging', 'lakehouse-net']) await expect(clusterRow(page, name)).toBeVisible();
  await expect(clusterRow(page, 'analytics-prod')).toHaveCount(0);
  await expect(page.getByRole('banner')).toContainText(member.username);
  await expect(page.getByRole('banner').getByText('Sandbox', { exact: true })).toBeVisible();
});

test.describe('as the administrator', () => {
  test.use({ signedInAs: 'admin' });

  test('the administrator sees every cluster of the contract', async ({ page }) => {
    await page.goto('/clusters');
    for (const name of ['analytics-prod', 'nifi-failed', 'kafka-dev']) await expect(clusterRow(page, name)).toBeVisible();
  });
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

test('sign-in with an API token, and the token never reaches the browser', async ({ page, sandbox }) => {
  const token = await sandbox.mintToken(member);
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

// @serial: the request log must hold this sign-in's token alone.
test('after a password sign-in the minted upstream token is nowhere in the browser', { tag: SERIAL }, async ({ page, sandbox }) => {
  await sandbox.clearRequests();
  const bodies: string[] = [];
  page.on('response', async (res) => {
    if (res.url().startsWith(E2E.consoleUrl)) bodies.push(await res.text().catch(() => ''));
  });
  await signIn(page, member);
  await expect(clusterRow(page, 'kafka-dev')).toBeVisible();

  const tokens = bearerTokens(await sandbox.requests());
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

// @serial: reads the request log, which another test could clear meanwhile.
test('sign-out revokes the token, and a replayed cookie gets 401', { tag: SERIAL }, async ({ page, sandbox, browser }) => {
  await signIn(page, member);
  const before = await page.context().cookies();
  const old = before.find((c) => c.name === 'console-session');
  expect(old).toBeDefined();
  await sandbox.clearRequests();

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/signin/);
  const log = await sandbox.requests();
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

// Revoking every token of the user ends all its sessions: a user of this test's own (an owner, so it sees the
// member's kafka-dev), signed in here.
test('a credential that expires mid-work sends the user to sign-in and back to the same page', async ({ page, sandbox }) => {
  const { expiring: user } = E2E.users;
  await signIn(page, user, '/clusters?name=kafka');
  await expect(page).toHaveURL(/\/clusters\?name=kafka/);
  await expect(clusterRow(page, 'kafka-dev')).toBeVisible();

  await sandbox.revokeAllTokens(user);
  // The list's own poll may meet the 401 first and send the page to sign-in by itself, which would abort a reload
  // midway. Leaving for a blank page stops the page's polls; the next visit is what this test checks. That visit
  // reaches sign-in either by the server's redirect or by the page's own once its first read meets the 401, which
  // can come before the page's `load` event: so the visit waits only for the navigation to commit.
  await page.goto('about:blank');
  await page.goto('/clusters?name=kafka', { waitUntil: 'commit' });
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fclusters%3Fname%3Dkafka/);

  await page.getByLabel('User name').fill(user.username);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/clusters\?name=kafka$/);
  await expect(clusterRow(page, 'kafka-dev')).toBeVisible();
});
