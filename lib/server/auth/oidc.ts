// Portal mode's sign-in: the company's OpenID provider through next-auth (v4) as an OAuth provider, the mapping
// of its ID token to the console's session claims, and RP-initiated logout. The console keeps no token of the
// provider: the session cookie holds the person (sub, name, e-mail) and their groups; roles come from the teams file.
import 'server-only';
import type { OAuthConfig } from 'next-auth/providers/oauth';
import type { PortalSettings } from '@/lib/server/config';
import { log } from '@/lib/server/log';
import { appendAudit } from '@/lib/server/portal/guard';
import { newSessionId, type SessionClaims } from '@/lib/server/session';
import { emitTelemetry } from '@/lib/server/telemetry';

/** next-auth's provider id: its routes are /api/auth/signin/oidc (POST) and /api/auth/callback/oidc (GET). */
export const OIDC_PROVIDER_ID = 'oidc';
const SCOPE = 'openid email profile groups';
/** openid-client's default (3.5 s) is short for a busy provider; discovery, token and JWKS calls share it. */
const PROVIDER_TIMEOUT_MS = 10_000;

/** The ID token's claims as next-auth hands them over (openid-client's `tokens.claims()`). */
export type OidcProfile = Record<string, unknown> & { sub: string };

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

/** The next-auth provider for the configured issuer: authorization code with PKCE, state and nonce; claims from the ID token. */
export function oidcProvider(oidc: PortalSettings['oidc']): OAuthConfig<OidcProfile> {
  return {
    id: OIDC_PROVIDER_ID,
    name: 'SSO',
    type: 'oauth',
    // openid-client (next-auth's OAuth client) reads the provider's endpoints from its discovery document, over
    // plain http too: the demo provider runs on loopback (127.0.0.1) without TLS.
    wellKnown: `${oidc.issuer}/.well-known/openid-configuration`,
    clientId: oidc.clientId,
    clientSecret: oidc.clientSecret,
    authorization: { params: { scope: SCOPE } },
    checks: ['pkce', 'state', 'nonce'],
    idToken: true,
    httpOptions: { timeout: PROVIDER_TIMEOUT_MS },
    // next-auth needs a user object; the session claims are built from the raw profile in the jwt callback (portalClaims).
    profile(profile) {
      return { id: profile.sub, name: text(profile.name) ?? text(profile.email) ?? profile.sub, email: text(profile.email) ?? null };
    },
  };
}

/**
 * The groups of the ID token's `claim`: an array of strings. Anything else (missing, a string, an object) gives no
 * groups, so no roles: a provider that is set up wrongly locks people out rather than guessing.
 */
export function groupsOf(profile: Readonly<Record<string, unknown>>, claim: string): string[] {
  const raw = profile[claim];
  if (!Array.isArray(raw)) return [];
  return [...new Set(raw.filter((group): group is string => typeof group === 'string' && group !== ''))];
}

/** The session claims of a person the provider signed in (`via: 'oidc'`, no IONOS credential: the service credential is used). */
export function portalClaims(idToken: object, groupsClaim: string, now: number = Math.floor(Date.now() / 1000)): SessionClaims {
  const profile = idToken as Readonly<Record<string, unknown>>;
  const sub = text(profile.sub);
  if (!sub) throw new Error('The ID token has no subject (sub).');
  const email = text(profile.email);
  return {
    sid: newSessionId(),
    via: 'oidc',
    user: { name: text(profile.name) ?? email ?? sub, ...(email ? { email } : {}), sub },
    groups: groupsOf(profile, groupsClaim),
    cred: '',
    minted: false,
    authTime: now,
  };
}

/** Once per successful portal sign-in, when the session claims are made: logged, counted and audited. */
export async function portalSignInSucceeded(claims: SessionClaims): Promise<void> {
  log.info({ event: 'signin.success', via: 'oidc', user: claims.user.email ?? claims.user.sub, sid: claims.sid, groups: claims.groups?.length ?? 0 });
  emitTelemetry({ type: 'signin', via: 'oidc', outcome: 'success' });
  await appendAudit({ ...sessionAudit(claims), action: 'signin', changes: { groups: claims.groups ?? [] } });
}

/** A portal sign-out, audited (the session was revoked before). */
export async function portalSignedOut(claims: SessionClaims): Promise<void> {
  await appendAudit({ ...sessionAudit(claims), action: 'signout' });
}

