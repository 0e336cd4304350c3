// The `portal-setup` project: each demo user of the OpenID provider signs in once through its page, saved as the
// browser state the portal specs start from (e2e/portal/fixtures.ts `portalUser`). Only the console's session cookie
// is kept: the provider's own session (and the next-auth flow cookies) belong to the test that makes them.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { test as setup } from '@playwright/test';
import { PORTAL_USERS, portalAuthFile, signInWithSso } from './fixtures';

const SESSION_COOKIE = 'console-session';

for (const user of PORTAL_USERS) {
  setup(`sign in as ${user} through the OpenID provider`, async ({ page }) => {
    await signInWithSso(page, user);
    const { cookies } = await page.context().storageState();
    const session = cookies.filter((cookie) => cookie.name === SESSION_COOKIE && cookie.domain === 'localhost');
    if (session.length !== 1) throw new Error(`No console session cookie after ${user}'s sign-in.`);
    mkdirSync(dirname(portalAuthFile(user)), { recursive: true });
    writeFileSync(portalAuthFile(user), JSON.stringify({ cookies: session, origins: [] }, null, 2));
  });
}
