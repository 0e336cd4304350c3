// The demo OpenID provider (scripts/oidc-demo.mjs) as the console meets it: started as its own process on a free port,
// its discovery document, its login page (a wrong password refused with the email kept, PKCE required), and a whole
// authorization code flow whose ID token carries email, name and groups.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoClient, demoConsoleUrls, findDemoUser } from '@/scripts/lib/oidc-demo.mjs';
import { DEMO_PASSWORD, DEMO_USERS } from '@/scripts/lib/oidc-demo-users.mjs';

const CONSOLE = 'http://localhost:3999';
const REDIRECT = `${CONSOLE}/api/auth/callback/oidc`;
let child: ChildProcess;
let issuer = '';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise((done) => server.close(done));
  return port;
}

beforeAll(async () => {
  const port = await freePort();
  issuer = `http://127.0.0.1:${port}`;
  child = spawn(process.execPath, ['scripts/oidc-demo.mjs'], {
    env: { ...process.env, OIDC_DEMO_PORT: String(port), NEXTAUTH_URL: CONSOLE, OIDC_DEMO_REDIRECT_ORIGINS: 'http://localhost:3998' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  for (let i = 0; i < 100; i++) {
    if (output.includes('[oidc-demo] issuer')) return;
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the demo provider did not start: ${output}`);
});

afterAll(() => {
  child?.kill('SIGTERM');
});

/** A tiny cookie jar: what a browser would send back to the provider (one origin, paths ignored). */
class Jar {
  private cookies = new Map<string, string>();
  take(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
  }
  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

async function go(jar: Jar, url: string, init: RequestInit = {}): Promise<Response> {
  const res = await fetch(new URL(url, issuer), { ...init, redirect: 'manual', headers: { ...init.headers, cookie: jar.header() } });
  jar.take(res);
  return res;
}

const form = (fields: Record<string, string>): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(fields).toString(),
});

/** Starts an authorization request as next-auth does (code, PKCE S256, state, nonce) and returns the login page's path. */
async function authorize(jar: Jar, extra: Record<string, string> = {}) {
  const verifier = randomBytes(32).toString('base64url');
  const params = new URLSearchParams({
    client_id: 'console',
    response_type: 'code',
    redirect_uri: REDIRECT,
    scope: 'openid email profile groups',
    state: 'state-1',
    nonce: 'nonce-1',
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
    ...extra,
  });
  const res = await go(jar, `/auth?${params}`);
  return { res, verifier, login: res.headers.get('location') ?? '' };
}

describe('the demo provider', () => {
  it('publishes a discovery document for code + PKCE S256 with the groups scope and RP-initiated logout', async () => {
    const res = await fetch(`${issuer}/.well-known/openid-configuration`);
    expect(res.status).toBe(200);
    const doc = (await res.json()) as Record<string, unknown>;
    expect(doc).toMatchObject({
      issuer,
      authorization_endpoint: `${issuer}/auth`,
      end_session_endpoint: `${issuer}/session/end`,
      response_types_supported: ['code'],
      code_challenge_methods_supported: ['S256'],
    });
    expect(doc.scopes_supported).toEqual(expect.arrayContaining(['openid', 'email', 'profile', 'groups']));
    expect(doc.claims_supported).toEqual(expect.arrayContaining(['email', 'name', 'groups']));
  });

  it('refuses an authorization request without PKCE, back to the console with an error', async () => {
    const jar = new Jar();
    const { res } = await authorize(jar, { code_challenge: '', code_challenge_method: '' });
    const location = new URL(res.headers.get('location') ?? '');
    expect(`${location.origin}${location.pathname}`).toBe(REDIRECT);
    expect(location.searchParams.get('error')).toBe('invalid_request');
  });

  it('shows a labelled login form; a wrong password is refused with a clear error and the email kept', async () => {
    const jar = new Jar();
    const { login } = await authorize(jar);
    expect(login).toMatch(/^\/interaction\/[\w-]+$/);
    const page = await go(jar, login);
    const html = await page.text();
    expect(html).toContain('<label for="email">Email</label>');
    expect(html).toContain('<label for="password">Password</label>');
    expect(html).toMatch(/<button type="submit"[^>]*>Sign in<\/button>/);

    const wrong = await go(jar, `${login}/login`, form({ email: 'ben@portal.test', password: 'not-the-password' }));
    expect(wrong.status).toBe(401);
    const again = await wrong.text();
    expect(again).toContain('role="alert"');
    expect(again).toContain('The email or password is wrong.');
    expect(again).toContain('value="ben@portal.test"');
    expect(wrong.headers.get('location')).toBeNull();
  });

  it('signs a demo user in; the ID token carries email, name and groups, and consent is not asked', async () => {
    const jar = new Jar();
    const { login, verifier } = await authorize(jar);
    await go(jar, login);
    const ok = await go(jar, `${login}/login`, form({ email: 'CY@portal.test', password: DEMO_PASSWORD }));
    expect(ok.status).toBe(303);
    // Back into the authorization, which ends at the console's callback with a code (no consent page).
    let location = ok.headers.get('location') ?? '';
    for (let hop = 0; hop < 5 && !location.startsWith(CONSOLE); hop++) location = (await go(jar, location)).headers.get('location') ?? '';
    const callback = new URL(location);
    expect(`${callback.origin}${callback.pathname}`).toBe(REDIRECT);
    expect(callback.searchParams.get('state')).toBe('state-1');
    expect(callback.searchParams.get('iss')).toBe(issuer);

    const token = await fetch(`${issuer}/token`, {
      ...form({ grant_type: 'authorization_code', code: callback.searchParams.get('code') ?? '', redirect_uri: REDIRECT, code_verifier: verifier }),
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${Buffer.from('console:portal-demo-client-secret').toString('base64')}`,
      },
    });
    expect(token.status).toBe(200);
    const { id_token: idToken } = (await token.json()) as { id_token: string };
    const claims = JSON.parse(Buffer.from(idToken.split('.')[1]!, 'base64url').toString('utf8')) as Record<string, unknown>;
    expect(claims).toMatchObject({
      iss: issuer,
      aud: 'console',
      sub: 'cy',
      nonce: 'nonce-1',
      email: 'cy@portal.test',
      name: 'Cy D. Fect',
      groups: ['analytics-members'],
    });
  });
});

