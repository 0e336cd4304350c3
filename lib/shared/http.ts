// The HTTP vocabulary both tiers speak: the BFF (lib/server) and the browser (lib/api) import it alike, so it
// stays isomorphic: no node:, react or next imports, nothing that only one side can run.

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD' | 'OPTIONS';

/** Marks a background poll (a refetchInterval tick): the BFF does not count it as activity of the user. */
export const POLL_HEADER = 'X-Console-Poll';

/** One entry of the contract's ErrorResponse, as the BFF sends it (both fields always set). */
export type ErrorMessage = { errorCode: string; message: string };
/** The one error envelope on the wire: the contract's ErrorResponse `{httpStatus, messages: [{errorCode, message}]}`. */
export type ErrorEnvelope = { httpStatus: number; messages: ErrorMessage[] };

/**
 * The largest Retry-After this reads. RFC 9111 §1.2.2 has recipients take 2^31 for a delta-seconds too large to
 * represent; every caller caps far lower anyway (the BFF relays at most an hour, polling waits at most minutes).
 */
export const MAX_RETRY_AFTER_SECONDS = 2 ** 31;

const DELAY_SECONDS = /^\d+$/;
// An HTTP-date starts with its day name (IMF-fixdate `Sun, 06 Nov 1994 …`, RFC 850 `Sunday, 06-Nov-94 …`, asctime
// `Sun Nov  6 …`). Date.parse alone would also take ISO dates and bare numbers, which Retry-After never is.
const HTTP_DATE_START = /^[A-Za-z]{3,9},? /;
// asctime carries no zone, and Date.parse would read it as local time; every HTTP-date is GMT.
const ASCTIME = /^[A-Za-z]{3} [A-Za-z]{3} [ \d]\d \d{2}:\d{2}:\d{2} \d{4}$/;

/**
 * Seconds to wait according to a Retry-After value (RFC 9110 §10.2.3): delay-seconds or an HTTP-date. Undefined
 * when absent or unreadable (negative, fractional, ISO dates, words); a date in the past gives 0; anything longer
 * than MAX_RETRY_AFTER_SECONDS gives that.
 */
export function parseRetryAfter(value: string | null | undefined, nowMs: number = Date.now()): number | undefined {
  if (value === null || value === undefined) return undefined;
  const text = value.trim();
  if (DELAY_SECONDS.test(text)) return Math.min(Number(text), MAX_RETRY_AFTER_SECONDS);
  if (!HTTP_DATE_START.test(text)) return undefined;
  const at = Date.parse(ASCTIME.test(text) ? `${text} GMT` : text);
  if (Number.isNaN(at)) return undefined;
  return Math.min(Math.max(0, Math.ceil((at - nowMs) / 1000)), MAX_RETRY_AFTER_SECONDS);
}

export const NETWORK_ERROR_MESSAGE = "The console server can't be reached. Check your connection.";

// One sentence per status, true on both sides: the BFF uses it for an IONOS answer without messages, the browser
// for a console answer without them. Status 0 is the browser's "no answer at all".
const STATUS_SENTENCES: Readonly<Record<number, string>> = {
  0: NETWORK_ERROR_MESSAGE,
  400: 'The request was not accepted.',
  401: 'Your session has ended. Sign in again.',
  403: "You don't have permission to do this.",
  404: 'It was not found. It may have been deleted.',
  409: 'It conflicts with a change in progress. Wait until that change is done and try again.',
  429: 'The API is busy: too many requests right now.',
  502: 'The console server received an answer it could not read.',
  503: 'The API is busy or unavailable right now.',
  504: 'The API took too long to answer.',
};

/**
 * A sentence a user understands: the answer's own messages when it carried any (each once, each ending in a
 * full stop), otherwise one by status.
 */
export function describeStatus(status: number, messages: readonly Partial<ErrorMessage>[] = []): string {
  const texts = messages.map((m) => m.message?.trim()).filter((text): text is string => Boolean(text));
  if (texts.length > 0) return [...new Set(texts)].map((text) => (/[.!?]$/.test(text) ? text : `${text}.`)).join(' ');
  return STATUS_SENTENCES[status] ?? (status >= 500 ? 'The console server had a problem.' : `The request failed (HTTP ${status}).`);
}
