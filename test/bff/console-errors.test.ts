// M3 (LOG-02): Next's own error output on the production server. Next prints a failed request with console.error,
// the raw request text included; each call must become one JSON log line, so no text forges a line of its own.
import { afterEach, describe, expect, it } from 'vitest';
import { installJsonConsole, isProductionServer, reportRequestError } from '@/lib/server/console-errors';
import { captureLogsForTests } from '@/lib/server/log';

const FORGED = JSON.stringify({
  ts: '2026-11-30T18:00:00.000Z',
  level: 'info',
  event: 'signin.success',
  via: 'password',
  user: 'secprobe-forged@sandbox.test',
  sid: 'secprobe',
});
const capture = captureLogsForTests();
afterEach(() => {
  capture.lines.length = 0;
});

function fakeConsole(): Console {
  const raw = (..._args: unknown[]) => {
    throw new Error('the original console method was called');
  };
  return { error: raw, warn: raw, log: raw, info: raw } as unknown as Console;
}

describe('console output as JSON log lines', () => {
  it('one JSON line per call; request text with CR/LF, U+2028 and a forged event stays inside it', () => {
    const target = fakeConsole();
    installJsonConsole(target);
    installJsonConsole(target);
    const error = new TypeError(`Headers.set: "/signin?error=\n${FORGED}\n-\u2028\u0085\r" is an invalid header value.`);
    target.error(' ⨯', error);
    target.warn('[console] ready on %s', 'http://localhost:3000\n{"event":"signin.success"}');
    target.log({ path: `/x\n${FORGED}` });
    target.info('plain');
    expect(capture.lines).toHaveLength(4);
    for (const line of capture.lines) {
      expect(line).not.toMatch(/[\n\r\u0085\u2028\u2029]/);
      expect((JSON.parse(line) as { event: string }).event).toMatch(/^console\.(error|warn|log|info)$/);
    }
    const [first] = capture.entries();
    expect(first).toMatchObject({ level: 'error', event: 'console.error' });
    expect(String(first?.message)).toContain('secprobe-forged@sandbox.test');
    expect(capture.entries().map((e) => e.level)).toEqual(['error', 'warn', 'info', 'info']);
  });

  it('redacts credentials Next might print', () => {
    const target = fakeConsole();
    installJsonConsole(target);
    target.error('upstream said: Authorization: Bearer CANARY-TOK-abcdef0123456789');
    expect(capture.lines.join('\n')).not.toContain('CANARY-TOK');
  });

  it('onRequestError: one structured event, the path bounded', () => {
    reportRequestError(
      new Error(`bad\n${FORGED}`),
      { path: `/api/auth/error?error=${'%0A'.repeat(200)}`, method: 'GET' },
      { routePath: '/api/auth/[...nextauth]', routeType: 'route' },
    );
    expect(capture.lines).toHaveLength(1);
    expect(capture.entries()[0]).toMatchObject({ level: 'error', event: 'next.request-error', method: 'GET', routePath: '/api/auth/[...nextauth]' });
    expect(String(capture.entries()[0]?.path)).toHaveLength(200);
  });

  it('is installed on the production server only', () => {
    expect(isProductionServer({ NODE_ENV: 'production' } as NodeJS.ProcessEnv)).toBe(true);
    expect(isProductionServer({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' } as NodeJS.ProcessEnv)).toBe(false);
    expect(isProductionServer({ NODE_ENV: 'development' } as NodeJS.ProcessEnv)).toBe(false);
  });
});
