// How this project launches Chromium, for the e2e tests (playwright.config.ts) and the benchmark's browser rows:
// Debian's Chromium (Playwright cannot download its own here), headless, and without the background networking
// that keeps trying hosts a closed network refuses.
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
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
