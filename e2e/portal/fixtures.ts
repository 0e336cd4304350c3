// Portal mode's specs (the `portal` project, e2e/portal/**/*.spec.ts): the `test` of e2e/fixtures.ts (sandbox, seeded
// clusters) with a page that starts signed in to portal console A as a demo user of the OpenID provider
// (`test.use({ portalUser: 'ben' })`, the session e2e/portal/signin.setup.ts made once), and the sign-in through the
// provider's own page for tests that need a session of their own.
//
// Never sign out or otherwise end a `portalUser` session: every test that runs meanwhile shares it. A test that signs
// out signs in itself first (`signInWithSso`).
import { expect, type Page } from '@playwright/test';
import { E2E, type PortalUser } from '../env';
import { test as base } from '../fixtures';

export { expect } from '@playwright/test';
export { NO_SESSION } from '../fixtures';
export type { PortalUser } from '../env';

export const PORTAL_USERS = ['ada', 'ben', 'cy', 'dee'] as const satisfies readonly PortalUser[];
export const portalAuthFile = (user: PortalUser) => `.e2e/portal/${user}.json`;

type PortalFixtures = {
  /** Whose portal session the page, and `page.request`, start with; none by default. */
  portalUser: PortalUser | undefined;
};

export const test = base.extend<PortalFixtures>({
  portalUser: [undefined, { option: true }],
  storageState: async ({ portalUser, storageState }, provide) => {
    await provide(portalUser ? portalAuthFile(portalUser) : storageState);
  },
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The provider's login page (oidc-provider's interaction), whatever its id; after a refused attempt, its form's own URL. */
export const PROVIDER_LOGIN = new RegExp(`^${escape(E2E.portal.issuer)}/interaction/[\\w-]+(/login)?$`);

/** Fills the provider's login form (Email, Password) and presses "Sign in". */
export async function fillProviderLogin(page: Page, { email, password }: { email: string; password: string }): Promise<void> {
  await expect(page).toHaveURL(PROVIDER_LOGIN);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/**
 * Signs `user` in interactively: the console's "Sign in with SSO", the provider's page, back on the console at `path`.
 * `consoleUrl` chooses the portal console (A by default).
 */
export async function signInWithSso(page: Page, user: PortalUser, { path = '/clusters', consoleUrl = E2E.portal.consoleUrl } = {}): Promise<void> {
  await page.goto(`${consoleUrl}${path}`);
  await expect(page).toHaveURL(/\/signin/);
  await page.getByRole('button', { name: 'Sign in with SSO' }).click();
  await fillProviderLogin(page, E2E.portal.users[user]);
  await expect(page).toHaveURL(`${consoleUrl}${path}`);
}
