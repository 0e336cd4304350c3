// How this project launches Chromium, for the e2e tests (playwright.config.ts) and the benchmark's browser rows:
// Debian's Chromium (Playwright cannot download its own here), headless, and without the background networking
// that keeps trying hosts a closed network refuses. As root (CI, these machines) through scripts/chromium-fair.sh,
// which takes away the capability Chromium would use to raise its own threads above the pages of another browser
// (README "Decisions": browser tests without animation, and a fair Chromium).
// Neither import statements nor import.meta: Playwright's loader turns a module with them into CommonJS, which Node
// refuses for .mjs. The wrapper is found from the working directory, the repository's root for `npx playwright` and
// `npm run bench` alike.
const { existsSync } = process.getBuiltinModule('node:fs');
const { resolve } = process.getBuiltinModule('node:path');

const binary = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const SETPRIV = '/usr/bin/setpriv';
const WRAPPER = resolve('scripts/chromium-fair.sh');
const fair = process.getuid?.() === 0 && existsSync(SETPRIV) && existsSync(WRAPPER);

export const chromiumLaunchOptions = {
  executablePath: fair ? WRAPPER : binary,
  ...(fair ? { env: { ...process.env, CHROMIUM_BINARY: binary } } : {}),
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
