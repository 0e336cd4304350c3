// Scale-out: two console instances with the same secret and the same Redis, as behind a load balancer. A session
// made on one works on the other, a sign-out on one ends it on both, and sign-in failures count across both.
import { randomUUID } from 'node:crypto';
import { E2E } from './env';
import { expect, SERIAL, test } from './fixtures';
import { clusterRow, signIn } from './helpers';
import { freshAddress, passwordSignIn } from './security/support';

const { member } = E2E.users;
const A = E2E.consoleUrl;
const B = E2E.consoleBUrl;

type ClusterList = { items: { properties: { name: string } }[] };

// Signs in through the form: the sign-out ends the session. @serial: it asserts on the request log.
test('a session made on instance A works on B, and a sign-out on B ends it on A', { tag: SERIAL }, async ({ page, playwright, sandbox }) => {
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

  await sandbox.clearRequests();
  for (const base of [A, B]) {
    const res = await client.get(`${base}/api/dataplatform/clusters`, { headers: { cookie } });
    expect(res.status(), base).toBe(401);
  }
  // Refused by the shared revocation itself: neither instance asked the upstream (which revoked the token too).
  const upstream = await sandbox.requests();
  expect(upstream.filter((r) => r.path.startsWith('/dataplatform'))).toHaveLength(0);
  await client.dispose();
});

test('sign-in failures on A and B count together, and both say so the same way', async ({ page }) => {
  // An account no other test uses, so its throttle affects nothing else.
  const account = `throttle-${randomUUID().slice(0, 8)}@sandbox.test`;
  const port = (base: string) => Number(new URL(base).port);
  const attempt = async (base: string, username: string, password: string, localAddress?: string) => {
    const result = await passwordSignIn(username, password, { port: port(base), localAddress });
    return 'error' in result ? result.error : 'ok';
  };
  const formAttempt = async (base: string) => {
    await page.goto(`${base}/signin`);
    await page.getByLabel('User name').fill(account);
    await page.getByLabel('Password').fill('wrong-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const alert = page.getByRole('alert').filter({ hasText: /\w/ });
    await expect(alert).toBeVisible();
    return ((await alert.textContent()) ?? '').trim();
  };
  // The browser's address fails once for the account, on A.
  expect(await formAttempt(A)).toBe('The user name or password is wrong.');
  // Nine more failures from other addresses, alternating B and A: 5 on A and 5 on B, neither at the limit of 10.
  const addresses = [freshAddress(), freshAddress(), freshAddress()];
  for (let i = 0; i < 9; i++) {
    const code = await attempt(i % 2 ? A : B, account, 'wrong-password', addresses[i % 3]);
    expect(code, `failure ${i + 2}`).toBe('invalid_credentials');
  }
  // Together they are: addresses that failed for the account now wait on both instances.
  for (const base of [A, B]) expect(await attempt(base, account, 'wrong-password', addresses[0]), base).toBe('too_many_attempts');
  const shown: string[] = [];
  for (const base of [A, B]) shown.push(await formAttempt(base));
  expect(shown[0]).toMatch(/too many sign-in attempts/i);
  expect(shown[1]).toBe(shown[0]);

  // The throttle is per account: another user signing in from the same address is not held back.
  expect(await attempt(B, member.username, member.password)).toBe('ok');
});
