// Portal mode (CONSOLE_AUTH=oidc) through /api/auth/[...nextauth]: the guard lets through exactly what the OpenID flow
// needs (signin/oidc POST, callback/oidc GET), no personal-mode provider route, and after a sign-out it sends the
// browser on to the provider's logout (RP-initiated logout) instead of /signin. Personal mode has no OpenID route.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import { resetOidcDiscoveryForTests } from '@/lib/server/auth/oidc';
import { guardAuthRoute } from '@/lib/server/auth/route-guard';
import { CONSOLE, readJson, setEnv, setupBff } from './harness';

const h = setupBff();

/** A stand-in identity provider: only its discovery document, with or without an end_session_endpoint. */
let idp: Server;
let issuer = '';
let endSession: string | undefined;
let discoveryRequests = 0;

beforeAll(async () => {
  idp = createServer((req, res) => {
    discoveryRequests += 1;
    if (req.url !== '/.well-known/openid-configuration') return res.writeHead(404).end();
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ issuer, authorization_endpoint: `${issuer}/auth`, ...(endSession ? { end_session_endpoint: endSession } : {}) }));
  });
  await new Promise<void>((done) => idp.listen(0, '127.0.0.1', done));
  issuer = `http://127.0.0.1:${(idp.address() as AddressInfo).port}`;
});

afterAll(async () => {
  personalMode();
  await new Promise((done) => idp.close(done));
});

const PORTAL_ENV = ['CONSOLE_AUTH', 'OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'IONOS_TOKEN'];
/** The harness sets its variables but leaves others: personal mode is the absence of portal mode's. */
const personalMode = () => setEnv(h.fake, Object.fromEntries(PORTAL_ENV.map((name) => [name, undefined])));

function portalMode(): void {
  setEnv(h.fake, {
    CONSOLE_AUTH: 'oidc',
    OIDC_ISSUER: issuer,
    OIDC_CLIENT_ID: 'console-client',
    OIDC_CLIENT_SECRET: 'idp-secret',
    IONOS_TOKEN: 'service-token',
  });
  resetOidcDiscoveryForTests();
  endSession = `${issuer}/session/end`;
  discoveryRequests = 0;
}

type Sent = { req: NextRequest };

/** The guard with a stand-in for next-auth that records what it was handed and answers `answer`. */
async function send(path: string, init: ConstructorParameters<typeof NextRequest>[1] = {}, answer?: () => Response) {
  const sent: Sent[] = [];
  const req = new NextRequest(`${CONSOLE}${path}`, init);
  const segments = new URL(req.url).pathname.replace(/^\/api\/auth\//, '').split('/');
  const res = await guardAuthRoute(req, segments, async (checked) => {
    sent.push({ req: checked });
    return answer ? answer() : Response.json({ nextAuth: true });
  });
  return { res, sent };
}

const form = (fields: Record<string, string>) => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(fields).toString(),
});

async function expectRefusal(res: Response, status: number, errorCode: string): Promise<void> {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
  expect(await readJson(res)).toMatchObject({ httpStatus: status, messages: [{ errorCode }] });
}

/** next-auth's answer to a sign-out: the session cookie cleared, and where the browser goes (json: {url}, else Location). */
function signedOut(url: string, json = true): Response {
  const headers = new Headers({ 'set-cookie': 'console-session=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax' });
  headers.append('set-cookie', 'next-auth.csrf-token=; Path=/; Max-Age=0');
  if (!json) {
    headers.set('location', url);
    return new Response(null, { status: 302, headers });
  }
  headers.set('content-type', 'application/json');
  return new Response(JSON.stringify({ url }), { status: 200, headers });
}

