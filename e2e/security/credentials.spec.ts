// Issue 5, item 1 (AUTH-01, COOK-01/02): after a sign-in with a canary password, and one with a canary user's
// pasted token, no credential is anywhere the browser can see: response bodies and headers of every request,
// document.cookie, Web Storage, IndexedDB, the HTML, the RSC payload, the session JSON and the URL. The session
// cookie is httpOnly, SameSite=Lax, host-only, one piece and small. Both tests sign in through the form (that is
// what they examine) and are @serial: the request log must hold their sign-in's token alone.
import type { Page } from '@playwright/test';
import { E2E } from '../env';
import { expect, SERIAL, test } from '../fixtures';
import { bearerTokens } from '../helpers';

const { canary } = E2E.users;
const COOKIE_LIMIT = 4096;

/** Every answer of the console during the test, body and headers, collected as they arrive. */
function recordResponses(page: Page) {
  const texts: { url: string; text: string }[] = [];
  const pending: Promise<void>[] = [];
  page.on('response', (res) => {
    if (!res.url().startsWith(E2E.consoleUrl)) return;
    pending.push(
      (async () => {
        const headers = JSON.stringify(await res.allHeaders());
        const body = res.status() >= 300 && res.status() < 400 ? '' : await res.text().catch(() => '');
        texts.push({ url: res.url(), text: `${headers}\n${body}` });
      })(),
    );
  });
  return async () => {
    await Promise.all(pending);
    return texts;
  };
}

/** Everything the page's scripts could read. */
async function browserSide(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const databases = 'databases' in indexedDB ? await indexedDB.databases() : [];
    const flight = (self as unknown as { __next_f?: unknown[] }).__next_f ?? [];
    return {
      cookie: document.cookie,
      localStorage: JSON.stringify({ ...localStorage }),
      sessionStorage: JSON.stringify({ ...sessionStorage }),
      indexedDB: JSON.stringify(databases),
      html: document.documentElement.outerHTML,
      rsc: JSON.stringify(flight),
      url: location.href,
      history: String(history.length),
    };
  });
}

async function expectNowhere(page: Page, collected: { url: string; text: string }[], secrets: Record<string, string>) {
  const seen = await browserSide(page);
  for (const [what, secret] of Object.entries(secrets)) {
    expect(secret.length, what).toBeGreaterThan(8);
    for (const [where, text] of Object.entries(seen)) expect(text, `${what} in ${where}`).not.toContain(secret);
    for (const { url, text } of collected) expect(text, `${what} in the answer of ${url}`).not.toContain(secret);
  }
}

async function expectCookieHygiene(page: Page) {
  const cookies = await page.context().cookies();
  const session = cookies.filter((c) => c.name === 'console-session' || c.name.startsWith('console-session.'));
  // One piece: next-auth splits cookies over 4 KB into console-session.0, .1, …
  expect(session.map((c) => c.name)).toEqual(['console-session']);
  const [cookie] = session;
  expect(cookie!.httpOnly).toBe(true);
  expect(cookie!.sameSite).toBe('Lax');
  expect(cookie!.path).toBe('/');
  // Host-only: no Domain attribute, so Playwright reports the bare host without a leading dot.
  expect(cookie!.domain).toBe(new URL(E2E.consoleUrl).hostname);
  // Secure only over https; e2e runs on http://localhost (lib/server/session.ts sets it from NEXTAUTH_URL).
  expect(cookie!.secure).toBe(false);
  expect(`${cookie!.name}=${cookie!.value}`.length).toBeLessThan(COOKIE_LIMIT);
  // The console's other cookies (next-auth's CSRF and callback cookies) are httpOnly too.
  for (const other of cookies) expect(other.httpOnly, other.name).toBe(true);
}

/** The session JSON the browser may read holds display fields only. */
async function expectSessionJsonIsDisplayOnly(page: Page) {
  const session = (await (await page.request.get('/api/auth/session')).json()) as Record<string, unknown>;
  expect(Object.keys(session).sort()).toEqual(['expires', 'user']);
  expect(Object.keys(session.user as object).sort()).toEqual(['email', 'name']);
}

/** Pages a signed-in user visits, so their answers (RSC, BFF JSON) are in the record too. */
async function browseAround(page: Page) {
  await expect(page.getByRole('heading', { level: 1, name: 'Clusters' })).toBeVisible();
  await expect(page.getByText('No clusters yet')).toBeVisible();
  await page.goto('/clusters/new');
  await expect(page.getByLabel('Cluster name')).toBeVisible();
  await page.goto('/clusters');
  await expect(page.getByRole('heading', { level: 1, name: 'Clusters' })).toBeVisible();
}

test('a password sign-in: neither the password nor the minted token reaches the browser', { tag: SERIAL }, async ({ page, sandbox }) => {
  await sandbox.clearRequests();
  const collect = recordResponses(page);

  await page.goto('/signin');
  await page.getByLabel('User name').fill(canary.username);
  await page.getByLabel('Password').fill(canary.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/clusters$/);
  await browseAround(page);

  // The token the console minted for the session, as the upstream saw it.
  const minted = bearerTokens(await sandbox.requests());
  expect(minted.length).toBe(1);
  await expectNowhere(page, await collect(), { password: canary.password, 'minted token': minted[0]! });
  await expectCookieHygiene(page);
  await expectSessionJsonIsDisplayOnly(page);
});

test('a token sign-in: the pasted token never comes back to the browser', { tag: SERIAL }, async ({ page, sandbox }) => {
  const token = await sandbox.mintToken(canary);
  await sandbox.clearRequests();
  const collect = recordResponses(page);

  await page.goto('/signin');
  await page.getByRole('tab', { name: 'API token' }).click();
  await page.getByLabel('API token').fill(token);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/clusters$/);
  await browseAround(page);

  // The console used exactly the pasted token upstream, and nothing else.
  expect(bearerTokens(await sandbox.requests())).toEqual([token]);
  // The token's signature alone would do as a credential too; look for both.
  await expectNowhere(page, await collect(), { token, 'token signature': token.split('.')[2]!, password: canary.password });
  await expectCookieHygiene(page);
  await expectSessionJsonIsDisplayOnly(page);
});
