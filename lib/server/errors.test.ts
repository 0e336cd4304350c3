import { describe, expect, it } from 'vitest';
import { envelope, unauthenticated, upstreamFailure } from '@/lib/server/errors';
import { describeStatus } from '@/lib/shared/http';

describe('upstreamFailure', () => {
  it('keeps the API’s own messages', () => {
    const error = upstreamFailure(409, { httpStatus: 409, messages: [{ errorCode: '[VDC-1]', message: 'Cluster is busy' }] });
    expect(envelope(error)).toEqual({ httpStatus: 409, messages: [{ errorCode: '[VDC-1]', message: 'Cluster is busy' }] });
  });

  it('says what a 4xx without messages means in the words the browser uses too', () => {
    for (const status of [400, 401, 403, 404, 409, 429, 418]) {
      expect(envelope(upstreamFailure(status, '<html>nope</html>'))).toEqual({
        httpStatus: status,
        messages: [{ errorCode: `upstream_${status}`, message: describeStatus(status) }],
      });
    }
  });

  it('names the IONOS API and the status for a 5xx without messages, and makes odd statuses a 502', () => {
    expect(upstreamFailure(503, undefined).message).toBe('The IONOS API reported an error (503). Try again later.');
    expect(upstreamFailure(500, { messages: [{ message: '  ' }] }).message).toBe('The IONOS API reported an error (500). Try again later.');
    const odd = upstreamFailure(302, undefined);
    expect([odd.status, odd.message]).toEqual([502, 'The IONOS API reported an error (502). Try again later.']);
  });

  it('keeps Retry-After', () => {
    expect(upstreamFailure(429, undefined, 7).retryAfterSeconds).toBe(7);
  });
});

describe('unauthenticated', () => {
  it('is the shared 401 sentence', () => {
    expect(unauthenticated().message).toBe('Your session has ended. Sign in again.');
  });
});
