// Failures of a call to IONOS that are not an HTTP answer of the API: each maps to a status and a message
// a person can act on. Answers with an error status are not thrown: callUpstream returns them.
import 'server-only';
import { ApiError } from '@/lib/server/errors';

export type UpstreamErrorCode = 'network' | 'timeout' | 'circuit_open' | 'redirect' | 'bad_response' | 'too_large' | 'invalid_request';

const STATUS: Record<UpstreamErrorCode, number> = {
  network: 502,
  timeout: 504,
  circuit_open: 503,
  redirect: 502,
  bad_response: 502,
  too_large: 502,
  invalid_request: 400,
};

const IN_PROGRESS = ' The change may still be in progress: refresh to check before trying again.';

export class UpstreamError extends ApiError {
  constructor(
    readonly code: UpstreamErrorCode,
    message: string,
    retryAfterSeconds?: number,
  ) {
    super(STATUS[code], `upstream_${code}`, message, { retryAfterSeconds });
    this.name = 'UpstreamError';
  }
}

function seconds(ms: number): string {
  return String(Math.round(ms / 100) / 10);
}

export const upstreamErrors = {
  network: (idempotent: boolean) =>
    new UpstreamError('network', `The IONOS API could not be reached.${idempotent ? ' Try again in a moment.' : IN_PROGRESS}`),
  timeout: (ms: number, idempotent: boolean) =>
    new UpstreamError('timeout', `The IONOS API did not answer within ${seconds(ms)} seconds.${idempotent ? '' : IN_PROGRESS}`),
  circuitOpen: (retryInMs: number) => {
    const wait = Math.max(1, Math.ceil(retryInMs / 1000));
    return new UpstreamError('circuit_open', `The IONOS API is failing at the moment; the console pauses calls to it for ${wait} seconds.`, wait);
  },
  redirect: () => new UpstreamError('redirect', 'The IONOS API answered with a redirect, which the console does not follow.'),
  badResponse: () => new UpstreamError('bad_response', 'The IONOS API answered something unexpected.'),
  tooLarge: (limitBytes: number) =>
    new UpstreamError('too_large', `The IONOS API answer was larger than ${Math.round(limitBytes / 1_048_576)} MB; the console refused it.`),
  invalidRequest: () => new UpstreamError('invalid_request', 'This request cannot be sent to the IONOS API.'),
};
