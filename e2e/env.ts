// Ports and environment of the e2e run, shared by playwright.config.ts and the specs.
const consolePort = Number(process.env.E2E_CONSOLE_PORT || 3310);
const sandboxPort = Number(process.env.E2E_SANDBOX_PORT || 4310);

export const E2E = {
  consoleUrl: `http://localhost:${consolePort}`,
  sandboxUrl: `http://127.0.0.1:${sandboxPort}`,
  serverLog: '.e2e/console-server.log',
  sandboxEnv: {
    SANDBOX_PORT: String(sandboxPort),
    SANDBOX_PROVISION_SECONDS: '2',
    SANDBOX_SEED: 'demo',
  },
  consoleEnv: {
    PORT: String(consolePort),
    SANDBOX_PORT: String(sandboxPort),
    NEXTAUTH_URL: `http://localhost:${consolePort}`,
    NEXTAUTH_SECRET: 'e2e-only-secret-0123456789abcdef0123456789',
    E2E_SERVER_LOG: '.e2e/console-server.log',
  },
  users: {
    admin: { username: 'admin@sandbox.test', password: 'sandbox' },
    member: { username: 'user@sandbox.test', password: 'sandbox' },
  },
} as const;
