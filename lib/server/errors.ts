// The one error envelope of the BFF: the contract's ErrorResponse `{httpStatus, messages: [{errorCode, message}]}`.
import 'server-only';
import { errorResponseSchema } from '@/lib/api/common/schema';
import { describeStatus, type ErrorEnvelope, type ErrorMessage } from '@/lib/shared/http';

type HttpErrorOptions = {
  /** Further messages after the first (validation answers name every field). */
  more?: ErrorMessage[];
  /** Seconds the client should wait; sent as `Retry-After`. */
  retryAfterSeconds?: number;
  /** `Allow` for 405 answers. */
  allow?: readonly string[];
};

/** An answer the BFF gives on purpose; the wrapper turns it into the error envelope. */
export class HttpError extends Error {
  readonly messages: ErrorMessage[];
  readonly retryAfterSeconds: number | undefined;
  readonly allow: readonly string[] | undefined;

  constructor(
    readonly status: number,
    readonly errorCode: string,
    message: string,
    options: HttpErrorOptions = {},
  ) {
    super(message);
    this.name = 'HttpError';
    this.messages = [{ errorCode, message }, ...(options.more ?? [])];
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.allow = options.allow;
  }
}

export function unauthenticated(): HttpError {
  return new HttpError(401, 'unauthenticated', describeStatus(401));
}

export function internalError(requestId: string): HttpError {
  return new HttpError(500, 'internal_error', `Something went wrong in the console. Quote request id ${requestId} when you report it.`);
}

const MAX_MESSAGES = 20;
const MAX_MESSAGE_LENGTH = 500;
// C0/C1 control characters (CR/LF included) never go back to the browser.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

function clean(text: string): string {
  const flat = text.replace(CONTROL, ' ').trim();
  return flat.length > MAX_MESSAGE_LENGTH ? `${flat.slice(0, MAX_MESSAGE_LENGTH)}…` : flat;
}

// A 5xx is the IONOS API's own failure: the shared sentences for 5xx speak of the console server, so this one
// names the API and keeps its status for support.
function defaultMessage(status: number): string {
  return status >= 500 ? `The IONOS API reported an error (${status}). Try again later.` : describeStatus(status);
}

/**
 * An upstream error answer in the envelope's shape: the status kept, the messages kept (cleaned and bounded),
 * everything else of the upstream body dropped.
 */
export function upstreamFailure(status: number, body: unknown, retryAfterSeconds?: number): HttpError {
  const httpStatus = status >= 400 && status <= 599 && status !== 407 ? status : 502;
  const parsed = errorResponseSchema.safeParse(body);
  const messages = (parsed.success ? (parsed.data.messages ?? []) : [])
    .filter((m) => typeof m.message === 'string' && m.message.trim() !== '')
    .slice(0, MAX_MESSAGES)
    .map((m) => ({ errorCode: clean(m.errorCode ?? `upstream_${httpStatus}`).slice(0, 100), message: clean(m.message ?? '') }));
  const [first = { errorCode: `upstream_${httpStatus}`, message: defaultMessage(httpStatus) }, ...more] = messages;
  return new HttpError(httpStatus, first.errorCode, first.message, { more, retryAfterSeconds });
}

export function envelope(error: HttpError): ErrorEnvelope {
  return { httpStatus: error.status, messages: error.messages };
}
