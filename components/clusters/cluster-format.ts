// Pure formatting of cluster fields for the tables; the caller passes `now` so renders stay pure.
import type { MaintenanceWindow, ResourceState } from '@/lib/api/common/schema';
import type { Datacenter } from '@/lib/api/datacenters/schema';
import { formatWindowSpan, nextWindowStart, timeZoneAbbreviation, utcWindow, zonedWindow } from '@/lib/forms/maintenance-window';

/** "FAILED_UPDATING" → "Failed updating"; a missing state reads "Unknown". */
export function stateLabel(state: ResourceState | undefined): string {
  if (!state) return 'Unknown';
  const words = state.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

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

/** "Mar 4, 2025, 09:15 UTC" in the given (default: the browser's) time zone. */
export function formatDateTime(iso: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat('en', {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
    timeZone,
  }).format(date);
}

/** The weekly window's start, "Monday 02:00 UTC"; the platform schedules maintenance in UTC. */
export function formatMaintenanceWindow(window: MaintenanceWindow | undefined): string {
  if (!window) return 'Not set';
  return `${window.dayOfTheWeek} ${window.time.slice(0, 5)} UTC`;
}

/** A data center's name and location for display, or only its id when the Cloud API did not list it. */
export function datacenterDisplay(
  datacenterId: string | undefined,
  datacenters: ReadonlyMap<string, Datacenter>,
): { name: string; location?: string; known: boolean } {
  if (!datacenterId) return { name: 'Unknown', known: false };
  const datacenter = datacenters.get(datacenterId);
  if (!datacenter) return { name: datacenterId, known: false };
  return { name: datacenter.properties.name || datacenterId, location: datacenter.properties.location, known: true };
}

export type MaintenanceWindowTimes = {
  /** "Saturday 04:00–08:00 GMT+1" in the given time zone. */
  local: string;
  /** "Saturday 03:00–07:00 UTC", as the contract stores it. */
  utc: string;
  /** The local days and times are the UTC ones (a UTC or GMT user): show one of them. */
  sameAsUtc: boolean;
};

/**
 * The window (its start plus the platform's maintenance hours) in the user's time zone and in UTC, with
 * the converter of lib/forms: the next occurrence decides which daylight saving offset applies.
 */
export function maintenanceWindowTimes(window: MaintenanceWindow, timeZone: string, now: number): MaintenanceWindowTimes {
  const at = new Date(now);
  const local = formatWindowSpan(zonedWindow(window, timeZone, at));
  const utc = formatWindowSpan(utcWindow(window));
  const zone = timeZoneAbbreviation(timeZone, nextWindowStart(window, at));
  return { local: `${local} ${zone}`, utc: `${utc} UTC`, sameAsUtc: local === utc };
}

/** The browser's time zone (IANA name); UTC where the runtime does not say. */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
