import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  isoToLocalInput,
  localInputToIso,
  pageRange,
  parseAuditView,
  serializeAuditView,
  summarizeChanges,
} from '@/components/portal/audit/audit-view';

describe('parseAuditView / serializeAuditView', () => {
  it('reads the filters and page and writes them back in a fixed order', () => {
    const view = parseAuditView(
      new URLSearchParams('page=3&to=2026-12-01T10:00:00Z&action=token.revoke&actor=ben@portal.test&team=analytics&from=2026-11-30T23:00:00.000Z'),
    );
    expect(view).toEqual({
      filters: {
        team: 'analytics',
        actor: 'ben@portal.test',
        action: 'token.revoke',
        from: '2026-11-30T23:00:00.000Z',
        to: '2026-12-01T10:00:00.000Z',
      },
      page: 3,
    });
    expect(serializeAuditView(view)).toBe(
      'team=analytics&actor=ben%40portal.test&action=token.revoke&from=2026-11-30T23%3A00%3A00.000Z&to=2026-12-01T10%3A00%3A00.000Z&page=3',
    );
  });

  it('leaves out what is unusable', () => {
    expect(parseAuditView(new URLSearchParams('action=cluster.explode&from=yesterday&page=0&actor=%20'))).toEqual({ filters: {}, page: 1 });
    expect(parseAuditView(new URLSearchParams('page=2.5'))).toEqual({ filters: {}, page: 1 });
    expect(serializeAuditView({ filters: {}, page: 1 })).toBe('');
  });
});

describe('datetime-local ↔ ISO UTC', () => {
  const tz = process.env.TZ;
  beforeEach(() => {
    process.env.TZ = 'Europe/Berlin';
  });
  afterEach(() => {
    process.env.TZ = tz;
  });

  it('reads the input as local time and sends UTC', () => {
    expect(localInputToIso('2026-12-01T10:30')).toBe('2026-12-01T09:30:00.000Z');
    expect(localInputToIso('2026-07-01T10:30')).toBe('2026-07-01T08:30:00.000Z');
    expect(localInputToIso('')).toBeUndefined();
    expect(localInputToIso('2026-12-01T10:30Z')).toBeUndefined();
    expect(localInputToIso('2026-13-45T10:30')).toBeUndefined();
  });

  it('shows a UTC instant in local time', () => {
    expect(isoToLocalInput('2026-12-01T09:30:00.000Z')).toBe('2026-12-01T10:30');
    expect(isoToLocalInput(undefined)).toBe('');
    expect(isoToLocalInput('nonsense')).toBe('');
  });
});

describe('summarizeChanges', () => {
  it('shows from → to and plain values, shortened', () => {
    expect(summarizeChanges({ nodeCount: { from: 2, to: 3 }, name: 'analytics-prod' })).toBe('nodeCount: 2 → 3; name: analytics-prod');
    expect(summarizeChanges({ labels: { team: 'a' } })).toBe('labels: {"team":"a"}');
    expect(summarizeChanges({ note: 'x'.repeat(100) })).toBe(`note: ${'x'.repeat(59)}…`);
    expect(summarizeChanges(null)).toBe('');
    expect(summarizeChanges({})).toBe('');
  });
});

describe('pageRange', () => {
  it('counts from 1', () => {
    expect(pageRange(50, 50, 123)).toBe('Showing 51–100 of 123');
    expect(pageRange(100, 23, 123)).toBe('Showing 101–123 of 123');
    expect(pageRange(0, 0, 0)).toBe('No entries');
  });
});
