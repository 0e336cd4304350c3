// Issue 5, item 7 (AUTH-06/07): sign-in throttling per account and per client address, with a clear message,
// and one message for an unknown user and a wrong password. Only accounts no other spec uses are locked: the
// sandbox's extra user `throttled@…` and random unknown ones. The per-address parts run from 127.0.0.2 and
// 127.0.0.3, client addresses of their own, so the 127.0.0.1 / ::1 every other spec signs in from is never blocked.
import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { E2E } from '../env';
import { sandbox } from '../helpers';
import { passwordSignIn } from './support';

const { throttled } = E2E.users;
const WRONG = 'The user name or password is wrong.';
const TOO_MANY = /too many sign-in attempts/i;
const unknownAccount = () => `nobody-${randomUUID().slice(0, 8)}@sandbox.test`;

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

/** Basic-auth token requests the upstream received, by user name. */
async function mintAttempts(request: Parameters<typeof sandbox.requests>[0]): Promise<string[]> {
  return (await sandbox.requests(request))
    .filter((r) => r.path === '/auth/v1/tokens/generate' && r.headers.authorization?.startsWith('Basic '))
    .map((r) => r.credential?.user ?? '');
}

test('ten wrong passwords lock the account, even for the right password, with the same message as an unknown user', async ({ page, request }) => {
  await sandbox.clearRequests(request);
  // Unknown user and wrong password: word for word the same message.
  const unknown = await signInThroughForm(page, unknownAccount(), throttled.password);
  expect(unknown).toBe(WRONG);
  for (let i = 1; i <= 9; i++) expect(await apiSignIn(throttled.username, `wrong-${i}`), `failure ${i}`).toBe('invalid_credentials');
  const wrongPassword = await signInThroughForm(page, throttled.username, 'wrong-10');
  expect(wrongPassword).toBe(unknown);

  // The 11th attempt, with the right password: refused before the upstream is asked.
  const locked = await signInThroughForm(page, throttled.username, throttled.password);
  expect(locked).toMatch(TOO_MANY);
  expect(locked).toMatch(/wait/i);
  await expect(page).toHaveURL(/\/signin/);
  expect((await mintAttempts(request)).filter((user) => user === throttled.username)).toHaveLength(10);
  expect(await apiSignIn(throttled.username, throttled.password)).toBe('too_many_attempts');
});

/** Fifty failures from `address`, over five unknown accounts (ten each, so no account hits its own limit first). */
async function exhaustAddress(address: string) {
  for (const account of Array.from({ length: 5 }, unknownAccount)) {
    for (let i = 0; i < 10; i++) {
      // The tenth failure of the last account may already count as over the address's limit.
      expect(['invalid_credentials', 'too_many_attempts']).toContain(await apiSignIn(account, 'wrong', { localAddress: address }));
    }
  }
}

test('fifty failures from one client address block that address, and only that address', async ({ request }) => {
  await exhaustAddress('127.0.0.2');
  await sandbox.clearRequests(request);
  expect(await apiSignIn(unknownAccount(), 'wrong', { localAddress: '127.0.0.2' })).toBe('too_many_attempts');
  expect(await mintAttempts(request)).toEqual([]);
  // Another client is not affected.
  expect(await apiSignIn(unknownAccount(), 'wrong')).toBe('invalid_credentials');
});

test('a spoofed X-Forwarded-For does not reset the per-address limit', async () => {
  // next start keeps a client's own X-Forwarded-For as it is (it only fills the header in when it is missing),
  // so the console must not take the client's address from that header's value.
  await exhaustAddress('127.0.0.3');
  for (const forwarded of ['203.0.113.7', '127.0.0.1', '127.0.0.3, 203.0.113.8']) {
    const result = await apiSignIn(unknownAccount(), 'wrong', { localAddress: '127.0.0.3', headers: { 'x-forwarded-for': forwarded } });
    expect(result, `X-Forwarded-For: ${forwarded}`).toBe('too_many_attempts');
  }
});
