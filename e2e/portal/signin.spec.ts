// Portal mode's sign-in (issue 12) against the demo OpenID provider (scripts/oidc-demo.mjs), not a mock: each demo user
// signs in on the provider's own page and lands on the console with their name; a wrong password stays on the
// provider with its error; cancelling there comes back with a sentence; sign-out ends the session and the provider's,
// and the old cookie is refused; the session works on the second portal console; the sign-in page is accessible.
import { firstLoadScripts, ZOD_MARKER } from '@/scripts/lib/first-load.mjs';
import { E2E } from '../env';
import { expectAccessible } from '../helpers';
import { expect, fillProviderLogin, NO_SESSION, PORTAL_USERS, PROVIDER_LOGIN, signInWithSso, test } from './fixtures';

test.describe('signed out', () => {
  test.use({ storageState: NO_SESSION });

  for (const user of PORTAL_USERS) {
    test(`${user} signs in through the provider's page and lands on the console with their name`, async ({ page }) => {
      await signInWithSso(page, user, { path: '/clusters' });
      await expect(page.getByRole('banner').getByText(E2E.portal.users[user].name, { exact: true })).toBeVisible();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    });
  }

  test('the sign-in page offers SSO only, names the demo users, and is accessible', async ({ page }) => {
    await page.goto('/signin');
    await expect(page.getByRole('button', { name: 'Sign in with SSO' })).toBeVisible();
    await expect(page.getByLabel('User name')).toHaveCount(0);
    await expect(page.getByRole('tab')).toHaveCount(0);
    const note = page.getByRole('note');
    for (const user of Object.values(E2E.portal.users)) await expect(note).toContainText(`${user.email}: ${user.role}`);
    await expect(note).toContainText(`password ${E2E.portal.users.ada.password}`);
    await expectAccessible(page, 'portal sign-in page');
  });

  test('the portal sign-in page ships no console code either (no zod, no react-query)', async ({ request }) => {
    const res = await request.get('/signin', { maxRedirects: 0 });
    expect(res.status()).toBe(200);
    const html = await res.text();
    expect(html).toContain('Sign in with SSO');
    const texts = await Promise.all(firstLoadScripts(html).map(async (url) => (await request.get(url)).text()));
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.filter((text) => text.includes(ZOD_MARKER) || text.includes('No QueryClient set'))).toEqual([]);
  });

  test("a wrong password stays on the provider's page with its error and the email kept", async ({ page }) => {
    await page.goto('/clusters');
    await page.getByRole('button', { name: 'Sign in with SSO' }).click();
    await fillProviderLogin(page, { email: E2E.portal.users.ben.email, password: 'not-the-password' });
    await expect(page).toHaveURL(PROVIDER_LOGIN);
    await expect(page.getByRole('alert')).toHaveText('The email or password is wrong.');
    await expect(page.getByLabel('Email')).toHaveValue(E2E.portal.users.ben.email);
    await expect(page.getByLabel('Password')).toHaveValue('');
    // The right password then works from the same page.
    await fillProviderLogin(page, E2E.portal.users.ben);
    await expect(page).toHaveURL(`${E2E.portal.consoleUrl}/clusters`);
    await expect(page.getByRole('banner')).toContainText(E2E.portal.users.ben.name);
  });

  test('cancelling at the provider comes back to the sign-in page with a clear sentence', async ({ page }) => {
    await page.goto('/signin');
    await page.getByRole('button', { name: 'Sign in with SSO' }).click();
    await expect(page).toHaveURL(PROVIDER_LOGIN);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(page).toHaveURL(`${E2E.portal.consoleUrl}/signin?error=Callback`);
    // Within the page's main: Next's route announcer is an alert too.
    await expect(page.getByRole('main').getByRole('alert')).toHaveText(
      'Your identity provider did not complete the sign-in: it was cancelled, or the provider refused it. Try again.',
    );
    await expect(page.getByRole('button', { name: 'Sign in with SSO' })).toBeEnabled();
  });

  test('sign-out goes through the provider back to /signin; the old cookie is refused and the provider asks again', async ({ page, playwright }) => {
    // A session of this test's own: signing out a shared one (portalUser) would end it for every other test.
    await signInWithSso(page, 'cy');
    const [session] = (await page.context().cookies(E2E.portal.consoleUrl)).filter((cookie) => cookie.name === 'console-session');
    expect(session).toBeDefined();

    const providerLogout = page.waitForRequest((request) => request.url().startsWith(`${E2E.portal.issuer}/session/end?`));
    await page.getByRole('button', { name: 'Sign out' }).click();
    const logout = new URL((await providerLogout).url());
    expect(logout.searchParams.get('client_id')).toBe('console');
    expect(logout.searchParams.get('post_logout_redirect_uri')).toBe(`${E2E.portal.consoleUrl}/signin`);
    await expect(page).toHaveURL(`${E2E.portal.consoleUrl}/signin`);
    await expect(page.getByRole('button', { name: 'Sign in with SSO' })).toBeVisible();

    // The old cookie, replayed, is no session on either console.
    for (const baseURL of [E2E.portal.consoleUrl, E2E.portal.consoleBUrl]) {
      const replay = await playwright.request.newContext({
        baseURL,
        storageState: NO_SESSION,
        extraHTTPHeaders: { cookie: `console-session=${session!.value}` },
      });
      try {
        expect(await (await replay.get('/api/auth/session')).json()).toEqual({});
        const clusters = await replay.get('/clusters', { maxRedirects: 0 });
        expect(clusters.status()).toBe(307);
        expect(new URL(clusters.headers().location ?? '', baseURL).pathname).toBe('/signin');
      } finally {
        await replay.dispose();
      }
    }

    // The provider's session ended too: signing in again asks for the password.
    await page.getByRole('button', { name: 'Sign in with SSO' }).click();
    await expect(page).toHaveURL(PROVIDER_LOGIN);
    await expect(page.getByLabel('Password')).toBeVisible();
  });
});

test.describe('signed in (the set-up session)', () => {
  test.use({ portalUser: 'dee' });

  test('the session works on both portal consoles: cookies are per host, not per port', async ({ page }) => {
    for (const consoleUrl of [E2E.portal.consoleUrl, E2E.portal.consoleBUrl]) {
      await page.goto(`${consoleUrl}/clusters`);
      await expect(page).toHaveURL(`${consoleUrl}/clusters`);
      await expect(page.getByRole('banner').getByText(E2E.portal.users.dee.name, { exact: true })).toBeVisible();
    }
  });

  test('the signed-in person does not see the sign-in page again', async ({ page }) => {
    await page.goto('/signin');
    await expect(page).toHaveURL(`${E2E.portal.consoleUrl}/clusters`);
  });
});
