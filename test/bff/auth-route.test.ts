// M3, M4, L3 of the security review: what reaches next-auth through /api/auth/[...nextauth]. Refusals come before
// next-auth in the BFF's error envelope, bodies are capped at 64 KB, the console's own session check answers
// /api/auth/session, and a real internal error is a logged, generic 500.
import { describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import { encode } from 'next-auth/jwt';
import { guardAuthRoute, MAX_AUTH_BODY_BYTES, signInErrorCode } from '@/lib/server/auth/route-guard';
import { createSessionCookieForTests, revokeSession } from '@/lib/server/session';
import { CONSOLE, TOKEN, USER, readJson, setupBff } from './harness';

const h = setupBff();
const FORGED = `\n${JSON.stringify({ ts: '2026-11-30T18:00:00.000Z', level: 'info', event: 'signin.success', via: 'password', user: 'secprobe-forged@sandbox.test', sid: 'secprobe' })}\n-`;

type Sent = { req: NextRequest; body: string };

/** The guard with a stand-in for next-auth that records what it was handed. */
async function send(path: string, init: ConstructorParameters<typeof NextRequest>[1] = {}, nextAuth?: (req: NextRequest) => Promise<Response>) {
  const sent: Sent[] = [];
  const req = new NextRequest(`${CONSOLE}${path}`, init);
  const segments = new URL(req.url).pathname.replace(/^\/api\/auth\//, '').split('/');
  const res = await guardAuthRoute(req, segments, async (checked) => {
    sent.push({ req: checked, body: checked.method === 'POST' ? await checked.text() : '' });
    return nextAuth ? nextAuth(checked) : Response.json({ nextAuth: true });
  });
  return { res, sent };
}

async function expectRefusal(res: Response, status: number, errorCode: string): Promise<void> {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
  expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
  const body = await readJson(res);
  expect(body).toMatchObject({ httpStatus: status, messages: [{ errorCode }] });
  expect(JSON.stringify(body)).not.toMatch(/secprobe|at .*\.(ts|js):\d+/);
}

const form = (fields: Record<string, string>) => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(fields).toString(),
});

describe('M3: values next-auth would copy unchecked', () => {
  it('/api/auth/error answers itself: an allowlisted code, URL-encoded, or the generic one', async () => {
    for (const [query, code] of [
      ['?error=too_many_attempts', 'too_many_attempts'],
      ['?error=CredentialsSignin', 'CredentialsSignin'],
      ['?error=%3Cscript%3E', 'Default'],
      ['', 'Default'],
    ]) {
      const { res, sent } = await send(`/api/auth/error${query}`);
      expect(res.status, query).toBe(302);
      expect(res.headers.get('location'), query).toBe(`/signin?error=${code}`);
      expect(sent).toHaveLength(0);
    }
    expect(signInErrorCode('__proto__')).toBe('Default');
  });

  it('refuses error and callbackUrl values with control or non-ASCII characters with a 400, before next-auth', async () => {
    const paths = [
      `/api/auth/error?error=${encodeURIComponent(FORGED)}`,
      '/api/auth/error?error=%E2%80%A8',
      '/api/auth/error?error=%C0',
      '/api/auth/error?error=ok&error=%0d%0aX:1',
      '/api/auth/signin?callbackUrl=%0d%0aX:1',
      '/api/auth/session?callbackUrl=javascript:alert(1)',
      `/api/auth/signin?callbackUrl=/${'a'.repeat(3000)}`,
      '/api/auth/csrf?csrfToken=a%00b',
    ];
    for (const path of paths) {
      const { res, sent } = await send(path);
      await expectRefusal(res, 400, 'invalid_parameter');
      expect(sent, path).toHaveLength(0);
    }
    // Nothing of the request reaches the log.
    expect(h.logText()).not.toContain('secprobe');
  });

  it('refuses the same values in a form or JSON body, and malformed or foreign bodies', async () => {
    const cases: [ConstructorParameters<typeof NextRequest>[1], number, string][] = [
      [form({ csrfToken: 'x', callbackUrl: 'javascript:alert(1)' }), 400, 'invalid_parameter'],
      [form({ csrfToken: 'x\r\ny' }), 400, 'invalid_parameter'],
      [form({ csrfToken: 'x', error: '\u2028' }), 400, 'invalid_parameter'],
      [{ method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' }, 400, 'invalid_body'],
      [{ method: 'POST', headers: { 'content-type': 'application/json' }, body: '[1]' }, 400, 'invalid_body'],
      [{ method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"callbackUrl":{"x":1}}' }, 400, 'invalid_parameter'],
      [
        { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new Uint8Array([0x63, 0x3d, 0xff]) },
        400,
        'invalid_body',
      ],
      [{ method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'csrfToken=x' }, 415, 'unsupported_media_type'],
    ];
    for (const [init, status, code] of cases) {
      const { res, sent } = await send('/api/auth/callback/password', init);
      await expectRefusal(res, status, code);
      expect(sent).toHaveLength(0);
    }
  });

  it('a clean form reaches next-auth as it was sent', async () => {
    const fields = { csrfToken: 'abc', username: 'ada@example.test', password: 'pässwörd', callbackUrl: '/clusters', json: 'true' };
    const { res, sent } = await send('/api/auth/callback/password', form(fields));
    expect(res.status).toBe(200);
    expect(sent).toHaveLength(1);
    expect(Object.fromEntries(new URLSearchParams(sent[0]!.body))).toEqual(fields);
    expect(sent[0]!.req.nextUrl.pathname).toBe('/api/auth/callback/password');
  });

  it('wrong methods are 405 with Allow, unknown actions 404, a bad callback-url cookie 400 and removed', async () => {
    const put = await send('/api/auth/session', { method: 'PUT' });
    await expectRefusal(put.res, 405, 'method_not_allowed');
    expect(put.res.headers.get('allow')).toBe('GET, POST');
    await expectRefusal((await send('/api/auth/error', { method: 'POST' })).res, 405, 'method_not_allowed');
    await expectRefusal((await send('/api/auth/verify-request')).res, 404, 'not_found');
    const cookie = await send('/api/auth/session', { headers: { cookie: 'next-auth.callback-url=javascript%3Aalert(1)' } });
    await expectRefusal(cookie.res, 400, 'invalid_parameter');
    expect(cookie.res.headers.get('set-cookie')).toMatch(/^next-auth\.callback-url=; Path=\/; Max-Age=0/);
    expect(cookie.sent).toHaveLength(0);
  });

  it('an error inside next-auth is a generic, logged 500 with a request id, without the request text', async () => {
    const { res } = await send(`/api/auth/signin?callbackUrl=/clusters`, {}, async () => {
      throw new TypeError(`Headers.set: "/signin?error=${FORGED}" is an invalid header value.`);
    });
    await expectRefusal(res, 500, 'internal_error');
    const requestId = res.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    const entry = h.logs().find((line) => line.event === 'auth.unexpected-error');
    expect(entry).toMatchObject({ level: 'error', requestId, action: 'signin' });
    // The message is inside one JSON line: no log line of its own, no forged event.
    for (const line of h.logText().split('\n')) expect((JSON.parse(line) as { event?: string }).event).not.toBe('signin.success');
  });
});

describe('M4: request bodies are capped at 64 KB before they are parsed', () => {
  it('a declared Content-Length over the cap is a 413 at once', async () => {
    const body = `csrfToken=x&pad=${'a'.repeat(MAX_AUTH_BODY_BYTES)}`;
    const init = form({});
    const { res, sent } = await send('/api/auth/callback/password', {
      ...init,
      headers: { ...init.headers, 'content-length': String(body.length) },
      body,
    });
    await expectRefusal(res, 413, 'payload_too_large');
    expect(sent).toHaveLength(0);
  });

  it('a streamed body without Content-Length is cut off past the cap (413), and the stream is cancelled', async () => {
    let pulled = 0;
    let cancelled = false;
    const chunk = new TextEncoder().encode('a'.repeat(16 * 1024));
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        // 20 × 16 KB: five times the cap, sent without a Content-Length.
        pulled += 1;
        if (pulled > 20) controller.close();
        else controller.enqueue(chunk);
      },
      cancel() {
        cancelled = true;
      },
    });
    const { res, sent } = await send('/api/auth/callback/password', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: stream,
      duplex: 'half',
    } as ConstructorParameters<typeof NextRequest>[1]);
    await expectRefusal(res, 413, 'payload_too_large');
    expect(sent).toHaveLength(0);
    expect(cancelled).toBe(true);
    expect(pulled).toBeLessThanOrEqual(MAX_AUTH_BODY_BYTES / chunk.byteLength + 2);
  });
});

