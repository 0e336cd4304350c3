// Ports and environment of the e2e run, shared by playwright.config.ts and the specs.
import { randomBytes } from 'node:crypto';
import { DEMO_PASSWORD, DEMO_USERS, type DemoUser, type DemoUserKey } from '@/scripts/lib/oidc-demo-users.mjs';

const consolePort = Number(process.env.E2E_CONSOLE_PORT || 3310);
const sandboxPort = Number(process.env.E2E_SANDBOX_PORT || 4310);
// Scale-out: a second console instance with the same secret, and the Redis both share.
const consoleBPort = Number(process.env.E2E_CONSOLE_B_PORT || consolePort + 1);
const redisPort = Number(process.env.E2E_REDIS_PORT || consolePort + 3000);
const sessionSecret = 'e2e-only-secret-0123456789abcdef0123456789';
const redisUrl = `redis://127.0.0.1:${redisPort}`;
// Canary secrets (LOG-01): random per run, grepped for in the server log after the run (e2e/global-teardown.ts).
// Set once in the runner's environment so its workers, which inherit it, see the same values.
process.env.E2E_CANARY_SUFFIX ||= randomBytes(9).toString('base64url').replace(/[-_]/g, 'x');
const canarySuffix = process.env.E2E_CANARY_SUFFIX;
const canaryUser = { username: 'canary@sandbox.test', password: `CANARY-PW-${canarySuffix}` };
// Only e2e/security/throttle.spec.ts signs in as this one: an attacker's failures for it (from 127.0.0.4) must not
// keep its owner out.
const throttleUser = { username: 'throttled@sandbox.test', password: `CANARY-PW-${canarySuffix}-t` };
// Users of one test or group each (e2e/fixtures.ts): whatever those tests do to them (500 clusters, every token
// revoked) cannot reach a test that runs meanwhile or signs in with the shared sessions of e2e/auth.setup.ts.
// `bulk` is a member, so nobody but an administrator sees its clusters; `expiring` is an owner, so it sees the
// member's seeded kafka-dev.
const bulkUser = { username: 'bulk@sandbox.test', password: 'sandbox-bulk' };
const expiringUser = { username: 'expiring@sandbox.test', password: 'sandbox-expiring' };
const expiringWizardUser = { username: 'expiring-wizard@sandbox.test', password: 'sandbox-expiring-wizard' };
const kubeconfigTokenPrefix = `CANARY-KC-${canarySuffix}-`;
// The sandbox's control token (X-Sandbox-Control): random per run, set once for the runner and its workers.
process.env.E2E_SANDBOX_CONTROL_TOKEN ||= randomBytes(24).toString('base64url');
const sandboxControlToken = process.env.E2E_SANDBOX_CONTROL_TOKEN;

// Portal mode (issue 12): the demo OpenID provider (scripts/oidc-demo.mjs) next to the sandbox, and two portal consoles
// (CONSOLE_AUTH=oidc) on the same sandbox, session secret and Redis as the personal ones. The two share sessions: a
// browser sends a cookie of `localhost` to every port. Both use one PostgreSQL (scripts/postgres-dev.mjs, a throwaway
// server Playwright starts), so they share ownership, tokens and one audit chain as two production instances would.
const oidcPort = Number(process.env.E2E_OIDC_PORT || sandboxPort + 1);
const postgresPort = Number(process.env.E2E_POSTGRES_PORT || consolePort + 2000);
const portalDatabaseUrl = `postgres://postgres@127.0.0.1:${postgresPort}/console`;
const portalAPort = consolePort + 2;
const portalBPort = consolePort + 3;
const portalAUrl = `http://localhost:${portalAPort}`;
const portalBUrl = `http://localhost:${portalBPort}`;
/** What both portal consoles share; each adds its port, public URL, log and database. */
const portalConsoleEnv = {
  CONSOLE_AUTH: 'oidc',
  SANDBOX_PORT: String(sandboxPort),
  OIDC_DEMO_PORT: String(oidcPort),
  NEXTAUTH_SECRET: sessionSecret,
  REDIS_URL: redisUrl,
};
export type PortalUser = DemoUserKey;
type PortalUserFacts = DemoUser & { password: string };
const portalUsers = Object.fromEntries(DEMO_USERS.map((user) => [user.key, { ...user, password: DEMO_PASSWORD }])) as Record<
  PortalUser,
  PortalUserFacts
