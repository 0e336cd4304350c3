// Portal mode's sign-in: the ID token → session claims mapping, the next-auth provider built from the settings, and
// next-auth's options in each mode (portal: the provider only, claims built at sign-in; personal: unchanged).
import { afterEach, describe, expect, it } from 'vitest';
import type { OAuthConfig } from 'next-auth/providers/oauth';
import { authOptions } from '@/lib/server/auth/options';
import { groupsOf, oidcProvider, portalClaims, type OidcProfile } from '@/lib/server/auth/oidc';
import { resetConfigForTests, type PortalSettings } from '@/lib/server/config';
import { captureLogsForTests } from '@/lib/server/log';
import { onTelemetry, type TelemetryEvent } from '@/lib/server/telemetry';

const OIDC: PortalSettings['oidc'] = {
  issuer: 'https://login.example.test/realms/data',
  clientId: 'console',
  clientSecret: 'client-secret',
  groupsClaim: 'groups',
  demo: false,
};
const TOKEN = { sub: 'u-123', email: 'ada@portal.test', name: 'Ada Lovelace', groups: ['platform-admins', 'analytics-members'] };
const ENV = [
  'CONSOLE_AUTH',
  'OIDC_ISSUER',
  'OIDC_CLIENT_ID',
  'OIDC_CLIENT_SECRET',
  'OIDC_GROUPS_CLAIM',
  'IONOS_API_URL',
  'IONOS_TOKEN',
  'NEXTAUTH_SECRET',
];
const saved = Object.fromEntries(ENV.map((name) => [name, process.env[name]]));

function setEnv(values: Record<string, string>): void {
  for (const name of ENV) delete process.env[name];
  Object.assign(process.env, { NEXTAUTH_SECRET: 'test-secret-of-more-than-thirty-two-characters-0123' }, values);
  resetConfigForTests();
}

afterEach(() => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  resetConfigForTests();
});

describe('portalClaims', () => {
  it('maps the ID token to a portal session: via oidc, the person, the groups, no IONOS credential', () => {
    const claims = portalClaims(TOKEN, 'groups', 1_800_000_000);
    expect(claims).toEqual({
      sid: expect.stringMatching(/^[0-9a-f-]{36}$/),
      via: 'oidc',
      user: { name: 'Ada Lovelace', email: 'ada@portal.test', sub: 'u-123' },
      groups: ['platform-admins', 'analytics-members'],
      cred: '',
      minted: false,
      authTime: 1_800_000_000,
    });
    expect(portalClaims(TOKEN, 'groups').sid).not.toBe(claims.sid);
  });

  it('gives no groups when the claim is missing or not an array (no roles rather than a guess)', () => {
    const { groups: _groups, ...withoutGroups } = TOKEN;
    expect(portalClaims(withoutGroups, 'groups').groups).toEqual([]);
    expect(portalClaims({ ...TOKEN, groups: 'platform-admins' }, 'groups').groups).toEqual([]);
    expect(portalClaims({ ...TOKEN, groups: { admin: true } }, 'groups').groups).toEqual([]);
    expect(groupsOf({ groups: ['a', 7, '', null, 'b', 'a'] }, 'groups')).toEqual(['a', 'b']);
  });

  it('reads the groups from the configured claim (OIDC_GROUPS_CLAIM), and only from it', () => {
    const token = { ...TOKEN, groups: ['ignored'], roles: ['analytics-admins'], 'https://example.test/groups': ['streaming-viewers'] };
    expect(portalClaims(token, 'roles').groups).toEqual(['analytics-admins']);
    expect(portalClaims(token, 'https://example.test/groups').groups).toEqual(['streaming-viewers']);
    expect(portalClaims(token, 'cognito:groups').groups).toEqual([]);
  });

  it('names the person by name, else e-mail, else subject; refuses a token without subject', () => {
    expect(portalClaims({ sub: 's1', email: ' cy@portal.test ' }, 'groups').user).toEqual({
      name: 'cy@portal.test',
      email: 'cy@portal.test',
      sub: 's1',
    });
    expect(portalClaims({ sub: 's2', name: '  ' }, 'groups').user).toEqual({ name: 's2', sub: 's2' });
    expect(() => portalClaims({ email: 'x@portal.test' }, 'groups')).toThrow(/sub/);
  });
});

describe('oidcProvider', () => {
  it('is next-auth’s OAuth provider for the issuer: discovery, code with PKCE, state and nonce, the ID token’s claims', () => {
    const provider = oidcProvider(OIDC);
    expect(provider).toMatchObject({
      id: 'oidc',
      type: 'oauth',
      wellKnown: 'https://login.example.test/realms/data/.well-known/openid-configuration',
      clientId: 'console',
      clientSecret: 'client-secret',
      checks: ['pkce', 'state', 'nonce'],
      idToken: true,
      authorization: { params: { scope: 'openid email profile groups' } },
    });
    expect(provider.profile({ sub: 'u-1', email: 'ben@portal.test' } as OidcProfile, {})).toEqual({
      id: 'u-1',
      name: 'ben@portal.test',
      email: 'ben@portal.test',
    });
  });
});

