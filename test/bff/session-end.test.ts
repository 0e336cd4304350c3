// When the upstream stops accepting a session's credential (expired or revoked there), the BFF ends the session:
// a 401, the cookie cleared, and the same cookie refused afterwards without another upstream call.
import { describe, expect, it } from 'vitest';
import * as clusters from '@/app/api/dataplatform/clusters/route';
import { createSessionCookieForTests } from '@/lib/server/session';
import { apiRequest, ctx, expectError, setupBff, USER } from './harness';

const h = setupBff();

describe('an upstream 401 ends the session', () => {
  it('answers 401, clears the cookie and refuses a replay without asking upstream', async () => {
    const own = await createSessionCookieForTests({ token: 'revoked-upstream-token-0123456789', user: USER });
    const cookie = `${own.name}=${own.value}`;
    h.fake.enqueue({ status: 401, json: { httpStatus: 401, messages: [{ errorCode: 'paas-auth-1', message: 'Unauthorized' }] } });

    const first = await clusters.GET(apiRequest(h, 'GET', '/api/dataplatform/clusters', { headers: { cookie } }), ctx({}));
    await expectError(first, 401);
    expect(first.headers.get('set-cookie')).toMatch(new RegExp(`^${own.name}=;.*Max-Age=0`));
    expect(h.fake.requests).toHaveLength(1);

    const replay = await clusters.GET(apiRequest(h, 'GET', '/api/dataplatform/clusters', { headers: { cookie } }), ctx({}));
    await expectError(replay, 401, 'unauthenticated');
    expect(h.fake.requests).toHaveLength(1);
  });

  it('leaves the session alone on other errors', async () => {
    h.fake.enqueue({ status: 403, json: { httpStatus: 403, messages: [{ errorCode: 'x', message: 'Forbidden' }] } });
    const res = await clusters.GET(apiRequest(h, 'GET', '/api/dataplatform/clusters'), ctx({}));
    await expectError(res, 403);
    expect(res.headers.get('set-cookie')).toBeNull();
  });
});
