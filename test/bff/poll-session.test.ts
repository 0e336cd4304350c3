// Security finding L4: background polling must not slide the session's idle timeout. The browser marks a
// refetchInterval tick with X-Console-Poll: 1 (lib/api/polling.ts); the BFF re-issues the cookie (60 s after it
// was issued) for anything else, and never for a poll.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as clusters from '@/app/api/dataplatform/clusters/route';
import { POLL_HEADER } from '@/lib/shared/http';
import { apiRequest, clusterBody, ctx, setupBff } from './harness';

const h = setupBff();

// The harness issues this test's cookie in its beforeEach; the clock then moves to 61 s after that.
beforeEach(() => {
  const issued = Date.now();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(issued + 61_000);
});
afterEach(() => {
  vi.useRealTimers();
});

async function listClusters(headers: Record<string, string>) {
  h.fake.enqueue({ status: 200, json: { id: 'clusters', type: 'collection', href: '/clusters', items: [clusterBody()] } });
  const res = await clusters.GET(apiRequest(h, 'GET', '/api/dataplatform/clusters', { headers }), ctx({}));
  expect(res.status).toBe(200);
  return res;
}

describe('the session idle timeout and polling', () => {
  it('does not re-issue the cookie for a poll 61 s after it was issued', async () => {
    const res = await listClusters({ [POLL_HEADER]: '1' });
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  it('re-issues it for a request of the user at the same moment', async () => {
    const res = await listClusters({});
    expect(res.headers.get('set-cookie')).toMatch(/^console-session=[^;]+;.*Max-Age=\d+/);
  });
});