function sessionAudit(claims: SessionClaims) {
  return {
    actor: { sub: claims.user.sub ?? '', email: claims.user.email ?? claims.user.name },
    team: null,
    target: { type: 'session' as const, id: claims.sid },
    outcome: 'success' as const,
    via: { kind: 'session' as const },
  };
}

/**
 * A sign-in the provider or the callback's checks refused (next-auth's OAUTH_CALLBACK_ERROR / SIGNIN_OAUTH_ERROR).
 * Only the error's code word is logged: messages may quote state or nonce values.
 */
export function portalSignInFailed(stage: 'signin' | 'callback', error: unknown): void {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  const reason = /^[a-z_]{3,40}\b/.exec(message)?.[0] ?? `${stage}_error`;
  log.warn({ event: 'signin.failure', via: 'oidc', stage, reason });
  emitTelemetry({ type: 'signin', via: 'oidc', outcome: stage === 'signin' ? 'error' : 'failure' });
  // No audit entry: nobody is known yet (the audit log records people); the log line and the metric count it.
}

type Discovery = { endSession: string | null; fetchedAt: number };
const DISCOVERY_TTL_MS = 10 * 60_000;
const discoveries = new Map<string, Discovery>();

/** The provider's end_session_endpoint (RP-initiated logout), from its discovery document; null when it has none or cannot be reached. */
async function endSessionEndpoint(issuer: string): Promise<string | null> {
  const cached = discoveries.get(issuer);
  if (cached && Date.now() - cached.fetchedAt < DISCOVERY_TTL_MS) return cached.endSession;
  let endSession: string | null = null;
  try {
    const res = await fetch(`${issuer}/.well-known/openid-configuration`, { signal: AbortSignal.timeout(PROVIDER_TIMEOUT_MS), redirect: 'error' });
    const doc = res.ok ? ((await res.json()) as { end_session_endpoint?: unknown }) : {};
    const url = typeof doc.end_session_endpoint === 'string' ? new URL(doc.end_session_endpoint) : null;
    endSession = url && (url.protocol === 'https:' || url.protocol === 'http:') ? url.href : null;
  } catch (error) {
    log.warn({ event: 'signout.provider-unreachable', message: error instanceof Error ? error.message : 'unknown' });
    return null;
  }
  discoveries.set(issuer, { endSession, fetchedAt: Date.now() });
  return endSession;
}

/**
 * Where the browser goes after the console ended its session: the provider's logout with the console's client id,
 * coming back to `${consoleUrl}/signin`; that sign-in page itself when the provider offers no logout.
 */
export async function providerLogoutUrl(oidc: PortalSettings['oidc'], consoleUrl: string): Promise<string> {
  const back = `${consoleUrl.replace(/\/+$/, '')}/signin`;
  const endpoint = await endSessionEndpoint(oidc.issuer);
  if (!endpoint) return back;
  const url = new URL(endpoint);
  url.searchParams.set('client_id', oidc.clientId);
  url.searchParams.set('post_logout_redirect_uri', back);
  return url.href;
}

/**
 * next-auth's answer to a sign-out (POST /api/auth/signout) with the browser sent on to the provider's logout instead of
 * /signin. Its cookies (the cleared session) stay. An answer that does not end in the console's pages (a CSRF
 * refusal sends to /api/auth/signout?csrf=true) is left as it is.
 */
export async function withProviderLogout(res: Response, oidc: PortalSettings['oidc'], consoleUrl: string): Promise<Response> {
  const isJson = (res.headers.get('content-type') ?? '').startsWith('application/json');
  const target = isJson ? ((await res.clone().json()) as { url?: unknown }).url : res.headers.get('location');
  if (typeof target !== 'string' || new URL(target, consoleUrl).pathname.startsWith('/api/')) return res;
  const logout = await providerLogoutUrl(oidc, consoleUrl);
  const headers = new Headers(res.headers);
  if (!isJson) {
    headers.set('Location', logout);
    return new Response(null, { status: res.status, headers });
  }
  headers.delete('content-length');
  return new Response(JSON.stringify({ url: logout }), { status: res.status, headers });
}

/** For tests: forget the providers' discovery documents. */
export function resetOidcDiscoveryForTests(): void {
  discoveries.clear();
}
