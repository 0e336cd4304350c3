// LOG-01/02/03: one structured line per BFF call (request id, method, route, status, duration, user), secrets
// redacted by key and by shape, bodies never logged, and user-controlled text unable to forge lines.
import { describe, expect, it } from 'vitest';
import * as clusters from '@/app/api/dataplatform/clusters/route';
import { captureLogsForTests, log } from '@/lib/server/log';
import { createSessionCookieForTests } from '@/lib/server/session';
import { DATACENTER, TOKEN, USER, apiRequest, clusterBody, ctx, setupBff } from './harness';

const h = setupBff();

describe('request log', () => {
  it('one line per call with request id, method, route, status, duration, user and upstream summary', async () => {
    h.fake.enqueue({ status: 201, json: clusterBody() });
    const body = { properties: { name: 'CANARY-BODY-name', datacenterId: DATACENTER } };
    const res = await clusters.POST(apiRequest(h, 'POST', '/api/dataplatform/clusters', { body }), ctx({}));
    const lines = h.logs().filter((entry) => entry.event === 'bff.request');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 'info',
      requestId: res.headers.get('x-request-id'),
      method: 'POST',
      route: '/api/dataplatform/clusters',
      status: 201,
      user: USER.email,
      upstream: [{ api: 'dataplatform', operation: 'POST /clusters', status: 201, attempts: 1 }],
    });
    expect(lines[0]?.durationMs).toEqual(expect.any(Number));
    expect(h.logText()).not.toContain('CANARY-BODY');
    expect(h.logText()).not.toContain(TOKEN);
    expect(h.logText()).not.toContain(h.cookie().split('=')[1]?.slice(0, 40));
  });

  it('logs the error code of refused calls', async () => {
    await clusters.GET(apiRequest(h, 'GET', '/api/dataplatform/clusters?x=1'), ctx({}));
    await clusters.GET(apiRequest(h, 'GET', '/api/dataplatform/clusters', { session: false }), ctx({}));
    const lines = h.logs().filter((entry) => entry.event === 'bff.request');
    expect(lines.map((line) => [line.status, line.error])).toEqual([
      [400, 'invalid_query'],
      [401, 'unauthenticated'],
    ]);
  });

  it('a user name with a newline stays one escaped line (LOG-02)', async () => {
    const forged = '\n{"level":"info","msg":"fake"}';
    const { name, value } = await createSessionCookieForTests({ token: TOKEN, user: { name: `mallory${forged}`, email: `mallory${forged}` } });
    h.fake.enqueue({ json: { items: [] } });
    await clusters.GET(apiRequest(h, 'GET', '/api/dataplatform/clusters', { headers: { cookie: `${name}=${value}` } }), ctx({}));
    const text = h.logText();
    expect(text.split('\n').every((line) => JSON.parse(line))).toBe(true);
    expect(h.logs().some((entry) => entry.msg === 'fake')).toBe(false);
    expect(h.logs().find((entry) => entry.event === 'bff.request')?.user).toBe(`mallory${forged}`);
  });
});

describe('redaction (LOG-01)', () => {
  it('redacts secret keys at any depth and credentials inside text', () => {
    const capture = captureLogsForTests();
    try {
      log.warn({
        event: 'x',
        authorization: 'Bearer CANARY-TOK-1',
        headers: { Cookie: 'a=CANARY-TOK-2', 'x-ok': 'visible' },
        nested: { password: 'CANARY-PW-1', list: [{ token: 'CANARY-TOK-3' }, { apiToken: 'CANARY-TOK-4' }] },
        kubeconfig: { users: [{ user: { token: 'CANARY-KC-1' } }] },
        message: 'upstream said: Authorization: Bearer CANARY-TOK-5 and Basic CANARY-PW-2',
        error: new Error('failed with Bearer CANARY-TOK-6'),
      });
      expect(capture.lines).toHaveLength(1);
      expect(capture.lines[0]).not.toMatch(/CANARY/);
      expect(capture.lines[0]).toContain('visible');
      expect(capture.entries()[0]).toMatchObject({ level: 'warn', event: 'x', authorization: '[redacted]', error: { name: 'Error' } });
    } finally {
      capture.restore();
    }
  });
});
