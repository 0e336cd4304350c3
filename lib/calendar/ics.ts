// The maintenance windows as an iCalendar file (RFC 5545): one weekly recurring event per cluster or node pool, in
// UTC as the platform schedules them, so Outlook or Google Calendar show each occurrence in the reader's zone.
import { DAYS_OF_THE_WEEK, type MaintenanceWindow } from '@/lib/api/common/schema';
import { MAINTENANCE_WINDOW_HOURS, nextWindowStart } from '@/lib/forms/maintenance-window';

export type CalendarEvent = {
  /** Stable across downloads, so a re-imported file updates the events instead of doubling them. */
  uid: string;
  window: MaintenanceWindow;
  summary: string;
  description: string;
  /** The resource's console page, absolute. */
  url: string;
};

export const ICS_PRODID = '-//IONOS Cloud Data Platform console//Maintenance calendar//EN';
export const ICS_MEDIA_TYPE = 'text/calendar;charset=utf-8';

const BYDAY = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

/** A TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and newline escaped. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * A content line folded at 75 octets (RFC 5545 3.1): CRLF and one space before each continuation, never inside
 * a multi-byte UTF-8 character.
 */
export function foldLine(line: string): string {
  const pieces: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets; continuations 74 after their leading space.
    if (octets + size > (pieces.length === 0 ? 75 : 74)) {
      pieces.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  pieces.push(current);
  return pieces.join('\r\n ');
}

/** 20260302T020000Z */
export function utcDateTime(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function eventLines(event: CalendarEvent, stamp: string, now: Date): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART:${utcDateTime(nextWindowStart(event.window, now))}`,
    `DURATION:PT${MAINTENANCE_WINDOW_HOURS}H`,
    `RRULE:FREQ=WEEKLY;BYDAY=${BYDAY[DAYS_OF_THE_WEEK.indexOf(event.window.dayOfTheWeek)]}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    // A URI value, not TEXT: its commas and semicolons stay as they are.
    `URL:${event.url}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/** The whole calendar; `now` is the DTSTAMP and decides each event's first occurrence (the next one). */
export function maintenanceCalendar(events: readonly CalendarEvent[], now: Date, name = 'Data Platform maintenance'): string {
  const stamp = utcDateTime(now);
  const lines = [
    'BEGIN:VCALENDAR',
    `PRODID:${ICS_PRODID}`,
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    ...events.flatMap((event) => eventLines(event, stamp, now)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
