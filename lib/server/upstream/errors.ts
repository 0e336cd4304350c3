// Failures of a call to IONOS that are not an HTTP answer of the API: each maps to a status and a message
// a person can act on. Answers with an error status are not thrown: callUpstream returns them.
import 'server-only';
import { HttpError } from '@/lib/server/errors';
import type { FailureFacts } from '@/lib/server/upstream/failure';

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

// Only a call that changes something (POST, PATCH, DELETE) may have done so before the answer was lost.
const IN_PROGRESS = ' The change may still be in progress: refresh to check before trying again.';

export class UpstreamError extends HttpError {
  constructor(
    readonly code: UpstreamErrorCode,
    message: string,
    retryAfterSeconds?: number,
    /** Why there was no usable answer, for the log and the metrics (never shown to the browser). */
    readonly failure?: FailureFacts,
  ) {
    super(STATUS[code], `upstream_${code}`, message, { retryAfterSeconds });
    this.name = 'UpstreamError';
  }
}

function seconds(ms: number): string {
  return String(Math.round(ms / 100) / 10);
}

export const upstreamErrors = {
  /** `mutating`: the call was a POST, PATCH or DELETE. */
  network: (mutating: boolean, failure: FailureFacts) =>
    new UpstreamError('network', `The IONOS API could not be reached.${mutating ? IN_PROGRESS : ' Try again in a moment.'}`, undefined, failure),
  timeout: (ms: number, mutating: boolean) =>
    new UpstreamError('timeout', `The IONOS API did not answer within ${seconds(ms)} seconds.${mutating ? IN_PROGRESS : ''}`, undefined, {
      cause: 'timeout',
      code: 'UPSTREAM_TIMEOUT',
    }),
  circuitOpen: (retryInMs: number) => {
    const wait = Math.max(1, Math.ceil(retryInMs / 1000));
    return new UpstreamError('circuit_open', `The IONOS API is failing at the moment; the console pauses calls to it for ${wait} seconds.`, wait, {
      cause: 'circuit_open',
    });
  },
  redirect: () =>
    new UpstreamError('redirect', 'The IONOS API answered with a redirect, which the console does not follow.', undefined, { cause: 'redirect' }),
  badResponse: () => new UpstreamError('bad_response', 'The IONOS API answered something unexpected.', undefined, { cause: 'bad_response' }),
  tooLarge: (limitBytes: number) =>
    new UpstreamError(
      'too_large',
      `The IONOS API answer was larger than ${Math.round(limitBytes / 1_048_576)} MB; the console refused it.`,
      undefined,
      {
        cause: 'too_large',
      },
    ),
  invalidRequest: () => new UpstreamError('invalid_request', 'This request cannot be sent to the IONOS API.'),
};
