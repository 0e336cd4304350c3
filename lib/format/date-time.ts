// Dates and times for display; the caller passes `now` so renders stay pure.
import { dateTimeFormat } from '@/lib/format/intl';

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/** "3 minutes ago", "yesterday"; a few seconds in the future (clock skew) read "now". */
export function formatRelativeTime(iso: string, now: number): string {
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return '';
  const seconds = Math.round((then - now) / 1000);
  const elapsed = Math.abs(seconds);
  if (seconds > 0 && seconds < 60) return relative.format(0, 'second');
  for (const [unit, size] of UNITS) {
    if (elapsed >= size) return relative.format(Math.trunc(seconds / size), unit);
  }
  return elapsed < 10 ? relative.format(0, 'second') : relative.format(seconds, 'second');
}

/** "Mar 4, 2025, 09:15 UTC" in the given (default: the browser's) time zone; with `seconds`, "09:15:07". */
export function formatDateTime(iso: string, timeZone?: string, { seconds = false }: { seconds?: boolean } = {}): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateTimeFormat('en', {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: seconds ? '2-digit' : undefined,
    hourCycle: 'h23',
    timeZoneName: 'short',
    timeZone,
  }).format(date);
}

/** The browser's time zone (IANA name); UTC where the runtime does not say. */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
