// The `setup` project: one sign-in through the form per shared user, saved as the browser state the specs start
// from (e2e/fixtures.ts `signedInAs`). Sessions end with the run: the sandbox signs its tokens with a key of its own.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { test as setup } from '@playwright/test';
import { E2E } from './env';
import { SIGNED_IN_USERS, authFile } from './fixtures';
import { signIn } from './helpers';

for (const user of SIGNED_IN_USERS) {
  setup(`sign in as ${user}`, async ({ page }) => {
    await signIn(page, E2E.users[user]);
    // The cookies only: what the console keeps in Web Storage (tab leader, watched clusters) belongs to each test.
    const { cookies } = await page.context().storageState();
    mkdirSync(dirname(authFile(user)), { recursive: true });
    writeFileSync(authFile(user), JSON.stringify({ cookies, origins: [] }, null, 2));
  });
}
