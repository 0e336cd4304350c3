import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { BffError, bffFetch, signInPath } from '@/lib/api/client';
import { nodePoolQueries } from '@/lib/api/nodepools/queries';
import { clusterKeys, clusterListPath } from '@/lib/api/clusters/queries';
import { shouldRetry } from '@/lib/api/query-client';
import { NETWORK_ERROR_MESSAGE, describeStatus } from '@/lib/shared/http';

describe('BffError', () => {
  it('builds its message from the API messages', () => {
    const error = new BffError({
      status: 409,
      messages: [{ errorCode: '[VDC-1]', message: 'The cluster is busy' }, { message: 'Try later.' }],
    });
    expect(error.message).toBe('The cluster is busy. Try later.');
    expect(error.status).toBe(409);
    expect(error).toBeInstanceOf(Error);
  });

  it('falls back to a sentence by status', () => {
    expect(new BffError({ status: 0 }).message).toBe(NETWORK_ERROR_MESSAGE);
    expect(describeStatus(404, [{ errorCode: 'x' }])).toMatch(/not found/i);
    expect(describeStatus(500, [])).toBe('The console server had a problem.');
    expect(describeStatus(418, [])).toBe('The request failed (HTTP 418).');
  });

  it('keeps Retry-After', () => {
    expect(new BffError({ status: 429, retryAfterSeconds: 3 }).retryAfterSeconds).toBe(3);
    expect(new BffError({ status: 500 }).retryAfterSeconds).toBeUndefined();
  });
});

describe('signInPath', () => {
  it('comes back to the current path and search', () => {
    expect(signInPath('/clusters?name=a b')).toBe('/signin?callbackUrl=%2Fclusters%3Fname%3Da%20b');
    expect(signInPath('/signin?callbackUrl=x')).toBe('/signin?callbackUrl=%2Fclusters');
  });
});

describe('shouldRetry', () => {
  it('retries a network failure once and nothing else', () => {
    expect(shouldRetry(0, new BffError({ status: 0 }))).toBe(true);
    expect(shouldRetry(1, new BffError({ status: 0 }))).toBe(false);
    expect(shouldRetry(0, new BffError({ status: 401 }))).toBe(false);
    expect(shouldRetry(0, new BffError({ status: 404 }))).toBe(false);
    expect(shouldRetry(0, new BffError({ status: 503 }))).toBe(false);
    expect(shouldRetry(0, new Error('bug'))).toBe(false);
  });
});

describe('cluster queries', () => {
  it('nests keys', () => {
    expect(clusterKeys.list({ name: 'kafka' }).slice(0, 2)).toEqual(clusterKeys.lists());
    expect(clusterKeys.detail('id-1')).toEqual(['clusters', 'detail', 'id-1']);
    expect(clusterKeys.list({ name: '' })).toEqual(['clusters', 'list', { name: undefined }]);
  });

  it('sends the name filter as a query parameter', () => {
    expect(clusterListPath({})).toBe('/api/dataplatform/clusters');
    expect(clusterListPath({ name: 'my.cluster-1' })).toBe('/api/dataplatform/clusters?name=my.cluster-1');
  });
});

describe('fetch priority', () => {
  afterEach(() => vi.unstubAllGlobals());

  function recordFetches(): RequestInit[] {
    const inits: RequestInit[] = [];
    vi.stubGlobal('fetch', async (_path: string, init: RequestInit) => {
      inits.push(init);
      return new Response('{"items":[]}', { status: 200, headers: { 'Content-Type': 'application/json' } });
    });
    return inits;
  }

  it('is the browser default unless a read asks for another', async () => {
    const inits = recordFetches();
    await bffFetch('/api/dataplatform/versions', { schema: z.unknown() });
    await bffFetch('/api/dataplatform/versions', { schema: z.unknown(), priority: 'low' });
    expect(inits.map((init) => init.priority)).toEqual([undefined, 'low']);
  });

  it('sends a node pool list asked for at low priority (the counts of the clusters list) at low priority', async () => {
    const inits = recordFetches();
    const id = '4a3e2f1d-9c8b-4a7e-8d6c-5b4a3e2f1d0c';
    const run = (options: ReturnType<typeof nodePoolQueries.list>) =>
      (options.queryFn as (context: { signal: AbortSignal }) => Promise<unknown>)({ signal: new AbortController().signal });
    await run(nodePoolQueries.list(id, { priority: 'low' }));
    await run(nodePoolQueries.list(id));
    expect(inits.map((init) => init.priority)).toEqual(['low', undefined]);
  });
});