describe("L3: /api/auth/session runs the console's own session check first", () => {
  const sessionGet = (cookie: string) => send('/api/auth/session', { headers: { cookie } });

  async function expectEnded(cookie: string, name: string): Promise<void> {
    const { res, sent } = await sessionGet(cookie);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({});
    expect(res.headers.get('set-cookie')).toMatch(new RegExp(`^${name}=; Path=/; Max-Age=0`));
    expect(sent).toHaveLength(0);
  }

  it('a revoked session (signed out, cookie replayed) is {} and its cookie is cleared', async () => {
    const own = await createSessionCookieForTests({ token: TOKEN, user: USER });
    await revokeSession({ sid: own.sid, expiresAt: Math.floor(Date.now() / 1000) + 3600 });
    await expectEnded(`${own.name}=${own.value}`, own.name);
  });

  it('a session past its absolute lifetime is {} and its cookie is cleared', async () => {
    const own = await createSessionCookieForTests({ token: TOKEN, user: USER, authTime: Math.floor(Date.now() / 1000) - 13 * 3600 });
    await expectEnded(`${own.name}=${own.value}`, own.name);
  });

  it('a cookie without a session id is {} and cleared', async () => {
    const value = await encode({
      token: { via: 'token', cred: TOKEN, authTime: Math.floor(Date.now() / 1000), user: { name: 'x' } },
      secret: process.env.NEXTAUTH_SECRET!,
    });
    await expectEnded(`console-session=${value}`, 'console-session');
  });

  it('a session update (POST) of a revoked session is {} too, not re-issued by next-auth', async () => {
    const own = await createSessionCookieForTests({ token: TOKEN, user: USER });
    await revokeSession({ sid: own.sid, expiresAt: Math.floor(Date.now() / 1000) + 3600 });
    const { res, sent } = await send('/api/auth/session', {
      ...form({ csrfToken: 'x' }),
      headers: { ...form({}).headers, cookie: `${own.name}=${own.value}` },
    });
    expect(await res.json()).toEqual({});
    expect(res.headers.get('set-cookie')).toMatch(new RegExp(`^${own.name}=; Path=/; Max-Age=0`));
    expect(sent).toHaveLength(0);
  });

  it('a live session is answered by next-auth; no cookie, no Set-Cookie', async () => {
    const live = await sessionGet(h.cookie());
    expect(live.sent).toHaveLength(1);
    expect(await live.res.json()).toEqual({ nextAuth: true });
    const anonymous = await send('/api/auth/session');
    expect(await anonymous.res.json()).toEqual({});
    expect(anonymous.res.headers.get('set-cookie')).toBeNull();
    expect(anonymous.sent).toHaveLength(0);
  });
});
