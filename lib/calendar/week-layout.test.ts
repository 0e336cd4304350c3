import { describe, expect, it } from 'vitest';
import type { DayOfTheWeek } from '@/lib/api/common/schema';
import {
  byDatacenter,
  MAX_LANES,
  overlapGroups,
  overlapSentence,
  todayIndex,
  utcAtLocalHour,
  weekLayout,
  type MaintenanceResource,
} from '@/lib/calendar/week-layout';

// Tuesday, 1 December 2026 (winter: Berlin is UTC+1, New York UTC−5).
const NOW = new Date('2026-12-01T04:30:00Z');

let counter = 0;
function resource(day: DayOfTheWeek, time: string, extra: Partial<MaintenanceResource> = {}): MaintenanceResource {
  counter += 1;
  const name = extra.name ?? `c${String(counter).padStart(3, '0')}`;
  return { key: name, kind: 'cluster', name, clusterId: name, clusterName: name, window: { dayOfTheWeek: day, time }, ...extra };
}

const placed = (layout: ReturnType<typeof weekLayout>) =>
  layout.flatMap((column) => column.segments.map((s) => ({ day: column.day, name: s.resource.name, from: s.startMinute, to: s.endMinute })));

describe('weekLayout', () => {
  it('places a window on its local day and hours', () => {
    const layout = weekLayout([resource('Monday', '02:00:00', { name: 'a' })], 'Europe/Berlin', NOW);
    expect(placed(layout)).toEqual([{ day: 'Monday', name: 'a', from: 180, to: 420 }]);
    expect(layout.map((column) => column.day)).toEqual(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
  });

  it('draws a window that crosses midnight after conversion in two parts, across the week’s end too', () => {
    const layout = weekLayout([resource('Sunday', '22:00:00', { name: 'late' })], 'Europe/Berlin', NOW);
    expect(placed(layout)).toEqual([
      { day: 'Monday', name: 'late', from: 0, to: 180 },
      { day: 'Sunday', name: 'late', from: 23 * 60, to: 24 * 60 },
    ]);
    const monday = layout[0]?.segments[0];
    expect(monday).toMatchObject({ continued: true, continues: false });
    expect(layout[6]?.segments[0]).toMatchObject({ continued: false, continues: true });
  });

  it('moves a window to the previous local day west of UTC', () => {
    const layout = weekLayout([resource('Monday', '02:00:00', { name: 'ny' })], 'America/New_York', NOW);
    expect(placed(layout)).toEqual([
      { day: 'Monday', name: 'ny', from: 0, to: 60 },
      { day: 'Sunday', name: 'ny', from: 21 * 60, to: 24 * 60 },
    ]);
  });

  it('a window ending exactly at local midnight stays one part', () => {
    const layout = weekLayout([resource('Monday', '20:00:00', { name: 'm' })], 'UTC', NOW);
    expect(placed(layout)).toEqual([{ day: 'Monday', name: 'm', from: 20 * 60, to: 24 * 60 }]);
    expect(layout[0]?.segments[0]?.continues).toBe(false);
  });

  it('puts overlapping windows side by side and shows what does not fit as “N more”', () => {
    const two = weekLayout([resource('Friday', '01:00:00'), resource('Friday', '03:00:00')], 'UTC', NOW)[4];
    expect(two?.segments.map((s) => [s.lane, s.lanes])).toEqual([
      [0, 2],
      [1, 2],
    ]);
    const pools = Array.from({ length: 5 }, () => resource('Friday', '01:00:00', { kind: 'nodepool', name: `a-pool-${counter}` }));
    const friday = weekLayout([...pools, resource('Friday', '01:00:00', { name: 'z-cluster' }), resource('Friday', '12:00:00')], 'UTC', NOW)[4];
    // The cluster keeps its place in view although its name sorts last.
    expect(friday?.segments.filter((s) => s.startMinute === 60).map((s) => [s.resource.name, s.lane])).toEqual([
      ['z-cluster', 0],
      [expect.stringMatching(/^a-pool-/), 1],
    ]);
    expect(friday?.hidden).toEqual([{ startMinute: 60, endMinute: 300, count: 4, lane: MAX_LANES - 1, lanes: MAX_LANES }]);
    // A later window apart from the crowd gets the whole column.
    expect(friday?.segments.find((s) => s.startMinute === 720)).toMatchObject({ lane: 0, lanes: 1 });
  });
});

describe('overlapGroups', () => {
  it('flags windows that share a moment, with the sentence the page shows', () => {
    const same = [1, 2, 3, 4, 5].map(() => resource('Monday', '02:00:00'));
    const pools = [1, 2].map(() => resource('Monday', '02:00:00', { kind: 'nodepool', clusterId: 'c001' }));
    const alone = resource('Thursday', '10:00:00');
    const groups = overlapGroups([...same, ...pools, alone]);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.resources).toHaveLength(7);
    expect(overlapSentence(groups[0]!)).toBe('5 clusters and 2 node pools in the same window (Monday 02:00–06:00 UTC)');
  });

  it('does not flag a cluster whose own pools share its window', () => {
    const own = resource('Tuesday', '02:00:00', { name: 'k', clusterId: 'k' });
    const pool = resource('Tuesday', '03:00:00', { name: 'p', kind: 'nodepool', clusterId: 'k' });
    expect(overlapGroups([own, pool])).toEqual([]);
    expect(overlapGroups([own, pool, resource('Tuesday', '05:00:00')])).toHaveLength(1);
  });

  it('gathers partly overlapping windows and says the whole span', () => {
    const groups = overlapGroups([resource('Monday', '02:00:00'), resource('Monday', '05:00:00'), resource('Monday', '06:00:00')]);
    expect(groups.map(overlapSentence)).toEqual(['3 clusters overlap (Monday 02:00–10:00 UTC)']);
    // Touching is not overlapping: one ends at 06:00 as the next starts.
    expect(overlapGroups([resource('Monday', '02:00:00'), resource('Monday', '06:00:00')])).toEqual([]);
  });

  it('joins the week’s end to its start', () => {
    const groups = overlapGroups([resource('Monday', '01:00:00', { name: 'mon' }), resource('Sunday', '23:00:00', { name: 'sun' })]);
    expect(groups).toHaveLength(1);
    expect(overlapSentence(groups[0]!)).toBe('2 clusters overlap (Sunday 23:00 – Monday 05:00 UTC)');
  });

  it('counts a group by data center, most first', () => {
    const group = overlapGroups([
      resource('Monday', '02:00:00', { datacenterId: 'fra' }),
      resource('Monday', '02:00:00', { datacenterId: 'ber' }),
      resource('Monday', '02:00:00', { datacenterId: 'fra' }),
    ])[0]!;
    expect(byDatacenter(group, (id) => id ?? 'unknown')).toEqual([
      { name: 'fra', count: 2 },
      { name: 'ber', count: 1 },
    ]);
  });
});

describe('the week’s frame', () => {
  it('knows today in the user’s zone', () => {
    expect(todayIndex(NOW, 'Europe/Berlin')).toBe(1);
    expect(todayIndex(new Date('2026-12-01T02:00:00Z'), 'America/New_York')).toBe(0);
  });
  it('labels the local hours with UTC', () => {
    expect(utcAtLocalHour(3, 'Europe/Berlin', NOW)).toBe('02:00');
    expect(utcAtLocalHour(0, 'Europe/Berlin', NOW)).toBe('23:00');
    expect(utcAtLocalHour(3, 'Europe/Berlin', new Date('2026-07-01T00:00:00Z'))).toBe('01:00');
    expect(utcAtLocalHour(0, 'Asia/Kolkata', NOW)).toBe('18:30');
  });
});
