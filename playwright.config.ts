// End-to-end tests: Debian's Chromium against the production build (scripts/server.mjs via scripts/e2e-server.mjs)
// and the sandbox over loopback.
import { defineConfig, devices } from '@playwright/test';
import { E2E } from './e2e/env';
import { chromiumLaunchOptions } from './scripts/lib/chromium.mjs';

// E2E_SMOKE=1 (scripts/node-matrix.sh, `--grep @smoke`): only what the smoke journey needs, no second console.
const smoke = process.env.E2E_SMOKE === '1';
// Independent tests run on E2E_WORKERS workers (2 by default: CI has 2 cores).
const workers = Number(process.env.E2E_WORKERS || 2);
// Playwright runs a project's dependencies in full: `serial` after `parallel` means `npx playwright test
// e2e/security/faults.spec.ts` runs every parallel test first. E2E_SERIAL_ALONE=1 skips them, for working on a
// serial spec (never in CI: then a parallel test could meet a fault).
// The portal specs share the sandbox too (their consoles call it with the service credential): `serial` waits for them.
const serialAfter = process.env.E2E_SERIAL_ALONE === '1' ? ['setup'] : ['parallel', ...(smoke ? [] : ['portal'])];
/** Portal mode's specs and set-up (e2e/portal/): only the portal projects run them. */
const PORTAL_DIR = /e2e[\\/]portal[\\/]/;

export default defineConfig({
  testDir: './e2e',
  // LOG-01: after the whole run, the server logs are searched for the run's canary secrets and credentials.
  globalTeardown: './e2e/global-teardown.ts',
  workers,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: E2E.consoleUrl,
    trace: 'retain-on-failure',
    ...devices['Desktop Chrome'],
    // The console honours prefers-reduced-motion (motion-safe:): without it every page with a working cluster or a
    // skeleton has Chromium draw frames in software, 60 a second, CPU the other worker's page waits for.
    reducedMotion: 'reduce',
    launchOptions: chromiumLaunchOptions,
  },
  // setup → parallel → serial. `setup` signs each shared user in once (e2e/auth.setup.ts). `parallel`: tests that
  // share nothing but the seed data, on all workers. `serial`: tests tagged @serial, which need the sandbox to
  // themselves (faults and the circuit breaker every user meets, the request log, 500 clusters), one at a time
  // after all others. A failure in a project skips the projects after it (Playwright's rule for dependencies).
  //
  // Portal mode (issue 12, e2e/portal/): `portal-setup` signs each demo user in once through the demo OpenID provider's
  // page (e2e/portal/signin.setup.ts), `portal` runs e2e/portal/**/*.spec.ts against portal console A (CONSOLE_AUTH=oidc)
  // with those sessions (e2e/portal/fixtures.ts `portalUser`). The personal-mode projects never pick up e2e/portal/.
  projects: [
    { name: 'setup', testMatch: /auth\.setup\.ts$/, testIgnore: PORTAL_DIR },
    { name: 'parallel', dependencies: ['setup'], fullyParallel: true, grepInvert: /@serial/, testIgnore: PORTAL_DIR },
    { name: 'serial', dependencies: serialAfter, workers: 1, grep: /@serial/, testIgnore: PORTAL_DIR },
    ...(smoke
      ? []
      : [
          { name: 'portal-setup', testMatch: /portal[\\/]signin\.setup\.ts$/, use: { baseURL: E2E.portal.consoleUrl } },
          {
            name: 'portal',
            testMatch: /portal[\\/].*\.spec\.ts$/,
            dependencies: ['portal-setup'],
            fullyParallel: true,
            use: { baseURL: E2E.portal.consoleUrl },
          },
        ]),
  ],
  webServer: [
    {
      // Shared by both console instances (revoked sessions, sign-in throttling). Debian package: redis-server.
      command: `redis-server --port ${E2E.redisPort} --bind 127.0.0.1 --save '' --appendonly no`,
      port: E2E.redisPort,
      reuseExistingServer: false,
      stdout: 'ignore',
      timeout: 15_000,
    },
    {
      command: 'npx tsx lib/sandbox/serve.ts',
      url: `${E2E.sandboxUrl}/__sandbox/health`,
      env: E2E.sandboxEnv,
      reuseExistingServer: false,
      stdout: 'pipe',
      timeout: 30_000,
    },
    {
      command: `node scripts/e2e-server.mjs`,
      url: `${E2E.consoleUrl}/signin`,
      env: E2E.consoleEnv,
      reuseExistingServer: false,
      stdout: 'pipe',
      timeout: 60_000,
    },
    // The second instance of e2e/scale-out.spec.ts: same build, secret and Redis, its own port.
    ...(smoke
      ? []
      : [
          {
            command: `node scripts/e2e-server.mjs`,
            url: `${E2E.consoleBUrl}/signin`,
            env: E2E.consoleBEnv,
            reuseExistingServer: false,
            stdout: 'pipe' as const,
            timeout: 60_000,
          },
          // Portal mode: one PostgreSQL for both portal consoles (Debian's postgresql; .ci/run installs it), the demo
          // OpenID provider (it may send the browser back to either portal console) and the two portal consoles, on the
          // same build, sandbox, secret and Redis as the personal ones.
          {
            command: `node scripts/postgres-dev.mjs --port ${E2E.portal.postgresPort}`,
            // It prints the URL once the database exists (the port opens earlier).
            wait: { stdout: /^postgres:\/\/\S+$/m },
            // Playwright's default is SIGKILL, which would leave the data directory behind (the next start sweeps it).
            gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 10_000 },
            reuseExistingServer: false,
            stdout: 'pipe' as const,
            timeout: 60_000,
          },
          {
            command: 'node scripts/oidc-demo.mjs',
            url: `${E2E.portal.issuer}/.well-known/openid-configuration`,
            env: E2E.portal.oidcEnv,
            reuseExistingServer: false,
            stdout: 'pipe' as const,
            timeout: 30_000,
          },
          ...[E2E.portal.consoleEnv, E2E.portal.consoleBEnv].map((env) => ({
            command: 'node scripts/e2e-server.mjs',
            url: `${env.NEXTAUTH_URL}/signin`,
            env,
            reuseExistingServer: false,
            stdout: 'pipe' as const,
            timeout: 60_000,
          })),
        ]),
  ],
});