describe('authOptions', () => {
  it('portal mode offers the OpenID provider only, from the demo settings on the sandbox', () => {
    setEnv({ CONSOLE_AUTH: 'oidc', OIDC_DEMO_PORT: '4999' });
    const providers = authOptions().providers as OAuthConfig<OidcProfile>[];
    expect(providers.map((p) => p.id)).toEqual(['oidc']);
    expect(providers[0]).toMatchObject({
      wellKnown: 'http://127.0.0.1:4999/.well-known/openid-configuration',
      clientId: 'console',
      clientSecret: 'portal-demo-client-secret',
    });
    delete process.env.OIDC_DEMO_PORT;
  });

  it('portal mode: the jwt callback builds the claims at sign-in (groups claim from the settings), logs and counts it', async () => {
    setEnv({ CONSOLE_AUTH: 'oidc', OIDC_GROUPS_CLAIM: 'roles' });
    const capture = captureLogsForTests();
    const events: TelemetryEvent[] = [];
    const stop = onTelemetry((event) => events.push(event));
    try {
      const jwt = authOptions().callbacks!.jwt!;
      // A variable, not a literal: next-auth's Profile type names only the standard claims.
      const profile = { ...TOKEN, roles: ['streaming-admins'] };
      const token = await jwt({
        token: { name: 'Ada Lovelace', sub: 'u-123' },
        user: { id: 'u-123', name: 'Ada Lovelace', email: 'ada@portal.test' },
        account: { provider: 'oidc', type: 'oauth', providerAccountId: 'u-123', id_token: 'eyJ.not.kept', access_token: 'at' },
        profile,
        trigger: 'signIn',
      });
      expect(token).toMatchObject({ via: 'oidc', groups: ['streaming-admins'], cred: '', user: { sub: 'u-123', email: 'ada@portal.test' } });
      // The provider's tokens are not kept in the cookie.
      expect(JSON.stringify(token)).not.toMatch(/eyJ|"at"/);
      expect(capture.entries()).toContainEqual(expect.objectContaining({ event: 'signin.success', via: 'oidc', user: 'ada@portal.test' }));
      expect(events).toContainEqual({ type: 'signin', via: 'oidc', outcome: 'success' });
      // Afterwards the cookie's claims are kept as they are.
      expect(await jwt({ token, user: undefined as never, account: null })).toBe(token);
    } finally {
      stop();
      capture.restore();
    }
  });

  it('portal mode: a refused sign-in is logged and counted once, with the error code only', () => {
    setEnv({ CONSOLE_AUTH: 'oidc' });
    const capture = captureLogsForTests();
    const events: TelemetryEvent[] = [];
    const stop = onTelemetry((event) => events.push(event));
    try {
      const { error } = authOptions().logger!;
      // The provider sent ?error=access_denied: next-auth reports it twice, first with the raw query values.
      error!('OAUTH_CALLBACK_HANDLER_ERROR', { error: new Error('access_denied'), error_description: 'Cancelled', providerId: 'oidc' } as never);
      error!('OAUTH_CALLBACK_ERROR', new Error('access_denied'));
      // A failed check quotes values: only the first word is kept.
      error!('OAUTH_CALLBACK_ERROR', { error: new Error('state mismatch, expected secret-state-value'), providerId: 'oidc' } as never);
      error!('SIGNIN_OAUTH_ERROR', { error: new Error('connect ECONNREFUSED 127.0.0.1:4011'), providerId: 'oidc' } as never);
      expect(events).toEqual([
        { type: 'signin', via: 'oidc', outcome: 'failure' },
        { type: 'signin', via: 'oidc', outcome: 'failure' },
        { type: 'signin', via: 'oidc', outcome: 'error' },
      ]);
      const failures = capture.entries().filter((line) => line.event === 'signin.failure');
      expect(failures.map((line) => [line.stage, line.reason])).toEqual([
        ['callback', 'access_denied'],
        ['callback', 'state'],
        ['signin', 'connect'],
      ]);
      expect(capture.lines.join('\n')).not.toContain('secret-state-value');
    } finally {
      stop();
      capture.restore();
    }
  });

  it('personal mode keeps its password and token providers', () => {
    setEnv({});
    // next-auth applies a Credentials provider's own options (its id) when it starts.
    const ids = authOptions().providers.map((p) => ('options' in p ? (p.options as { id?: string }).id : p.id));
    expect(ids).toEqual(['password', 'token']);
  });
});
