// Start-up of the production server in live mode without a session secret stops with a readable message.
import { spawnSync } from 'node:child_process';
import { expect, test } from '@playwright/test';

test('live mode without NEXTAUTH_SECRET refuses to start and says why', () => {
  const env: NodeJS.ProcessEnv = { ...process.env, IONOS_API_URL: 'https://api.ionos.com', PORT: '3399' };
  delete env.NEXTAUTH_SECRET;
  delete env.AUTH_SECRET;
  const result = spawnSync('node', ['scripts/server.mjs'], { env, encoding: 'utf8', timeout: 30_000 });
  expect(result.status).not.toBe(0);
  expect(result.signal).toBeNull();
  expect(result.stderr + result.stdout).toContain('NEXTAUTH_SECRET is not set');
});