describe('portal mode: the OpenID flow and nothing more', () => {
  beforeEach(portalMode);

  it('signin/oidc takes a POST (with the CSRF token) and callback/oidc a GET, as they were sent', async () => {
    const start = await send('/api/auth/signin/oidc', form({ csrfToken: 'abc', callbackUrl: '/clusters', json: 'true' }));
    expect(start.res.status).toBe(200);
    expect(start.sent).toHaveLength(1);
    expect(start.sent[0]!.req.nextUrl.pathname).toBe('/api/auth/signin/oidc');

    const back = await send('/api/auth/callback/oidc?code=c0de&state=s1&iss=' + encodeURIComponent(issuer));
    expect(back.res.status).toBe(200);
    expect(back.sent[0]!.req.nextUrl.searchParams.get('code')).toBe('c0de');
  });

  it('refuses the other methods with 405 and Allow', async () => {
    const get = await send('/api/auth/signin/oidc');
    await expectRefusal(get.res, 405, 'method_not_allowed');
    expect(get.res.headers.get('allow')).toBe('POST');
    const post = await send('/api/auth/callback/oidc', form({ code: 'x', state: 'y' }));
    await expectRefusal(post.res, 405, 'method_not_allowed');
    expect(post.res.headers.get('allow')).toBe('GET');
    expect([...get.sent, ...post.sent]).toHaveLength(0);
  });

  it('has no password or token sign-in and no other provider: 404 before next-auth', async () => {
    for (const [path, init] of [
      ['/api/auth/callback/password', form({ csrfToken: 'x', username: 'u', password: 'p' })],
      ['/api/auth/callback/token', form({ csrfToken: 'x', token: 't' })],
      ['/api/auth/signin/password', form({ csrfToken: 'x' })],
      ['/api/auth/callback/github', {}],
      ['/api/auth/callback', {}],
    ] as const) {
      const { res, sent } = await send(path, init);
      await expectRefusal(res, 404, 'not_found');
      expect(sent, path).toHaveLength(0);
    }
  });

  it('the provider’s errors reach the sign-in page as their codes', async () => {
    for (const code of ['OAuthSignin', 'OAuthCallback']) {
      const { res } = await send(`/api/auth/error?error=${code}`);
      expect(res.headers.get('location')).toBe(`/signin?error=${code}`);
    }
  });
});

describe('portal mode: sign-out goes on to the provider’s logout', () => {
  beforeEach(portalMode);

  it('the {url} of a sign-out becomes the end_session_endpoint with client_id and post_logout_redirect_uri; the cleared cookies stay', async () => {
    const { res } = await send('/api/auth/signout', form({ csrfToken: 'x', callbackUrl: '/signin', json: 'true' }), () =>
      signedOut(`${CONSOLE}/signin`),
    );
    expect(res.status).toBe(200);
    const { url } = (await readJson(res)) as { url: string };
    const logout = new URL(url);
    expect(`${logout.origin}${logout.pathname}`).toBe(`${issuer}/session/end`);
    expect(Object.fromEntries(logout.searchParams)).toEqual({ client_id: 'console-client', post_logout_redirect_uri: `${CONSOLE}/signin` });
    expect(res.headers.getSetCookie()).toEqual([
      'console-session=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax',
      'next-auth.csrf-token=; Path=/; Max-Age=0',
    ]);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('a form sign-out (302) is redirected the same way; the discovery document is fetched once', async () => {
    const first = await send('/api/auth/signout', form({ csrfToken: 'x' }), () => signedOut(`${CONSOLE}/signin`, false));
    expect(first.res.status).toBe(302);
    expect(first.res.headers.get('location')).toMatch(new RegExp(`^${issuer}/session/end\\?client_id=console-client&`));
    await send('/api/auth/signout', form({ csrfToken: 'x' }), () => signedOut(`${CONSOLE}/signin`, false));
    expect(discoveryRequests).toBe(1);
  });

  it('a refused sign-out (CSRF: back to /api/auth/signout) is left as next-auth answered', async () => {
    const { res } = await send('/api/auth/signout', form({ csrfToken: 'wrong', json: 'true' }), () =>
      signedOut(`${CONSOLE}/api/auth/signout?csrf=true`),
    );
    expect(await readJson(res)).toEqual({ url: `${CONSOLE}/api/auth/signout?csrf=true` });
  });

  it('without an end_session_endpoint, or with the provider unreachable, the browser goes to /signin', async () => {
    endSession = undefined;
    const none = await send('/api/auth/signout', form({ csrfToken: 'x', json: 'true' }), () => signedOut(`${CONSOLE}/signin`));
    expect(await readJson(none.res)).toEqual({ url: `${CONSOLE}/signin` });

    setEnv(h.fake, { OIDC_ISSUER: 'http://127.0.0.1:9' });
    resetOidcDiscoveryForTests();
    const down = await send('/api/auth/signout', form({ csrfToken: 'x', json: 'true' }), () => signedOut(`${CONSOLE}/signin`));
    expect(await readJson(down.res)).toEqual({ url: `${CONSOLE}/signin` });
    expect(h.logs().find((line) => line.event === 'signout.provider-unreachable')).toBeDefined();
  });
});

describe('personal mode has no OpenID route', () => {
  beforeEach(personalMode);

  it('signin/oidc and callback/oidc are 404; sign-out still ends at /signin', async () => {
    for (const [path, init] of [
      ['/api/auth/signin/oidc', form({ csrfToken: 'x' })],
      ['/api/auth/callback/oidc', {}],
    ] as const) {
      const { res, sent } = await send(path, init);
      await expectRefusal(res, 404, 'not_found');
      expect(sent).toHaveLength(0);
    }
    const out = await send('/api/auth/signout', form({ csrfToken: 'x', json: 'true' }), () => signedOut(`${CONSOLE}/signin`));
    expect(await readJson(out.res)).toEqual({ url: `${CONSOLE}/signin` });
  });
});
