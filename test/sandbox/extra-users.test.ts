// SANDBOX_EXTRA_USERS and SANDBOX_KUBECONFIG_TOKEN_PREFIX: the canary user and kubeconfig token of the e2e run.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readSandboxEnv } from '@/lib/sandbox/env';
import { createSandbox } from '@/lib/sandbox/sandbox';
import { SEED_IDS } from '@/lib/sandbox/seed';
import { parseExtraUsers } from '@/lib/sandbox/users';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe('SANDBOX_EXTRA_USERS', () => {
  it('parses users of the sandbox contract, members by default, with stable ids', () => {
    const [canary, owner] = parseExtraUsers(
      JSON.stringify([
        { email: 'canary@sandbox.test', password: 'CANARY-PW-x' },
        { email: 'o@x.test', password: 'p', role: 'owner' },
      ]),
    );
    expect(canary).toMatchObject({
      email: 'canary@sandbox.test',
      password: 'CANARY-PW-x',
      role: 'user',
      privileges: ['MANAGE_DATAPLATFORM'],
      contractNumber: 31000001,
    });
    expect(canary!.uuid).toMatch(/^0a0d3100-0000-4000-9000-[0-9a-f]{12}$/);
    expect(parseExtraUsers(JSON.stringify([{ email: 'canary@sandbox.test', password: 'other' }]))[0]!.uuid).toBe(canary!.uuid);
    expect(owner!.role).toBe('owner');
    expect(parseExtraUsers(undefined)).toEqual([]);
    expect(parseExtraUsers('')).toEqual([]);
  });

  it('refuses bad input with a message that names the problem', () => {
    expect(() => parseExtraUsers('{')).toThrow(/not valid JSON/);
    expect(() => parseExtraUsers('{}')).toThrow(/array/);
    expect(() => parseExtraUsers('[{"email":"nope","password":"x"}]')).toThrow(/\[0\]\.email/);
    expect(() => parseExtraUsers('[{"email":"a@b.test"}]')).toThrow(/\[0\]\.password/);
    expect(() => parseExtraUsers('[{"email":"a@b.test","password":"x","role":"root"}]')).toThrow(/\[0\]\.role/);
  });

  it('an extra user signs in with Basic, gets tokens and sees only his own clusters', async () => {
    vi.stubEnv('SANDBOX_EXTRA_USERS', JSON.stringify([{ email: 'canary@sandbox.test', password: 'CANARY-PW-1' }]));
    vi.resetModules();
    const { createSandbox: fresh } = await import('@/lib/sandbox/sandbox');
    const { getResponse } = await import('msw');
    const sandbox = fresh({ provisionSeconds: 0 });
    const basic = `Basic ${Buffer.from('canary@sandbox.test:CANARY-PW-1').toString('base64')}`;
    const list = await getResponse(
      sandbox.handlers,
      new Request('https://api.ionos.com/dataplatform/clusters', { headers: { authorization: basic } }),
    );
    expect(list?.status).toBe(200);
    expect(((await list!.json()) as { items: unknown[] }).items).toEqual([]);
    const wrong = `Basic ${Buffer.from('canary@sandbox.test:sandbox').toString('base64')}`;
    const refused = await getResponse(
      sandbox.handlers,
      new Request('https://api.ionos.com/dataplatform/clusters', { headers: { authorization: wrong } }),
    );
    expect(refused?.status).toBe(401);
    expect(sandbox.issueToken('canary@sandbox.test')).toMatch(/^eyJ/);
  });

  it('refuses an extra user that shadows a demo user', async () => {
    vi.stubEnv('SANDBOX_EXTRA_USERS', JSON.stringify([{ email: 'USER@sandbox.test', password: 'x' }]));
    vi.resetModules();
    await expect(import('@/lib/sandbox/users')).rejects.toThrow(/already a sandbox user/);
  });
});

describe('SANDBOX_KUBECONFIG_TOKEN_PREFIX', () => {
  it('prefixes the kubeconfig user token, and is validated', async () => {
    expect(readSandboxEnv({ SANDBOX_KUBECONFIG_TOKEN_PREFIX: 'CANARY-KC-abc-' }).kubeconfigTokenPrefix).toBe('CANARY-KC-abc-');
    expect(() => readSandboxEnv({ SANDBOX_KUBECONFIG_TOKEN_PREFIX: 'has space' })).toThrow(/SANDBOX_KUBECONFIG_TOKEN_PREFIX/);
    const sandbox = createSandbox({ kubeconfigTokenPrefix: 'CANARY-KC-abc-' });
    const { getResponse } = await import('msw');
    const res = await getResponse(
      sandbox.handlers,
      new Request(`https://api.ionos.com/dataplatform/clusters/${SEED_IDS.clusters.kafkaDev}/kubeconfig`, {
        headers: { authorization: sandbox.basicAuth('user@sandbox.test') },
      }),
    );
    expect(res?.status).toBe(200);
    const kubeconfig = (await res!.json()) as { users: { user: { token: string } }[] };
    expect(kubeconfig.users[0]!.user.token).toMatch(/^CANARY-KC-abc-[A-Za-z0-9_-]{43}$/);
  });
});
