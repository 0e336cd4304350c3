// The idle timeout: the cookie's own `exp` is the idle deadline. An unused cookie past it is refused; a used one
// is re-issued with a fresh deadline by applySessionRefresh, never past the absolute lifetime.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decode } from 'next-auth/jwt';
import { resetConfigForTests } from '@/lib/server/config';
import { applySessionRefresh, createSessionCookieForTests, readSessionCookie } from '@/lib/server/session';

const SECRET = 'unit-test-secret-0123456789abcdef0123456789';
const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);
// next-auth's decode allows 15 s of clock skew past `exp`.
const SKEW = 15;

const at = (secondsAfterT0: number) => vi.setSystemTime(T0 + secondsAfterT0 * 1000);

function reissued(res: Response): { value: string; maxAge: number } | null {
  const header = res.headers.get('set-cookie');
  if (!header) return null;
  const value = /^console-session=([^;]+);/.exec(header)?.[1];
  const maxAge = Number(/Max-Age=(\d+)/.exec(header)?.[1]);
  return value ? { value, maxAge } : null;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  at(0);
  process.env.NEXTAUTH_SECRET = SECRET;
  process.env.IONOS_API_URL = 'http://127.0.0.1:9';
  process.env.SESSION_IDLE_MINUTES = '5';
  resetConfigForTests();
});
afterEach(() => {
  vi.useRealTimers();
  delete process.env.SESSION_IDLE_MINUTES;
  delete process.env.SESSION_MAX_HOURS;
  resetConfigForTests();
});

describe('idle timeout', () => {
  it('refuses a cookie left unused past its idle deadline, long before the absolute lifetime', async () => {
    const cookie = await createSessionCookieForTests({ token: 'tok-abcdefghijklmnop' });
    at(299);
    expect(await readSessionCookie(cookie.value)).not.toBeNull();
    at(300 + SKEW + 1);
    expect(await readSessionCookie(cookie.value)).toBeNull();
  });

  it('re-issues a used cookie with a fresh idle deadline, which keeps the session alive past the first one', async () => {
    const cookie = await createSessionCookieForTests({ token: 'tok-abcdefghijklmnop' });

    at(30);
    const early = new Response(null);
    await applySessionRefresh(early, (await readSessionCookie(cookie.value))!);
    expect(reissued(early)).toBeNull();

    at(120);
    const used = new Response(null);
    await applySessionRefresh(used, (await readSessionCookie(cookie.value))!);
    const fresh = reissued(used);
    expect(fresh?.maxAge).toBe(300);
    expect(used.headers.get('set-cookie')).toMatch(/HttpOnly; SameSite=Lax/);
    const claims = await decode({ token: fresh!.value, secret: SECRET });
    expect(claims?.exp).toBe(T0 / 1000 + 120 + 300);
    expect(claims?.sid).toBe(cookie.sid);

    at(400);
    expect(await readSessionCookie(cookie.value)).toBeNull();
    expect((await readSessionCookie(fresh!.value))?.sid).toBe(cookie.sid);
  });

  it('never re-issues a cookie past the absolute lifetime', async () => {
    process.env.SESSION_MAX_HOURS = '1';
    resetConfigForTests();
    const cookie = await createSessionCookieForTests({ token: 'tok-abcdefghijklmnop', authTime: T0 / 1000 - 3500 + 200 });
    at(200);
    const res = new Response(null);
    await applySessionRefresh(res, (await readSessionCookie(cookie.value))!);
    const fresh = reissued(res);
    // authTime + 3600 s is 300 s after T0 here: the re-issued cookie lives 100 s, not the idle 300 s.
    expect(fresh?.maxAge).toBe(100);
    expect((await decode({ token: fresh!.value, secret: SECRET }))?.exp).toBe(T0 / 1000 + 300);
    at(300);
    expect(await readSessionCookie(fresh!.value)).toBeNull();
  });
});
