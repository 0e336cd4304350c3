// The console session: an encrypted (JWE, A256GCM), httpOnly cookie issued by next-auth.
// Route handlers and server components read it here, each for itself (proxy.ts is only a first filter).
// This module is the one seam that knows where the upstream credential comes from.
import 'server-only';
import { randomUUID } from 'node:crypto';
import { cookies } from 'next/headers';
import type { NextRequest } from 'next/server';
import { getConfig } from '@/lib/server/config';
import { revocationStore } from '@/lib/server/auth/revocation';
import { decodeSessionToken, encodeSessionToken } from '@/lib/server/auth/session-token';
import { log } from '@/lib/server/log';

export type ConsoleUser = { name: string; email?: string; contractNumber?: string; role?: string; sub?: string };

/** How the person signed in: their IONOS password or token (personal mode), or the company's OpenID provider (portal mode). */
export type SignInVia = 'password' | 'token' | 'oidc';

export type ConsoleSession = {
  sid: string;
  via: SignInVia;
  user: ConsoleUser;
  /** Portal mode: the identity provider's groups at sign-in (roles are derived from them and the teams file per request). */
  groups: readonly string[];
  /** Epoch seconds after which the session ends whatever the activity (absolute lifetime). */
  expiresAt: number;
  /** Portal mode: the request came with a personal access token (its id), not a session cookie. */
  accessTokenId?: string;
};

/** What the encrypted cookie holds. Only this module reads `cred`. */
export type SessionClaims = {
  sid: string;
  via: SignInVia;
  user: ConsoleUser;
  /** Portal mode: the identity provider's groups. */
  groups?: string[];
  /** The IONOS bearer token; empty in portal mode (the server's service credential is used). */
  cred: string;
  /** The console minted the token from a password and revokes it at sign-out. */
  minted: boolean;
  /** Epoch seconds: sign-in time, and the IONOS token's own expiry when it has one. */
  authTime: number;
  credExp?: number;
};

const credentials = new WeakMap<ConsoleSession, SessionClaims & { iat?: number }>();
const REFRESH_AFTER_SECONDS = 60;
const nowSeconds = () => Math.floor(Date.now() / 1000);

export function sessionCookieName(): string {
  return getConfig().secureCookies ? '__Host-console-session' : 'console-session';
}

export function sessionCookieOptions() {
  return { httpOnly: true, sameSite: 'lax' as const, path: '/', secure: getConfig().secureCookies };
}

export function newSessionId(): string {
  return randomUUID();
}

function isClaims(value: unknown): value is SessionClaims & { iat?: unknown } {
  const v = value as Partial<SessionClaims> | null;
  return (
    !!v &&
    typeof v.sid === 'string' &&
    (v.via === 'password' || v.via === 'token' || v.via === 'oidc') &&
    (v.groups === undefined || (Array.isArray(v.groups) && v.groups.every((g) => typeof g === 'string'))) &&
    typeof v.cred === 'string' &&
    typeof v.authTime === 'number' &&
    typeof v.user === 'object' &&
    v.user !== null &&
    typeof v.user.name === 'string'
  );
}

/**
 * Decrypts and checks a cookie value; null for anything forged, truncated, expired or revoked. A bad cookie never
 * throws; only an unreachable shared session store does (a 503 HttpError), since revocation cannot be checked.
 */
export async function readSessionCookie(value: string | undefined): Promise<ConsoleSession | null> {
  if (!value) return null;
  const config = getConfig();
  const claims = decodeSessionToken(value, config.sessionSecret);
  if (!isClaims(claims)) return null;
  const now = nowSeconds();
  const expiresAt = claims.authTime + config.sessionMaxSeconds;
  if (now >= expiresAt) return null;
  if (claims.credExp !== undefined && now >= claims.credExp) return null;
  // A cookie of the other mode (personal ↔ portal after a restart with another CONSOLE_AUTH) is no session here.
  if ((claims.via === 'oidc') !== (config.auth === 'oidc')) return null;
  if (await revocationStore().isRevoked(claims.sid)) return null;
  const session: ConsoleSession = { sid: claims.sid, via: claims.via, user: claims.user, groups: claims.groups ?? [], expiresAt };
  const { sid, via, user, groups, cred, minted, authTime, credExp } = claims;
  credentials.set(session, { sid, via, user, groups, cred, minted, authTime, credExp, iat: typeof claims.iat === 'number' ? claims.iat : undefined });
  return session;
}

/** The session of a route handler's request. */
export async function getRequestSession(req: NextRequest): Promise<ConsoleSession | null> {
  return readSessionCookie(req.cookies.get(sessionCookieName())?.value);
}

/**
 * The session of a server component's request (no credential is exposed). When revocation cannot be checked the
 * page fails closed: no session, so the user meets the sign-in page and its "try again in a moment" message.
 */
