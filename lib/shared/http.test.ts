import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_RETRY_AFTER_SECONDS, NETWORK_ERROR_MESSAGE, describeStatus, parseRetryAfter } from '@/lib/shared/http';

const NOW = Date.parse('2026-03-01T12:00:00Z');

describe('parseRetryAfter', () => {
  it('reads delay-seconds, surrounding space allowed', () => {
    expect(parseRetryAfter('0', NOW)).toBe(0);
    expect(parseRetryAfter('7', NOW)).toBe(7);
    expect(parseRetryAfter(' 120 ', NOW)).toBe(120);
  });

  it('reads HTTP-dates in all three formats, rounding up to whole seconds', () => {
    expect(parseRetryAfter('Sun, 01 Mar 2026 12:00:05 GMT', NOW)).toBe(5);
    expect(parseRetryAfter('Sunday, 01-Mar-26 12:00:05 GMT', NOW)).toBe(5);
    expect(parseRetryAfter('Sun, 01 Mar 2026 12:00:04 GMT', NOW + 500)).toBe(4);
  });

  it('reads asctime dates as GMT, whatever the local time zone', () => {
    const zone = process.env.TZ;
    process.env.TZ = 'Europe/Berlin';
    try {
      expect(parseRetryAfter('Sun Mar  1 12:00:05 2026', NOW)).toBe(5);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('gives 0 for a date in the past', () => {
    expect(parseRetryAfter('Sun, 01 Mar 2026 11:00:00 GMT', NOW)).toBe(0);
    expect(parseRetryAfter('Thu, 01 Jan 1970 00:00:00 GMT', NOW)).toBe(0);
  });

  it('caps huge values, in seconds and as dates', () => {
    expect(parseRetryAfter('2147483647', NOW)).toBe(2_147_483_647);
    expect(parseRetryAfter('99999999999', NOW)).toBe(MAX_RETRY_AFTER_SECONDS);
    expect(parseRetryAfter('9'.repeat(400), NOW)).toBe(MAX_RETRY_AFTER_SECONDS);
    expect(parseRetryAfter('Fri, 31 Dec 9999 23:59:59 GMT', NOW)).toBe(MAX_RETRY_AFTER_SECONDS);
  });

  it('refuses what is neither: absent, empty, negative, fractional, exponents, ISO dates, words', () => {
    for (const junk of [
      null,
      undefined,
      '',
      '   ',
      '-1',
      '-0',
      '+5',
      '1.5',
      '1e3',
      '0x10',
      '5 s',
      'soon',
      '2026-03-01T12:00:05Z',
      'Sun, 99 Foo 2026 GMT',
      'Infinity',
      'NaN',
    ]) {
      expect(parseRetryAfter(junk, NOW), String(junk)).toBeUndefined();
    }
  });

  it('measures dates from the current time when no clock is given', () => {
    const inAMinute = new Date(Date.now() + 60_000).toUTCString();
    expect(parseRetryAfter(inAMinute)).toBeGreaterThanOrEqual(58);
    expect(parseRetryAfter(inAMinute)).toBeLessThanOrEqual(60);
  });
});

describe('parseRetryAfter as the browser called it', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('7')).toBe(7);
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter('soon')).toBeUndefined();
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:00:10 GMT', now)).toBe(10);
    expect(parseRetryAfter('Tue, 31 Dec 2024 00:00:00 GMT', now)).toBe(0);
  });
});

describe('describeStatus', () => {
  it('prefers the answer’s own messages, each once, each a sentence', () => {
    expect(describeStatus(409, [{ message: 'The cluster is busy' }, { message: ' Try later. ' }, { message: 'The cluster is busy' }])).toBe(
      'The cluster is busy. Try later.',
    );
    expect(describeStatus(400, [{ message: 'Is it?' }, { message: 'Yes!' }])).toBe('Is it? Yes!');
  });

  it('falls back to a sentence by status when no message has text', () => {
    expect(describeStatus(404, [{ message: '  ' }, {}])).toBe('It was not found. It may have been deleted.');
    expect(describeStatus(0)).toBe(NETWORK_ERROR_MESSAGE);
    expect(describeStatus(403)).toBe("You don't have permission to do this.");
    expect(describeStatus(503)).toBe('The API is busy or unavailable right now.');
  });

  it('has a sentence for statuses outside the table', () => {
    expect(describeStatus(418)).toBe('The request failed (HTTP 418).');
    expect(describeStatus(500)).toBe('The console server had a problem.');
    expect(describeStatus(599)).toBe('The console server had a problem.');
  });
});

describe('lib/shared', () => {
  it('imports nothing that only the server or only the browser can run', () => {
    const dir = path.join(process.cwd(), 'lib/shared');
    for (const file of readdirSync(dir).filter((name) => /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name))) {
      const source = readFileSync(path.join(dir, file), 'utf8');
      const imports = [...source.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((match) => match[1]);
      for (const specifier of imports)
        expect(specifier, `${file} imports ${specifier}`).not.toMatch(/^(?:node:|react|next|server-only|@\/lib\/server|@\/components)/);
    }
  });
});
