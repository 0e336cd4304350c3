// The environment is read once and refused with a readable message when it is wrong.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfigError, readConfig } from '@/lib/server/config';

const SECRET = 'x'.repeat(40);

afterEach(() => vi.restoreAllMocks());

describe('readConfig', () => {
  it('uses the sandbox on loopback when IONOS_API_URL is unset', () => {
    const config = readConfig({ NEXTAUTH_SECRET: SECRET, SANDBOX_PORT: '4123' });
    expect(config.mode).toBe('sandbox');
    expect(config.dataplatformBase).toBe('http://127.0.0.1:4123/dataplatform');
    expect(config.authBase).toBe('http://127.0.0.1:4123/auth/v1');
    expect(config.cloudBase).toBe('http://127.0.0.1:4123/cloudapi/v6');
  });

  it('reads IONOS_API_URL like the SDKs, with or without /dataplatform', () => {
    for (const url of ['https://api.ionos.com', 'https://api.ionos.com/', 'https://api.ionos.com/dataplatform']) {
      const config = readConfig({ IONOS_API_URL: url, NEXTAUTH_SECRET: SECRET });
      expect(config.mode).toBe('live');
      expect(config.dataplatformBase).toBe('https://api.ionos.com/dataplatform');
      expect(config.cloudBase).toBe('https://api.ionos.com/cloudapi/v6');
    }
  });

  it.each([
    ['http://api.ionos.com', /must use https/],
    ['https://user:pw@api.ionos.com', /credentials/],
    ['https://api.ionos.com/other', /must be an origin/],
    ['https://api.ionos.com/?x=1', /query or fragment/],
    ['not a url', /not a URL/],
  ])('refuses IONOS_API_URL=%s', (url, message) => {
    expect(() => readConfig({ IONOS_API_URL: url, NEXTAUTH_SECRET: SECRET })).toThrow(message);
  });

  it('accepts plain http for a loopback test upstream only', () => {
    expect(readConfig({ IONOS_API_URL: 'http://127.0.0.1:9000', NEXTAUTH_SECRET: SECRET }).apiOrigin).toBe('http://127.0.0.1:9000');
  });

  it('stops live mode without a session secret, with a message that says what to do', () => {
    expect(() => readConfig({ IONOS_API_URL: 'https://api.ionos.com' })).toThrow(ConfigError);
    expect(() => readConfig({ IONOS_API_URL: 'https://api.ionos.com' })).toThrow(/NEXTAUTH_SECRET is not set.*openssl rand/);
    expect(() => readConfig({ IONOS_API_URL: 'https://api.ionos.com', NEXTAUTH_SECRET: 'short' })).toThrow(/at least 32/);
  });

  it('generates a sandbox secret once and keeps it in .sandbox/', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'console-config-'));
    vi.spyOn(process, 'cwd').mockReturnValue(dir);
    const first = readConfig({}).sessionSecret;
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(path.join(dir, '.sandbox/session-secret'), 'utf8').trim()).toBe(first);
    expect(readConfig({}).sessionSecret).toBe(first);
  });

  it('validates the pinned certificate fingerprint and numbers', () => {
    const pinned = readConfig({ NEXTAUTH_SECRET: SECRET, IONOS_PINNED_CERT: 'ab:'.repeat(31) + 'ab' });
    expect(pinned.pinnedCert).toBe('AB'.repeat(32));
    expect(() => readConfig({ NEXTAUTH_SECRET: SECRET, IONOS_PINNED_CERT: 'xyz' })).toThrow(/SHA-256/);
    expect(() => readConfig({ NEXTAUTH_SECRET: SECRET, UPSTREAM_TIMEOUT_MS: '-1' })).toThrow(/positive whole number/);
    expect(readConfig({ NEXTAUTH_SECRET: SECRET, NEXTAUTH_URL: 'https://console.example' }).secureCookies).toBe(true);
  });
});