export async function getPageSession(): Promise<ConsoleSession | null> {
  const jar = await cookies();
  try {
    return await readSessionCookie(jar.get(sessionCookieName())?.value);
  } catch (error) {
    log.warn({ event: 'session.store-unavailable', message: error instanceof Error ? error.message : 'unknown' });
    return null;
  }
}

/**
 * The Authorization header for IONOS calls made on behalf of this session: the user's own token in personal mode,
 * the server's service credential in portal mode (the person has no IONOS account; the BFF has checked their role).
 */
export function upstreamAuthorization(session: ConsoleSession): string {
  const claims = credentials.get(session);
  if (!claims) throw new Error('upstreamAuthorization() needs a session read by this module.');
  if (claims.via === 'oidc') {
    const portal = getConfig().portal;
    if (!portal) throw new Error('A portal session outside portal mode.');
    return portal.serviceAuthorization;
  }
  return `Bearer ${claims.cred}`;
}

/**
 * A request that came with a portal personal access token instead of a cookie: the token's owner, calling upstream
 * with the service credential like every portal request. Nothing to refresh or revoke (lib/server/portal/guard.ts).
 */
export function accessTokenSession(token: { id: string; owner: { sub: string; email: string }; expiresAt: string }): ConsoleSession {
  const user: ConsoleUser = { name: token.owner.email, email: token.owner.email, sub: token.owner.sub };
  const expiresAt = Math.floor(Date.parse(token.expiresAt) / 1000);
  const session: ConsoleSession = { sid: `token:${token.id}`, via: 'oidc', user, groups: [], expiresAt, accessTokenId: token.id };
  credentials.set(session, { sid: session.sid, via: 'oidc', user, cred: '', minted: false, authTime: nowSeconds() });
  return session;
}

/** Ends a session server-side (sign-out, or the upstream no longer accepts its credential). */
export async function revokeSession(session: Pick<ConsoleSession, 'sid' | 'expiresAt'>): Promise<void> {
  await revocationStore().revoke(session.sid, session.expiresAt);
}

export async function encodeSessionClaims(claims: SessionClaims): Promise<string> {
  const config = getConfig();
  const remaining = Math.min(config.sessionIdleSeconds, claims.authTime + config.sessionMaxSeconds - nowSeconds());
  const { sid, via, user, groups, cred, minted, authTime, credExp } = claims;
  const token = {
    sid,
    via,
    user,
    cred,
    minted,
    authTime,
    ...(groups === undefined ? {} : { groups }),
    ...(credExp === undefined ? {} : { credExp }),
  };
  return encodeSessionToken(token, config.sessionSecret, Math.max(remaining, 1));
}

/**
 * Slides the idle timeout: after a minute of use the cookie is re-issued with a fresh expiry, never past the
 * absolute lifetime. Call on successful authenticated answers.
 */
export async function applySessionRefresh(res: Response, session: ConsoleSession): Promise<void> {
  const claims = credentials.get(session);
  if (!claims || session.accessTokenId || nowSeconds() - (claims.iat ?? 0) < REFRESH_AFTER_SECONDS) return;
  const value = await encodeSessionClaims(claims);
  const { httpOnly, sameSite, path, secure } = sessionCookieOptions();
  const maxAge = Math.max(1, Math.min(getConfig().sessionIdleSeconds, session.expiresAt - nowSeconds()));
  const attributes = [
    `Path=${path}`,
    `Max-Age=${maxAge}`,
    httpOnly && 'HttpOnly',
    `SameSite=${sameSite === 'lax' ? 'Lax' : 'Strict'}`,
    secure && 'Secure',
  ];
  res.headers.append('Set-Cookie', `${sessionCookieName()}=${value}; ${attributes.filter(Boolean).join('; ')}`);
}

/** Tells the browser to drop the session cookie (the session was ended server-side). */
export function clearSessionCookie(res: Response): void {
  const { path, secure } = sessionCookieOptions();
  res.headers.append('Set-Cookie', `${sessionCookieName()}=; Path=${path}; Max-Age=0; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`);
}

/** Test helper: a valid session cookie for the given IONOS token (or, with via 'oidc' and groups, a portal session). */
export async function createSessionCookieForTests(input: {
  token: string;
  user?: ConsoleUser;
  via?: SignInVia;
  groups?: string[];
  authTime?: number;
  sid?: string;
}): Promise<{ name: string; value: string; sid: string }> {
  const sid = input.sid ?? newSessionId();
  const value = await encodeSessionClaims({
    sid,
    via: input.via ?? 'token',
    user: input.user ?? { name: 'test@sandbox.test', email: 'test@sandbox.test' },
    ...(input.groups ? { groups: input.groups } : {}),
    cred: input.token,
    minted: false,
    authTime: input.authTime ?? nowSeconds(),
  });
  return { name: sessionCookieName(), value, sid };
}
