// Retry timing: Retry-After in both formats (RFC 9110 §10.2.3) and full-jitter exponential backoff.
import 'server-only';

const BACKOFF_BASE_MS = 250;
const BACKOFF_CAP_MS = 4_000;
/** The longest Retry-After the BFF ever repeats to a browser. */
const MAX_RELAYED_SECONDS = 3_600;

/**
 * Seconds to wait according to a Retry-After value: delay-seconds or an HTTP-date. Undefined when absent or
 * unreadable. Dates in the past give 0.
 */
export function parseRetryAfter(value: string | null, nowMs: number): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d{1,10}$/.test(text)) return Number(text);
  // IMF-fixdate and the obsolete formats Date.parse reads; a bare number was handled above.
  if (!/^[A-Za-z]{3,9},? /.test(text)) return undefined;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - nowMs) / 1000));
}

/** A Retry-After the BFF can repeat: whole seconds between 1 and an hour. */
export function sanitizeRetryAfter(seconds: number): number {
  return Math.min(MAX_RELAYED_SECONDS, Math.max(1, Math.ceil(seconds)));
}

/** Full jitter: random(0, min(cap, base·2^(attempt-1))) milliseconds before attempt+1. */
export function backoffMs(attempt: number, random: () => number): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempt - 1));
  return Math.floor(random() * ceiling);
}
