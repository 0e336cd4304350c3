import { describe, expect, it } from 'vitest';
import { dateTimeFormat } from '@/lib/format/intl';

describe('dateTimeFormat', () => {
  it('makes one formatter per locale and options, and formats as a new one would', () => {
    const options: Intl.DateTimeFormatOptions = { timeZone: 'Europe/Berlin', weekday: 'long', hour: '2-digit', hourCycle: 'h23' };
    const berlin = dateTimeFormat('en-US', options);
    expect(dateTimeFormat('en-US', { ...options })).toBe(berlin);
    expect(dateTimeFormat('en-US', { ...options, timeZone: 'Asia/Kolkata' })).not.toBe(berlin);
    expect(dateTimeFormat('en', options)).not.toBe(berlin);
    const at = new Date('2026-03-29T01:30:00Z');
    expect(berlin.format(at)).toBe(new Intl.DateTimeFormat('en-US', options).format(at));
    expect(berlin.format(at)).toBe('Sunday, 03');
  });
});