describe('its settings', () => {
  it('lets the client return to NEXTAUTH_URL and every OIDC_DEMO_REDIRECT_ORIGINS entry, /signin after logout', () => {
    const urls = demoConsoleUrls({
      NEXTAUTH_URL: 'http://localhost:3000/',
      OIDC_DEMO_REDIRECT_ORIGINS: ' http://localhost:3001 ,,http://localhost:3000',
    });
    expect(urls).toEqual(['http://localhost:3000', 'http://localhost:3001']);
    expect(demoConsoleUrls({ PORT: '3100' })).toEqual(['http://localhost:3100']);
    expect(() => demoConsoleUrls({ OIDC_DEMO_REDIRECT_ORIGINS: 'ftp://x' })).toThrow(/http/);
    const client = demoClient(urls);
    expect(client.redirect_uris).toEqual(['http://localhost:3000/api/auth/callback/oidc', 'http://localhost:3001/api/auth/callback/oidc']);
    expect(client.post_logout_redirect_uris).toEqual(['http://localhost:3000/signin', 'http://localhost:3001/signin']);
  });

  it('has the four demo people of portal.yaml, password "portal", e-mail case-insensitive', () => {
    expect(DEMO_USERS.map((u) => [u.email, u.groups])).toEqual([
      ['ada@portal.test', ['platform-admins']],
      ['ben@portal.test', ['analytics-admins']],
      ['cy@portal.test', ['analytics-members']],
      ['dee@portal.test', ['streaming-viewers']],
    ]);
    expect(findDemoUser(' Ada@Portal.test ', 'portal')?.sub).toBe('ada');
    expect(findDemoUser('ada@portal.test', 'Portal')).toBeUndefined();
    expect(findDemoUser('eve@portal.test', 'portal')).toBeUndefined();
  });
});
