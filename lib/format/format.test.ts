import { describe, expect, it } from 'vitest';
import { datacenterDisplay } from '@/lib/format/datacenter';
import { formatDateTime, formatRelativeTime } from '@/lib/format/date-time';
import { formatMaintenanceWindow, maintenanceWindowTimes } from '@/lib/format/maintenance-window';
import { cpuFamilyLabel, formatGb, formatRamMb, plural, sizeText, storageText } from '@/lib/format/node-pool';
import { stateLabel } from '@/lib/format/state';

const NOW = Date.parse('2025-03-04T12:00:00Z');

describe('stateLabel', () => {
  it('reads states as words', () => {
    expect(stateLabel('FAILED_UPDATING')).toBe('Failed updating');
    expect(stateLabel('AVAILABLE')).toBe('Available');
    expect(stateLabel(undefined)).toBe('Unknown');
  });
});

describe('formatRelativeTime', () => {
  it.each([
    ['2025-03-04T12:00:00Z', 'now'],
    ['2025-03-04T12:00:20Z', 'now'],
    ['2025-03-04T11:59:30Z', '30 seconds ago'],
    ['2025-03-04T11:57:00Z', '3 minutes ago'],
    ['2025-03-04T09:00:00+00:00', '3 hours ago'],
    ['2025-03-03T12:00:00Z', 'yesterday'],
    ['2025-02-18T12:00:00Z', '2 weeks ago'],
    ['2024-12-01T12:00:00Z', '3 months ago'],
    ['2023-01-01T00:00:00Z', '2 years ago'],
  ])('%s is %s', (iso, expected) => {
    expect(formatRelativeTime(iso, NOW)).toBe(expected);
  });

  it('gives nothing for a date it cannot read', () => {
    expect(formatRelativeTime('soon', NOW)).toBe('');
  });
});

describe('formatDateTime', () => {
  it('formats in the given time zone', () => {
    expect(formatDateTime('2025-03-04T09:05:00Z', 'UTC')).toBe('Mar 4, 2025, 09:05 UTC');
  });

  it('shows seconds on request (the audit log)', () => {
    expect(formatDateTime('2025-03-04T09:05:07Z', 'UTC', { seconds: true })).toBe('Mar 4, 2025, 09:05:07 UTC');
  });
});

describe('formatMaintenanceWindow', () => {
  it('shows day and start time', () => {
    expect(formatMaintenanceWindow({ dayOfTheWeek: 'Monday', time: '02:00:00' })).toBe('Monday 02:00 UTC');
    expect(formatMaintenanceWindow(undefined)).toBe('Not set');
  });
});

describe('datacenterDisplay', () => {
  const datacenters = new Map([['dc-1', { id: 'dc-1', properties: { name: 'Frankfurt VDC', location: 'de/fra' } }]]);
  it('prefers the name and location, falling back to the id', () => {
    expect(datacenterDisplay('dc-1', datacenters)).toEqual({ name: 'Frankfurt VDC', location: 'de/fra', known: true });
    expect(datacenterDisplay('dc-2', datacenters)).toEqual({ name: 'dc-2', known: false });
    expect(datacenterDisplay(undefined, datacenters)).toEqual({ name: 'Unknown', known: false });
  });
});

describe('maintenanceWindowTimes', () => {
  // A Tuesday in summer (CEST, UTC+2) and one in winter (CET, UTC+1).
  const SUMMER = Date.parse('2025-07-01T10:00:00Z');
  const WINTER = Date.parse('2025-01-07T10:00:00Z');
  const saturday = { dayOfTheWeek: 'Saturday', time: '03:00:00' } as const;

  it('shows the window in the user’s time zone and in UTC, daylight saving time included', () => {
    expect(maintenanceWindowTimes(saturday, 'Europe/Berlin', SUMMER)).toEqual({
      local: 'Saturday 05:00–09:00 GMT+2',
      utc: 'Saturday 03:00–07:00 UTC',
      sameAsUtc: false,
    });
    expect(maintenanceWindowTimes(saturday, 'Europe/Berlin', WINTER).local).toBe('Saturday 04:00–08:00 GMT+1');
  });

  it('moves to another day when the offset crosses midnight', () => {
    expect(maintenanceWindowTimes({ dayOfTheWeek: 'Wednesday', time: '22:30:00' }, 'Europe/Berlin', SUMMER).local).toBe('Thursday 00:30–04:30 GMT+2');
    expect(maintenanceWindowTimes({ dayOfTheWeek: 'Monday', time: '02:00:00' }, 'America/New_York', WINTER).local).toBe(
      'Sunday 21:00 – Monday 01:00 EST',
    );
  });

  it('says when local time is UTC', () => {
    const monday = { dayOfTheWeek: 'Monday', time: '02:00:00' } as const;
    expect(maintenanceWindowTimes(monday, 'UTC', SUMMER).sameAsUtc).toBe(true);
    expect(maintenanceWindowTimes(monday, 'Europe/London', WINTER).sameAsUtc).toBe(true);
    expect(maintenanceWindowTimes(monday, 'Europe/London', SUMMER).sameAsUtc).toBe(false);
  });
});

describe('node pool formatting', () => {
  it('reads sizes in GB and TB', () => {
    expect(formatGb(20)).toBe('20 GB');
    expect(formatGb(1536)).toBe('1.5 TB');
    expect(formatRamMb(16384)).toBe('16 GB');
  });

  it('counts in words', () => {
    expect(plural(1, 'node')).toBe('1 node');
    expect(plural(3, 'node')).toBe('3 nodes');
    expect(plural(2, 'entry', 'entries')).toBe('2 entries');
    expect(sizeText({ nodeCount: 3 })).toBe('3 nodes');
    expect(sizeText({ nodeCount: 3, autoScaling: { minNodeCount: 1, maxNodeCount: 5 } })).toBe('3 nodes, autoscaling 1–5');
  });

  it('names storage and CPU families', () => {
    expect(storageText({ storageSize: 100, storageType: 'SSD' })).toBe('100 GB SSD');
    expect(cpuFamilyLabel('AUTO')).toBe('Automatic (AUTO)');
    expect(cpuFamilyLabel('INTEL_SKYLAKE')).toBe('INTEL_SKYLAKE');
  });
});
