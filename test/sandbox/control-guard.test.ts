// Security findings L2 / I11, the sandbox control plane: the control token, the Host check (DNS rebinding),
// JSON-only control POSTs, a request log without passwords, and fault globs matched in linear time.
// The Host check (b) is in server.test.ts: it needs real HTTP, which the msw interception here would catch.
import { describe, expect, it } from 'vitest';
import { readSandboxEnv } from '@/lib/sandbox/env';
import { createFaultRegistry, matchesFaultPath } from '@/lib/sandbox/faults';
import { createSandbox } from '@/lib/sandbox/sandbox';
import { SANDBOX_PASSWORD, SANDBOX_USERS } from '@/lib/sandbox/users';
import { setupSandbox } from './support/harness';

const h = setupSandbox();

const CONTROL_CALLS = [
  ['GET', '/__sandbox/requests'],
  ['DELETE', '/__sandbox/requests'],
  ['GET', '/__sandbox/faults'],
  ['POST', '/__sandbox/faults'],
  ['DELETE', '/__sandbox/faults'],
  ['DELETE', '/__sandbox/faults/x'],
  ['POST', '/__sandbox/reset'],
  ['GET', '/__sandbox/unknown'],
] as const;

describe('the control token (a)', () => {
  it('answers 401 in the error envelope without the token or with a wrong one, and changes nothing', async () => {
    for (const [method, path] of CONTROL_CALLS) {
      const refused: Record<string, string>[] = [{}, { 'X-Sandbox-Control': 'wrong' }, { 'X-Sandbox-Control': `${h.sandbox.controlToken}x` }];
      for (const headers of refused) {
        const answer = await h.as(null).call(method, path, { headers, body: method === 'POST' ? { path: '/dataplatform', status: 500 } : undefined });
        expect(answer.status, `${method} ${path}`).toBe(401);
        expect(answer.headers.get('content-type')).toContain('application/json');
        expect(answer.body).toMatchObject({ httpStatus: 401, messages: [{ errorCode: 'UNAUTHORIZED' }] });
      }
    }
    expect(h.sandbox.faults.list()).toEqual([]);
    expect((await h.as('user').call('GET', '/dataplatform/versions')).status).toBe(200);
  });

  it('keeps the health check open, and lets the token through', async () => {
    expect((await h.as(null).call('GET', '/__sandbox/health')).status).toBe(200);
    expect((await h.control().call('GET', '/__sandbox/requests')).status).toBe(200);
    expect((await h.control().call('POST', '/__sandbox/faults', { body: { path: '/x', status: 500 } })).status).toBe(201);
  });

  it('takes the token from SANDBOX_CONTROL_TOKEN, or makes a random one per instance', () => {
    expect(readSandboxEnv({ SANDBOX_CONTROL_TOKEN: 'a-control-token-of-32-characters' }).controlToken).toBe('a-control-token-of-32-characters');
    expect(readSandboxEnv({}).controlToken).toBeUndefined();
    expect(() => readSandboxEnv({ SANDBOX_CONTROL_TOKEN: 'short' })).toThrow(/SANDBOX_CONTROL_TOKEN/);
    const [a, b] = [createSandbox().controlToken, createSandbox().controlToken];
    expect(a).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(a).not.toBe(b);
    expect(createSandbox({ controlToken: 'given-token-0123456789' }).controlToken).toBe('given-token-0123456789');
  });
});

describe('JSON-only control POSTs (c)', () => {
  it('answers 415 for a POST that is not application/json', async () => {
    const body = JSON.stringify({ path: '/dataplatform', status: 500 });
    for (const type of [undefined, 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const headers: Record<string, string> = type ? { 'content-type': type } : {};
      for (const path of ['/__sandbox/faults', '/__sandbox/reset']) {
        const answer = await h.control().call('POST', path, { raw: path.endsWith('faults') ? body : '{}', headers });
        expect(answer.status, `${type} ${path}`).toBe(415);
        expect(answer.body).toMatchObject({ httpStatus: 415, messages: [{ errorCode: 'UNSUPPORTED_MEDIA_TYPE' }] });
      }
    }
    expect(h.sandbox.faults.list()).toEqual([]);
    const json = await h.control().call('POST', '/__sandbox/faults', { raw: body, headers: { 'content-type': 'application/json; charset=utf-8' } });
    expect(json.status).toBe(201);
  });
});

describe('the request log (d)', () => {
  it('keeps the user name of a Basic credential, never its password; bearer tokens stay', async () => {
    const basic = h.sandbox.basicAuth(SANDBOX_USERS.user.email);
    await h.as('user').call('GET', '/dataplatform/clusters', { headers: { 'proxy-authorization': basic } });
    const token = h.sandbox.issueToken(SANDBOX_USERS.admin.email);
    await h.as({ bearer: token }).call('GET', '/dataplatform/clusters');
    await h.as({ header: 'Basic not base64 at all' }).call('GET', '/dataplatform/versions');
    const log = (await h.control().call('GET', '/__sandbox/requests')).body.items;
    expect(log[0].headers.authorization).toBe('Basic [redacted]');
    expect(log[0].headers['proxy-authorization']).toBe('Basic [redacted]');
    expect(log[0].credential).toEqual({ scheme: 'Basic', user: SANDBOX_USERS.user.email });
    expect(log[1].headers.authorization).toBe(`Bearer ${token}`);
    expect(log[1].credential).toBeUndefined();
    expect(log[2].headers.authorization).toBe('Basic [redacted]');
    expect(log[2].credential).toEqual({ scheme: 'Basic' });
    const text = JSON.stringify(log);
    expect(text).not.toContain(basic.slice('Basic '.length));
    expect(text).not.toContain(`:${SANDBOX_PASSWORD}`);
  });
});

describe('fault globs (e)', () => {
  it('match like before: prefixes without *, whole paths with *', () => {
    expect(matchesFaultPath('/dataplatform', '/dataplatform/versions')).toBe(true);
    expect(matchesFaultPath('/dataplatform/clusters/*/kubeconfig', '/dataplatform/clusters/abc/kubeconfig')).toBe(true);
    expect(matchesFaultPath('/dataplatform/clusters/*/kubeconfig', '/dataplatform/clusters/abc/nodepools')).toBe(false);
    expect(matchesFaultPath('/cloudapi/*', '/cloudapi/v6/datacenters')).toBe(true);
    expect(matchesFaultPath('/a*b*c', '/abc')).toBe(true);
    expect(matchesFaultPath('/a*b*c', '/acb')).toBe(false);
    expect(matchesFaultPath('/ab*ba', '/aba')).toBe(false);
    expect(matchesFaultPath('/x*', '/x')).toBe(true);
    expect(matchesFaultPath('*', '/anything')).toBe(true);
  });

  it('decides a pathological glob in one pass over a long path', () => {
    // `/*0*0…*X`, 11 wildcards: a regex of `.*` pieces backtracks through every split of the zeros.
    const glob = `/${'*0'.repeat(10)}*X`;
    const path = `/${'0'.repeat(100_000)}`;
    const scan = { chars: 0 };
    expect(matchesFaultPath(glob, path, scan)).toBe(false);
    expect(scan.chars).toBeLessThanOrEqual(path.length);
    expect(matchesFaultPath(glob, `${path}X`)).toBe(true);
    const registry = createFaultRegistry();
    registry.add({ path: glob, status: 500 });
    expect(registry.take('GET', path)).toBeUndefined();
  });
});
