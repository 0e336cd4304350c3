import { describe, expect, it } from 'vitest';
import {
  datacenterDisplay,
  formatDateTime,
  formatMaintenanceWindow,
  formatRelativeTime,
  maintenanceWindowTimes,
  stateLabel,
} from '@/components/clusters/cluster-format';
import { isActivePath } from '@/components/console/sidebar-nav';
import { stateBadgeVariants } from '@/components/clusters/cluster-state-badge';
import { RESOURCE_STATES } from '@/lib/api/common/schema';

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

describe('stateBadgeVariants', () => {
  it('has a distinct style per group of states', () => {
    for (const state of RESOURCE_STATES) expect(stateBadgeVariants({ state })).toBeTruthy();
    expect(stateBadgeVariants({ state: 'AVAILABLE' })).toMatch(/green/);
    expect(stateBadgeVariants({ state: 'DEPLOYING' })).toMatch(/blue/);
    expect(stateBadgeVariants({ state: 'FAILED_DESTROYING' })).toMatch(/red/);
    expect(stateBadgeVariants({ state: 'TERMINATED' })).toMatch(/slate/);
  });
});

describe('isActivePath', () => {
  it('marks the section and its sub-pages', () => {
    expect(isActivePath('/clusters', '/clusters')).toBe(true);
    expect(isActivePath('/clusters/abc', '/clusters')).toBe(true);
    expect(isActivePath('/clustersx', '/clusters')).toBe(false);
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
    expect(maintenanceWindowTimes({ dayOfTheWeek: 'Wednesday', time: '22:30:00' }, 'Europe/Berlin', SUMMER).local).toBe(
      'Thursday 00:30–04:30 GMT+2',
    );
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
