import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MAINTENANCE_WINDOW,
  formatWindowSpan,
  fromTimeInputValue,
  nextWindowStart,
  timeZoneAbbreviation,
  timeZoneLabel,
  toTimeInputValue,
  utcWindow,
  zonedWindow,
} from '@/lib/forms/maintenance-window';

// A Wednesday in summer (CEST, EDT) and one in winter (CET, EST).
const SUMMER = new Date('2025-07-09T12:00:00Z');
const WINTER = new Date('2025-01-08T12:00:00Z');

describe('utcWindow', () => {
  it('spans four hours on the same day', () => {
    expect(utcWindow(DEFAULT_MAINTENANCE_WINDOW)).toEqual({ start: { day: 'Sunday', time: '02:00' }, end: { day: 'Sunday', time: '06:00' } });
  });

  it('wraps past midnight and past the end of the week', () => {
    expect(utcWindow({ dayOfTheWeek: 'Tuesday', time: '21:30:00' })).toEqual({
      start: { day: 'Tuesday', time: '21:30' },
      end: { day: 'Wednesday', time: '01:30' },
    });
    expect(utcWindow({ dayOfTheWeek: 'Sunday', time: '22:00:00' })).toEqual({
      start: { day: 'Sunday', time: '22:00' },
      end: { day: 'Monday', time: '02:00' },
    });
  });
});

describe('nextWindowStart', () => {
  it('finds the next occurrence, this week or the next', () => {
    expect(nextWindowStart({ dayOfTheWeek: 'Sunday', time: '02:00:00' }, SUMMER).toISOString()).toBe('2025-07-13T02:00:00.000Z');
    expect(nextWindowStart({ dayOfTheWeek: 'Monday', time: '02:00:00' }, SUMMER).toISOString()).toBe('2025-07-14T02:00:00.000Z');
    expect(nextWindowStart({ dayOfTheWeek: 'Wednesday', time: '12:00:00' }, SUMMER).toISOString()).toBe('2025-07-09T12:00:00.000Z');
    expect(nextWindowStart({ dayOfTheWeek: 'Wednesday', time: '11:59:59' }, SUMMER).toISOString()).toBe('2025-07-16T11:59:59.000Z');
  });

  it('works on a Sunday (the last day of the contract week)', () => {
    const sunday = new Date('2025-07-13T10:00:00Z');
    expect(nextWindowStart({ dayOfTheWeek: 'Sunday', time: '12:00:00' }, sunday).toISOString()).toBe('2025-07-13T12:00:00.000Z');
    expect(nextWindowStart({ dayOfTheWeek: 'Monday', time: '00:00:00' }, sunday).toISOString()).toBe('2025-07-14T00:00:00.000Z');
  });
});

describe('zonedWindow', () => {
  it('follows daylight saving time of the next occurrence', () => {
    expect(formatWindowSpan(zonedWindow(DEFAULT_MAINTENANCE_WINDOW, 'Europe/Berlin', SUMMER))).toBe('Sunday 04:00–08:00');
    expect(formatWindowSpan(zonedWindow(DEFAULT_MAINTENANCE_WINDOW, 'Europe/Berlin', WINTER))).toBe('Sunday 03:00–07:00');
  });

  it('moves to the previous day west of UTC and wraps across midnight', () => {
    expect(formatWindowSpan(zonedWindow(DEFAULT_MAINTENANCE_WINDOW, 'America/New_York', SUMMER))).toBe('Saturday 22:00 – Sunday 02:00');
    expect(formatWindowSpan(zonedWindow({ dayOfTheWeek: 'Monday', time: '01:00:00' }, 'America/Los_Angeles', WINTER))).toBe('Sunday 17:00–21:00');
  });

  it('handles half-hour offsets and the week wrapping forward', () => {
    expect(formatWindowSpan(zonedWindow({ dayOfTheWeek: 'Sunday', time: '20:00:00' }, 'Asia/Kolkata', SUMMER))).toBe('Monday 01:30–05:30');
    expect(formatWindowSpan(zonedWindow(DEFAULT_MAINTENANCE_WINDOW, 'UTC', SUMMER))).toBe('Sunday 02:00–06:00');
  });
});

describe('formatting helpers', () => {
  it('names the zone offset in use', () => {
    expect(timeZoneAbbreviation('UTC', SUMMER)).toBe('UTC');
    expect(timeZoneAbbreviation('Asia/Kolkata', SUMMER)).toBe('GMT+5:30');
  });

  it('converts between the contract time and a time input value', () => {
    expect(toTimeInputValue('02:30:00')).toBe('02:30');
    expect(fromTimeInputValue('02:30')).toBe('02:30:00');
    expect(fromTimeInputValue('02:30:15')).toBe('02:30:15');
    expect(fromTimeInputValue('')).toBe('');
  });

  it('reads typed 24-hour times and keeps half-typed text visible', () => {
    expect(fromTimeInputValue('7:05')).toBe('07:05:00');
    expect(fromTimeInputValue(' 22:30 ')).toBe('22:30:00');
    expect(fromTimeInputValue('2:3')).toBe('2:3');
    expect(toTimeInputValue('2:3')).toBe('2:3');
    expect(toTimeInputValue('02:30:1')).toBe('02:30:1');
  });

  it('names a zone once when its abbreviation is its name', () => {
    expect(timeZoneLabel('UTC', 'UTC')).toBe('UTC');
    expect(timeZoneLabel('Europe/Berlin', 'CEST')).toBe('Europe/Berlin, CEST');
  });
});
