// Issue 5, item 7 (AUTH-06/07) and review findings M1/M2: sign-in throttling that slows guessing without letting
// anyone lock an owner out (the policy: lib/server/auth/throttle.ts and README). Each test uses client addresses of
// its own (another loopback address is another client to the server), so the 127.0.0.1 / ::1 every other spec signs
// in from is never slowed, and accounts no other spec uses: the sandbox's extra user `throttled@…` and random
// unknown ones. The sandbox's request log is the oracle for what reached the upstream, so every test is @serial
// (the token fault of M1 would also slow another test's sign-in). Signing in through the form (and failing) is
// what the form tests test.
import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { E2E } from '../env';
import { expect, SERIAL, test, type Sandbox } from '../fixtures';
import { basicUser } from '../helpers';
import { freshAddress, passwordSignIn } from './support';

const { throttled } = E2E.users;
const WRONG = 'The user name or password is wrong.';
const TOO_MANY = /too many sign-in attempts/i;
const MINT = '/auth/v1/tokens/generate';
const unknownAccount = () => `nobody-${randomUUID().slice(0, 8)}@sandbox.test`;

test.afterEach(async ({ sandbox }) => {
  await sandbox.clearFaults();
});

/** One attempt on a freshly loaded sign-in page (so no earlier alert is still on screen); the alert's text. */
async function signInThroughForm(page: Page, username: string, password: string): Promise<string> {
  await page.goto('/signin');
  await page.getByLabel('User name').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  const alert = page.getByRole('alert').filter({ hasText: /\w/ });
  await expect(alert).toBeVisible();
  return ((await alert.textContent()) ?? '').trim();
}

/** The sign-in's outcome as a code: the error, or 'ok'. */
async function apiSignIn(username: string, password: string, options: Parameters<typeof passwordSignIn>[2] = {}): Promise<string> {
  const result = await passwordSignIn(username, password, options);
  return 'error' in result ? result.error : 'ok';
}

/** Token requests with Basic credentials the upstream received for `username`. */
async function mintAttempts(sandbox: Sandbox, username: string): Promise<number> {
  return (await sandbox.requests()).filter((r) => r.path === MINT && basicUser(r) === username).length;
}

test('M1: 30 parallel wrong passwords against a slow upstream: at most 10 reach it', { tag: SERIAL }, async ({ sandbox }) => {
  const account = unknownAccount();
  const attacker = freshAddress();
  await sandbox.clearRequests();
  // A realistic round trip to api.ionos.com: without the reservation all 30 passed the check meanwhile.
  await sandbox.addFault({ method: 'GET', path: MINT, latencyMs: 400, times: 30 });
  const codes = await Promise.all(Array.from({ length: 30 }, (_, i) => apiSignIn(account, `guess-${i}`, { localAddress: attacker })));
  const reached = await mintAttempts(sandbox, account);
  expect(reached).toBeGreaterThanOrEqual(1);
  expect(reached).toBeLessThanOrEqual(10);
  expect(codes.filter((code) => code === 'too_many_attempts')).toHaveLength(30 - reached);
  expect(codes.filter((code) => code === 'invalid_credentials')).toHaveLength(reached);
});

test('M2: an attacker’s 100 wrong passwords from one address do not keep the owner out of another', { tag: SERIAL }, async ({ sandbox }) => {
  const [attacker, owner] = [freshAddress(), freshAddress()];
  await sandbox.clearRequests();
  for (let i = 0; i < 100; i++) {
    const code = await apiSignIn(throttled.username, `wrong-${i}`, { localAddress: attacker });
    expect(['invalid_credentials', 'too_many_attempts'], `attempt ${i + 1}`).toContain(code);
  }
  // The delay doubles after the third failure: most of the 100 never reached the upstream.
  expect(await mintAttempts(sandbox, throttled.username)).toBeLessThanOrEqual(10);

  const started = Date.now();
  expect(await apiSignIn(throttled.username, throttled.password, { localAddress: owner })).toBe('ok');
  expect(Date.now() - started).toBeLessThan(2_000);
});

test(
  'after 10 failures of an account an address that failed for it is told to wait, with the unknown-user message before',
  { tag: SERIAL },
  async ({ page, sandbox }) => {
    const account = unknownAccount();
    // Unknown user and wrong password: word for word the same message.
    expect(await signInThroughForm(page, account, throttled.password)).toBe(WRONG);
    await sandbox.clearRequests();
    // Nine more failures from five other addresses (at most two each: under the pair's free three).
    const others = Array.from({ length: 5 }, freshAddress);
    for (let i = 0; i < 9; i++) {
      expect(await apiSignIn(account, `wrong-${i}`, { localAddress: others[i % 5] }), `failure ${i + 1}`).toBe('invalid_credentials');
    }
    // The browser's address has failed for this account: it waits until the account's failures age out.
    const refused = await signInThroughForm(page, account, 'wrong-again');
    expect(refused).toMatch(TOO_MANY);
    expect(refused).toMatch(/wait/i);
    await expect(page).toHaveURL(/\/signin/);
    expect(await mintAttempts(sandbox, account)).toBe(9);
  },
);

/** Fifty failures from `address`, each for another unknown account (so only the address's own limit applies). */
async function exhaustAddress(address: string) {
  for (let i = 0; i < 50; i++)
    expect(await apiSignIn(unknownAccount(), 'wrong', { localAddress: address }), `failure ${i + 1}`).toBe('invalid_credentials');
}

// The address rule delays for 60 s after the 50th failure; the checks below take well under a second.
test('fifty failures from one client address delay that address, and only that address', { tag: SERIAL }, async ({ sandbox }) => {
  const [address, other] = [freshAddress(), freshAddress()];
  await exhaustAddress(address);
  await sandbox.clearRequests();
  expect(await apiSignIn(unknownAccount(), 'wrong', { localAddress: address })).toBe('too_many_attempts');
  expect((await sandbox.requests()).filter((r) => r.path === MINT)).toEqual([]);
  // Another client is not affected.
  expect(await apiSignIn(unknownAccount(), 'wrong', { localAddress: other })).toBe('invalid_credentials');
});

test('a spoofed X-Forwarded-For does not reset the per-address limit', { tag: SERIAL }, async () => {
  // next start keeps a client's own X-Forwarded-For as it is (it only fills the header in when it is missing),
  // so the console must not take the client's address from that header's value.
  const address = freshAddress();
  await exhaustAddress(address);
  for (const forwarded of ['203.0.113.7', '127.0.0.1', `${address}, 203.0.113.8`, '::ffff:203.0.113.9']) {
    const result = await apiSignIn(unknownAccount(), 'wrong', { localAddress: address, headers: { 'x-forwarded-for': forwarded } });
    expect(result, `X-Forwarded-For: ${forwarded}`).toBe('too_many_attempts');
  }
});
