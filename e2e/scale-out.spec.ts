// Scale-out: two console instances with the same secret and the same Redis, as behind a load balancer. A session
// made on one works on the other, a sign-out on one ends it on both, and sign-in failures count across both.
import { randomUUID } from 'node:crypto';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { E2E } from './env';
import { clusterRow, sandbox, signIn } from './helpers';

const { member } = E2E.users;
const A = E2E.consoleUrl;
const B = E2E.consoleBUrl;

type ClusterList = { items: { properties: { name: string } }[] };

/** next-auth's credentials flow as the sign-in form runs it; the error code, or 'ok'. */
async function passwordSignIn(client: APIRequestContext, base: string, username: string, password: string): Promise<string> {
  const { csrfToken } = (await (await client.get(`${base}/api/auth/csrf`)).json()) as { csrfToken: string };
  const res = await client.post(`${base}/api/auth/callback/password`, { form: { csrfToken, username, password, json: 'true' } });
  const { url } = (await res.json()) as { url: string };
  return new URL(url).searchParams.get('error') ?? 'ok';
}

test('a session made on instance A works on B, and a sign-out on B ends it on A', async ({ page, playwright, request }) => {
  await signIn(page, member);
  const session = (await page.context().cookies()).find((c) => c.name === 'console-session');
  expect(session).toBeDefined();
  const cookie = `console-session=${session!.value}`;
  // No cookie jar: each request carries exactly this cookie, like a load balancer alternating between instances.
  const client = await playwright.request.newContext();
  for (let i = 0; i < 10; i++) {
    const base = i % 2 ? B : A;
    const res = await client.get(`${base}/api/dataplatform/clusters`, { headers: { cookie } });
    expect(res.status(), `request ${i} to ${base}`).toBe(200);
    expect(((await res.json()) as ClusterList).items.map((c) => c.properties.name)).toContain('kafka-dev');
  }

  // Cookies belong to the host, not the port: the browser is signed in on B's pages too.
  await page.goto(`${B}/clusters`);
  await expect(clusterRow(page, 'kafka-dev')).toBeVisible();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(new RegExp(`^${B}/signin`));

  await sandbox.clearRequests(request);
  for (const base of [A, B]) {
    const res = await client.get(`${base}/api/dataplatform/clusters`, { headers: { cookie } });
    expect(res.status(), base).toBe(401);
  }
  // Refused by the shared revocation itself: neither instance asked the upstream (which revoked the token too).
  const upstream = await sandbox.requests(request);
  expect(upstream.filter((r) => r.path.startsWith('/dataplatform'))).toHaveLength(0);
  await client.dispose();
});

test('sign-in failures on A and B count together, and both say so the same way', async ({ page, playwright }) => {
  // An account no other test uses, so its throttle affects nothing else.
  const account = `throttle-${randomUUID().slice(0, 8)}@sandbox.test`;
  const client = await playwright.request.newContext();
  // The account limit is 10 failures in 15 minutes: 5 on each instance, none of them over the limit alone.
  for (let i = 0; i < 10; i++) {
    expect(await passwordSignIn(client, i % 2 ? B : A, account, 'wrong-password'), `failure ${i + 1}`).toBe('invalid_credentials');
  }
  for (const base of [A, B]) expect(await passwordSignIn(client, base, account, 'wrong-password'), base).toBe('too_many_attempts');

  const shown: string[] = [];
  for (const base of [A, B]) {
    await page.goto(`${base}/signin`);
    await page.getByLabel('User name').fill(account);
    await page.getByLabel('Password').fill('wrong-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const alert = page.getByRole('alert').filter({ hasText: /too many sign-in attempts/i });
    await expect(alert).toBeVisible();
    shown.push((await alert.textContent()) ?? '');
  }
  expect(shown[1]).toBe(shown[0]);

  // The throttle is per account: another user signing in from the same address is not held back.
  expect(await passwordSignIn(client, B, member.username, member.password)).toBe('ok');
  await client.dispose();
});
