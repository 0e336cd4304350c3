// Retry timing: the Retry-After the BFF relays (read with lib/shared/http.ts `parseRetryAfter`) and full-jitter
// exponential backoff.
import 'server-only';

const BACKOFF_BASE_MS = 250;
const BACKOFF_CAP_MS = 4_000;
/** The longest Retry-After the BFF ever repeats to a browser. */
const MAX_RELAYED_SECONDS = 3_600;

/** A Retry-After the BFF can repeat: whole seconds between 1 and an hour. */
export function sanitizeRetryAfter(seconds: number): number {
  return Math.min(MAX_RELAYED_SECONDS, Math.max(1, Math.ceil(seconds)));
}

/** Full jitter: random(0, min(cap, base·2^(attempt-1))) milliseconds before attempt+1. */
export function backoffMs(attempt: number, random: () => number): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempt - 1));
  return Math.floor(random() * ceiling);
}
