import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, maintenanceCalendar, utcDateTime } from '@/lib/calendar/ics';
import { maintenanceEvents, maintenanceResources } from '@/lib/calendar/resources';
import type { ClusterResponse } from '@/lib/api/clusters/schema';
import type { NodePoolResponse } from '@/lib/api/nodepools/schema';
import type { MaintenanceWindow } from '@/lib/api/common/schema';

const CLUSTER_ID = '0f3a3c1e-8b9f-4c4e-9a57-6f2b0c1d2e3f';
const POOL_ID = '7d1e2f3a-4b5c-4d6e-8f90-a1b2c3d4e5f6';
// Tuesday, 1 December 2026, 04:30 UTC.
const NOW = new Date('2026-12-01T04:30:00Z');

function cluster(name: string, window: MaintenanceWindow, id = CLUSTER_ID): ClusterResponse {
  return { id, metadata: { state: 'AVAILABLE' }, properties: { name, maintenanceWindow: window } } as ClusterResponse;
}
function pool(name: string, window: MaintenanceWindow): NodePoolResponse {
  return { id: POOL_ID, metadata: { state: 'AVAILABLE' }, properties: { name, maintenanceWindow: window } } as NodePoolResponse;
}

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent)) };
}

function calendarOf(clusters: ClusterResponse[], pools = new Map<string, NodePoolResponse[]>()) {
  return maintenanceCalendar(maintenanceEvents(maintenanceResources(clusters, pools), 'https://console.example.com'), NOW);
}

describe('maintenanceCalendar', () => {
  it('is a VCALENDAR with PRODID and VERSION, CRLF lines of at most 75 octets', () => {
    const ics = calendarOf([cluster('kafka-prod', { dayOfTheWeek: 'Monday', time: '02:00:00' })]);
    const { calendar, events } = parse(ics);
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toMatch(/Maintenance calendar/);
    expect(events).toHaveLength(1);
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('repeats each window weekly on its UTC day, four hours from its UTC start', () => {
    const ics = calendarOf([cluster('kafka-prod', { dayOfTheWeek: 'Sunday', time: '22:30:00' })]);
    const [event] = parse(ics).events;
    expect(event?.isRecurring()).toBe(true);
    expect(event?.startDate.zone?.tzid).toBe('UTC');
    expect(ics).toContain('RRULE:FREQ=WEEKLY;BYDAY=SU');
    expect(ics).toContain('DTSTART:20261206T223000Z');
    expect(event?.duration.toSeconds()).toBe(4 * 3600);

    const iterator = event!.iterator();
    const starts = [1, 2, 3].map(() => iterator.next()?.toJSDate().toISOString());
    expect(starts).toEqual(['2026-12-06T22:30:00.000Z', '2026-12-13T22:30:00.000Z', '2026-12-20T22:30:00.000Z']);
    for (const start of starts) {
      const occurrence = event!.getOccurrenceDetails(ICAL.Time.fromJSDate(new Date(start!), true));
      expect(occurrence.endDate.toJSDate().getTime() - occurrence.startDate.toJSDate().getTime()).toBe(4 * 3600_000);
      expect(occurrence.startDate.toJSDate().getUTCDay()).toBe(0);
    }
  });

  it('names the cluster and pool, links their pages, and keeps the UID stable between downloads', () => {
    const window = { dayOfTheWeek: 'Wednesday', time: '03:00:00' } as const;
    const pools = new Map([[CLUSTER_ID, [pool('workers', window)]]]);
    const first = parse(calendarOf([cluster('kafka-prod', window)], pools)).events;
    const later = maintenanceCalendar(
      maintenanceEvents(maintenanceResources([cluster('kafka-prod', window)], pools), 'https://console.example.com'),
      new Date('2027-01-05T00:00:00Z'),
    );
    expect(first.map((event) => event.summary)).toEqual(['Maintenance: kafka-prod', 'Maintenance: kafka-prod / workers']);
    expect(first.map((event) => event.uid)).toEqual(parse(later).events.map((event) => event.uid));
    expect(new Set(first.map((event) => event.uid)).size).toBe(2);
    const urls = first.map((event) => event.component.getFirstPropertyValue('url'));
    expect(urls).toEqual([
      `https://console.example.com/clusters/${CLUSTER_ID}`,
      `https://console.example.com/clusters/${CLUSTER_ID}/nodepools/${POOL_ID}`,
    ]);
    expect(first[1]?.description).toContain('node pool “workers” of cluster “kafka-prod”: Wednesday 03:00–07:00 UTC');
    expect(first[1]?.description).toContain(`\nhttps://console.example.com/clusters/${CLUSTER_ID}/nodepools/${POOL_ID}`);
  });

  it('escapes commas, semicolons, backslashes and newlines, and folds long names without breaking characters', () => {
    const name = 'a,b;c\\d\ne ünïcødé-ñame-that-goes-on-and-on-well-past-the-seventy-five-octet-limit-😀-of-a-line';
    const ics = maintenanceCalendar(
      [{ uid: 'x@test', window: { dayOfTheWeek: 'Friday', time: '01:00:00' }, summary: name, description: name, url: 'https://a.test/x' }],
      NOW,
    );
    expect(ics).toContain('SUMMARY:a\\,b\\;c\\\\d\\ne ');
    const [event] = parse(ics).events;
    expect(event?.summary).toBe(name);
    expect(event?.description).toBe(name);
  });
});

describe('the pieces', () => {
  it('escapes TEXT values', () => {
    expect(escapeText('a\\b;c,d\r\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });
  it('folds at 75 octets with a leading space on continuations', () => {
    const folded = foldLine('X'.repeat(200));
    const lines = folded.split('\r\n');
    expect(lines.map((line) => line.length)).toEqual([75, 75, 52]);
    expect(lines.slice(1).every((line) => line.startsWith(' '))).toBe(true);
    expect(foldLine('short')).toBe('short');
  });
  it('folds before a multi-byte character rather than through it', () => {
    const lines = foldLine(`${'x'.repeat(74)}é`).split('\r\n');
    expect(lines).toEqual(['x'.repeat(74), ' é']);
  });
  it('writes UTC date-times', () => {
    expect(utcDateTime(new Date('2026-03-02T02:00:00.000Z'))).toBe('20260302T020000Z');
  });
});
