import { describe, expect, it } from 'vitest';
import { BffError, signInPath } from '@/lib/api/client';
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
