// The weekly maintenance window as text for tables and summaries; the conversion itself is lib/forms'.
import type { MaintenanceWindow } from '@/lib/api/common/schema';
import { formatWindowSpan, nextWindowStart, timeZoneAbbreviation, utcWindow, zonedWindow } from '@/lib/forms/maintenance-window';

/** The weekly window's start, "Monday 02:00 UTC"; the platform schedules maintenance in UTC. */
export function formatMaintenanceWindow(window: MaintenanceWindow | undefined): string {
  if (!window) return 'Not set';
  return `${window.dayOfTheWeek} ${window.time.slice(0, 5)} UTC`;
}

/** The whole window in UTC, "Wednesday 22:30 – Thursday 02:30 UTC", as the list shows it for UTC users. */
export function formatMaintenanceWindowSpan(window: MaintenanceWindow | undefined): string {
  return window ? `${formatWindowSpan(utcWindow(window))} UTC` : 'Not set';
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
