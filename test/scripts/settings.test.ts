// .env* as Next developers expect: scripts/console.mjs loads them with Next's rules before it decides sandbox or
// live, ports, host and public URL; the real environment beats the files. Checked on the real script
// (`--print-config`) in a scratch project directory, and on the pure settings function.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveSettings } from '@/scripts/lib/settings.mjs';

const CONSOLE = path.resolve('scripts/console.mjs');
const OWN_VARIABLES = [
  'PORT',
  'HOST',
  'NEXTAUTH_URL',
  'SANDBOX_PORT',
  'IONOS_API_URL',
  'NODE_ENV',
  '__NEXT_PROCESSED_ENV',
  'CONSOLE_AUTH',
  'OIDC_ISSUER',
  'OIDC_DEMO_PORT',
  'OIDC_CLIENT_SECRET',
];

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'console-env-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

type Printed = {
  mode: string;
  port: string;
  host: string | null;
  sandboxPort: string;
  publicUrl: string;
  auth: string;
  oidcIssuer: string | null;
  oidcDemo: boolean;
  envFiles: string[];
};

function printConfig(env: Record<string, string> = {}, args: string[] = []): Printed {
  const base = { ...process.env };
  for (const name of OWN_VARIABLES) delete base[name];
  const result = spawnSync(process.execPath, [CONSOLE, '--print-config', ...args], {
    cwd: dir,
    env: { ...base, ...env },
    encoding: 'utf8',
    timeout: 15_000,
  });
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Printed;
}

describe('scripts/console.mjs reads .env* with Next’s rules', () => {
  it('honours PORT, NEXTAUTH_URL and SANDBOX_PORT from .env.local', () => {
    writeFileSync(path.join(dir, '.env.local'), 'PORT=3555\nNEXTAUTH_URL=http://console.test:3555\nSANDBOX_PORT=4555\n');
    expect(printConfig()).toMatchObject({
      mode: 'sandbox',
      port: '3555',
      host: '127.0.0.1',
      sandboxPort: '4555',
      publicUrl: 'http://console.test:3555',
      envFiles: ['.env.local'],
    });
  });

  it('derives NEXTAUTH_URL from a PORT set in .env', () => {
    writeFileSync(path.join(dir, '.env'), 'PORT=3556\n');
    expect(printConfig()).toMatchObject({ port: '3556', publicUrl: 'http://localhost:3556' });
  });

  it('switches to live mode for an IONOS_API_URL in .env.production.local, and listens everywhere unless HOST is set', () => {
    writeFileSync(path.join(dir, '.env.production.local'), 'IONOS_API_URL=https://api.ionos.com\n');
    expect(printConfig()).toMatchObject({ mode: 'live', host: null });
    writeFileSync(path.join(dir, '.env'), 'HOST=10.0.0.5\n');
    expect(printConfig()).toMatchObject({ mode: 'live', host: '10.0.0.5' });
  });

  it('the real environment beats every file, and .env.local beats .env', () => {
    writeFileSync(path.join(dir, '.env'), 'PORT=3001\nSANDBOX_PORT=4001\nHOST=0.0.0.0\n');
    writeFileSync(path.join(dir, '.env.local'), 'PORT=3002\n');
    expect(printConfig({ SANDBOX_PORT: '4777' })).toMatchObject({ port: '3002', sandboxPort: '4777', host: '0.0.0.0' });
  });

  it('prints the sign-in mode: portal mode on the sandbox runs the demo provider; never a secret', () => {
    expect(printConfig()).toMatchObject({ auth: 'ionos', oidcIssuer: null, oidcDemo: false });
    writeFileSync(path.join(dir, '.env.local'), 'CONSOLE_AUTH=oidc\nOIDC_DEMO_PORT=4666\n');
    expect(printConfig()).toMatchObject({ auth: 'oidc', oidcIssuer: 'http://127.0.0.1:4666', oidcDemo: true });
    const own = { OIDC_ISSUER: 'https://login.example.test', OIDC_CLIENT_SECRET: 'never-printed-secret' };
    const printed = printConfig(own);
    expect(printed).toMatchObject({ auth: 'oidc', oidcIssuer: 'https://login.example.test', oidcDemo: false });
    expect(JSON.stringify(printed)).not.toContain('never-printed-secret');
  });

  it('--dev reads .env.development, not .env.production', () => {
    writeFileSync(path.join(dir, '.env.development'), 'PORT=3100\n');
    writeFileSync(path.join(dir, '.env.production'), 'PORT=3200\n');
    expect(printConfig({}, ['--dev']).port).toBe('3100');
    expect(printConfig().port).toBe('3200');
  });
});

describe('resolveSettings', () => {
  it('binds the sandbox console to loopback unless HOST is set; live mode keeps all interfaces', () => {
    expect(resolveSettings({}).host).toBe('127.0.0.1');
    expect(resolveSettings({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(resolveSettings({ IONOS_API_URL: 'https://api.ionos.com' }).host).toBeUndefined();
  });

  it('hands the children the decided PORT, NEXTAUTH_URL, SANDBOX_PORT and HOST', () => {
    expect(resolveSettings({ PORT: '3005' }).childEnv).toEqual({
      PORT: '3005',
      NEXTAUTH_URL: 'http://localhost:3005',
      SANDBOX_PORT: '4010',
      HOST: '127.0.0.1',
    });
    expect(resolveSettings({ IONOS_API_URL: 'https://api.ionos.com', NEXTAUTH_URL: 'https://console.example.com' }).childEnv).toEqual({
      PORT: '3000',
      NEXTAUTH_URL: 'https://console.example.com',
      SANDBOX_PORT: '4010',
    });
  });
});
