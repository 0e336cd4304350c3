// The start-up settings of scripts/console.mjs and scripts/server.mjs, decided once from the environment after
// Next's own .env* loading (process environment first, then .env.$mode.local, .env.local, .env.$mode, .env).
import { createRequire } from 'node:module';

// @next/env is Next's own loader (a dependency of next); resolve it through next so hoisting does not matter.
const requireFromNext = createRequire(createRequire(import.meta.url).resolve('next/package.json'));

/**
 * Loads the project's .env* files into process.env with Next's rules: a variable already in the process
 * environment wins; `dev` picks .env.development*, otherwise .env.production* (NODE_ENV=test: .env.test*).
 * Children started with the resulting environment do not load the files again (Next marks it processed).
 * @param {string} dir
 * @param {{ dev?: boolean }} [options]
 * @returns {string[]} the files that were read, for the start-up line
 */
export function loadEnvFiles(dir, { dev = false } = {}) {
  const { loadEnvConfig } = requireFromNext('@next/env');
  return loadEnvConfig(dir, dev, console).loadedEnvFiles.map((file) => file.path);
}

/**
 * What the console runs with, from an environment that already holds the .env* values.
 * - mode: `sandbox` when IONOS_API_URL is unset or empty, `live` otherwise;
 * - HOST: 127.0.0.1 in sandbox mode unless set (the sandbox's users and passwords are published), all
 *   interfaces in live mode unless set;
 * - NEXTAUTH_URL: http://localhost:$PORT unless set;
 * - auth: CONSOLE_AUTH (`ionos`, personal mode, unless set); in portal mode (`oidc`) on the sandbox without OIDC_ISSUER
 *   the demo OpenID provider (scripts/oidc-demo.mjs) runs on 127.0.0.1:$OIDC_DEMO_PORT (4011), as lib/server/config.ts
 *   expects it.
 * @param {Readonly<Record<string, string | undefined>>} env
 */
export function resolveSettings(env) {
  const mode = env.IONOS_API_URL ? 'live' : 'sandbox';
  const port = env.PORT || '3000';
  const host = env.HOST || (mode === 'sandbox' ? '127.0.0.1' : undefined);
  const sandboxPort = env.SANDBOX_PORT || '4010';
  const publicUrl = env.NEXTAUTH_URL || `http://localhost:${port}`;
  /** @type {Record<string, string>} what the children (sandbox, next build, server) are started with */
  const childEnv = { PORT: port, NEXTAUTH_URL: publicUrl, SANDBOX_PORT: sandboxPort };
  if (host) childEnv.HOST = host;
  const auth = env.CONSOLE_AUTH || 'ionos';
  const oidcDemo = auth === 'oidc' && mode === 'sandbox' && !env.OIDC_ISSUER;
  const oidcIssuer = oidcDemo ? `http://127.0.0.1:${env.OIDC_DEMO_PORT || '4011'}` : auth === 'oidc' ? env.OIDC_ISSUER || null : null;
  return { mode, port, host, sandboxPort, publicUrl, auth, oidcIssuer, oidcDemo, childEnv };
}
