// The weekly maintenance window: the API stores its start as a UTC day and time, and maintenance may
// take four hours from there. These helpers show that window in UTC and in any time zone (the next
// occurrence decides which daylight saving offset applies), wrapping across days and the week's end.
import { DAYS_OF_THE_WEEK, type DayOfTheWeek, type MaintenanceWindow } from '@/lib/api/common/schema';
import { dateTimeFormat } from '@/lib/format/intl';

export const MAINTENANCE_WINDOW_HOURS = 4;

/** Early Sunday in UTC: night in Europe, evening in the Americas, before the week's traffic starts. */
export const DEFAULT_MAINTENANCE_WINDOW: MaintenanceWindow = { dayOfTheWeek: 'Sunday', time: '02:00:00' };

export type WeekTime = { day: DayOfTheWeek; time: string };
export type WindowSpan = { start: WeekTime; end: WeekTime };

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;
export const WEEK_MS = 7 * DAY_MS;
export const WINDOW_MS = MAINTENANCE_WINDOW_HOURS * 60 * MINUTE_MS;

/** Milliseconds from Monday 00:00:00 to the window's start (the contract's `HH:MM:SS`). */
export function offsetInWeek({ dayOfTheWeek, time }: MaintenanceWindow): number {
  const [hours = 0, minutes = 0, seconds = 0] = time.split(':').map(Number);
  return DAYS_OF_THE_WEEK.indexOf(dayOfTheWeek) * DAY_MS + ((hours * 60 + minutes) * 60 + seconds) * 1000;
}

function weekTimeAt(offset: number): WeekTime {
  const wrapped = ((offset % WEEK_MS) + WEEK_MS) % WEEK_MS;
  const day = DAYS_OF_THE_WEEK[Math.floor(wrapped / DAY_MS)] ?? 'Monday';
  const minutes = Math.floor((wrapped % DAY_MS) / MINUTE_MS);
  return { day, time: `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}` };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The window in UTC, e.g. Sunday 22:00 → Monday 02:00. */
export function utcWindow(window: MaintenanceWindow): WindowSpan {
  const start = offsetInWeek(window);
  return { start: weekTimeAt(start), end: weekTimeAt(start + WINDOW_MS) };
}

/** The next moment the window starts, at or after `now`. */
export function nextWindowStart(window: MaintenanceWindow, now: Date): Date {
  // Monday 00:00 UTC of the current week (getUTCDay: Sunday is 0).
  const sinceMonday = (now.getUTCDay() + 6) % 7;
  const monday = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - sinceMonday);
  let start = monday + offsetInWeek(window);
  if (start < now.getTime()) start += WEEK_MS;
  return new Date(start);
}

function wallClock(date: Date, timeZone: string): WeekTime {
  const parts = dateTimeFormat('en-US', {
    timeZone,
    weekday: 'long',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return { day: part('weekday') as DayOfTheWeek, time: `${part('hour')}:${part('minute')}` };
}

/** The window as the wall clock in `timeZone` shows it, for its next occurrence after `now`. */
export function zonedWindow(window: MaintenanceWindow, timeZone: string, now: Date): WindowSpan {
  const start = nextWindowStart(window, now);
  return { start: wallClock(start, timeZone), end: wallClock(new Date(start.getTime() + WINDOW_MS), timeZone) };
}

/** "Sunday 02:00–06:00", or with both days when the window crosses midnight: "Sunday 22:00 – Monday 02:00". */
export function formatWindowSpan({ start, end }: WindowSpan): string {
  if (start.day === end.day) return `${start.day} ${start.time}–${end.time}`;
  return `${start.day} ${start.time} – ${end.day} ${end.time}`;
}

/** A zone's short name at `date` ("CEST", "GMT+5:30"), to say which offset a local time uses. */
export function timeZoneAbbreviation(timeZone: string, date: Date): string {
  const parts = dateTimeFormat('en-US', { timeZone, timeZoneName: 'short' }).formatToParts(date);
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
}

/** "Europe/Berlin, CEST", or the zone once when its name is its abbreviation ("UTC", not "UTC, UTC"). */
export function timeZoneLabel(timeZone: string, abbreviation: string): string {
  return abbreviation === timeZone ? timeZone : `${timeZone}, ${abbreviation}`;
}

// The start time is a text field, not <input type="time">: Chromium shows a time input in the locale's 12-hour
// format ("02:00 AM") and no attribute switches it off, while every summary and the label say 24-hour UTC.

/** The contract's `HH:MM:SS` as the text field shows it (`HH:MM`); half-typed text is shown as it is. */
export function toTimeInputValue(time: string): string {
  return /^\d{2}:\d{2}:\d{2}$/.test(time) ? time.slice(0, 5) : time;
}

/** Typed 24-hour `HH:MM` (or `H:MM`, or `HH:MM:SS`) as the contract's `HH:MM:SS`; anything else stays as typed (invalid). */
export function fromTimeInputValue(value: string): string {
  const typed = value.trim();
  if (/^\d:\d{2}$/.test(typed)) return `0${typed}:00`;
  return /^\d{2}:\d{2}$/.test(typed) ? `${typed}:00` : typed;
}