>;
const portal = {
  /** The demo OpenID provider's issuer; its login page is `${issuer}/interaction/…`. */
  issuer: `http://127.0.0.1:${oidcPort}`,
  oidcEnv: { OIDC_DEMO_PORT: String(oidcPort), NEXTAUTH_URL: portalAUrl, OIDC_DEMO_REDIRECT_ORIGINS: portalBUrl },
  /** Portal console A: the `portal` project's baseURL. */
  consoleUrl: portalAUrl,
  /** Portal console B: a second instance (shared sessions; the lead points both at one PostgreSQL). */
  consoleBUrl: portalBUrl,
  consoleEnv: {
    ...portalConsoleEnv,
    PORT: String(portalAPort),
    NEXTAUTH_URL: portalAUrl,
    E2E_SERVER_LOG: '.e2e/portal-a.log',
    DATABASE_URL: portalDatabaseUrl,
  },
  consoleBEnv: {
    ...portalConsoleEnv,
    PORT: String(portalBPort),
    NEXTAUTH_URL: portalBUrl,
    E2E_SERVER_LOG: '.e2e/portal-b.log',
    DATABASE_URL: portalDatabaseUrl,
  },
  serverLogs: ['.e2e/portal-a.log', '.e2e/portal-b.log'],
  postgresPort,
  /** The one database of both portal consoles (the specs read the audit chain's facts through the consoles). */
  databaseUrl: portalDatabaseUrl,
  /** The provider's people (scripts/lib/oidc-demo-users.mjs): email, name, groups, role and the password. */
  users: portalUsers,
};

export const E2E = {
  consoleUrl: `http://localhost:${consolePort}`,
  sandboxUrl: `http://127.0.0.1:${sandboxPort}`,
  /** What every /__sandbox call but the health check carries (e2e/helpers.ts `sandbox.*`). */
  sandboxControlHeaders: { 'X-Sandbox-Control': sandboxControlToken },
  consoleBUrl: `http://localhost:${consoleBPort}`,
  redisPort,
  serverLog: '.e2e/console-server.log',
  /** Every console's log, searched for secrets after the run (e2e/global-teardown.ts), the portal consoles' included. */
  serverLogs: ['.e2e/console-server.log', '.e2e/console-server-b.log', ...portal.serverLogs],
  canaries: { password: canaryUser.password, throttlePassword: throttleUser.password, kubeconfigTokenPrefix },
  sandboxEnv: {
    SANDBOX_PORT: String(sandboxPort),
    // Creates, changes and deletes take this long. Tests watch the transitional state (a page opened right after a
    // create must see DEPLOYING): with 2 s a page that loaded slowly on a busy machine (2 workers on 2 cores) saw
    // AVAILABLE first.
    SANDBOX_PROVISION_SECONDS: '4',
    SANDBOX_SEED: 'demo',
    SANDBOX_EXTRA_USERS: JSON.stringify([
      { email: canaryUser.username, password: canaryUser.password, role: 'user' },
      { email: throttleUser.username, password: throttleUser.password, role: 'user' },
      { email: bulkUser.username, password: bulkUser.password, role: 'user' },
      { email: expiringUser.username, password: expiringUser.password, role: 'owner' },
      { email: expiringWizardUser.username, password: expiringWizardUser.password, role: 'user' },
    ]),
    SANDBOX_KUBECONFIG_TOKEN_PREFIX: kubeconfigTokenPrefix,
    SANDBOX_CONTROL_TOKEN: sandboxControlToken,
  },
  consoleEnv: {
    PORT: String(consolePort),
    SANDBOX_PORT: String(sandboxPort),
    NEXTAUTH_URL: `http://localhost:${consolePort}`,
    NEXTAUTH_SECRET: sessionSecret,
    REDIS_URL: redisUrl,
    E2E_SERVER_LOG: '.e2e/console-server.log',
    // Short enough for e2e/security/faults.spec.ts to watch a timeout and the breaker's recovery.
    UPSTREAM_TIMEOUT_MS: '3000',
    UPSTREAM_BREAKER_COOLDOWN_MS: '3000',
  },
  consoleBEnv: {
    PORT: String(consoleBPort),
    SANDBOX_PORT: String(sandboxPort),
    NEXTAUTH_URL: `http://localhost:${consoleBPort}`,
    NEXTAUTH_SECRET: sessionSecret,
    REDIS_URL: redisUrl,
    E2E_SERVER_LOG: '.e2e/console-server-b.log',
  },
  users: {
    admin: { username: 'admin@sandbox.test', password: 'sandbox' },
    member: { username: 'user@sandbox.test', password: 'sandbox' },
    /** Without the "Manage Dataplatform" privilege (e2e/permissions.spec.ts). */
    noaccess: { username: 'noaccess@sandbox.test', password: 'sandbox' },
    bulk: bulkUser,
    expiring: expiringUser,
    expiringWizard: expiringWizardUser,
    canary: canaryUser,
    throttled: throttleUser,
  },
  portal,
} as const;
