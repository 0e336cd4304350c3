#!/usr/bin/env node
// `npm run oidc-demo`: the demo OpenID provider of portal mode alone (scripts/lib/oidc-demo.mjs), on
// 127.0.0.1:$OIDC_DEMO_PORT (4011). scripts/console.mjs starts it next to the sandbox when CONSOLE_AUTH=oidc and
// OIDC_ISSUER is unset. The consoles it may return to: NEXTAUTH_URL and OIDC_DEMO_REDIRECT_ORIGINS (comma-separated).
import process from 'node:process';
import { demoConsoleUrls, startOidcDemo } from './lib/oidc-demo.mjs';

const port = Number(process.env.OIDC_DEMO_PORT || 4011);
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`[oidc-demo] OIDC_DEMO_PORT must be a port number, got "${process.env.OIDC_DEMO_PORT}".`);
  process.exit(1);
}
let demo;
try {
  const consoleUrls = demoConsoleUrls(process.env);
  demo = await startOidcDemo({ port, consoleUrls });
  console.warn(`[oidc-demo] issuer ${demo.issuer} for ${consoleUrls.join(', ')}`);
} catch (error) {
  console.error(`[oidc-demo] ${error instanceof Error ? error.message : error}; stopping.`);
  process.exit(1);
}
const stop = () => demo.close().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
