// next-auth (v4) configuration. Personal mode: two ways in, both ending in an IONOS bearer token kept in the encrypted
// cookie; a password is exchanged once for a token through the Auth API and never stored. Portal mode
// (CONSOLE_AUTH=oidc): the company's OpenID provider only (lib/server/auth/oidc.ts); the cookie holds the person
// and their groups, the server's service credential talks to IONOS.
import 'server-only';
import type { NextAuthOptions, User } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { getConfig } from '@/lib/server/config';
import { log } from '@/lib/server/log';
import { newSessionId, revokeSession, sessionCookieName, sessionCookieOptions, type ConsoleUser, type SessionClaims } from '@/lib/server/session';
import { isPlausibleToken, readTokenFacts } from '@/lib/server/auth/ionos-token';
import { exchangePassword, revokeMintedToken, verifyToken } from '@/lib/server/auth/ionos-auth';
import { accountId, addressGroup, signInThrottle, type Reservation, type SignInThrottle } from '@/lib/server/auth/throttle';
import { emitTelemetry } from '@/lib/server/telemetry';
import { SignInError } from '@/lib/server/auth/errors';
import { OIDC_PROVIDER_ID, oidcProvider, portalClaims, portalSignedOut, portalSignInFailed, portalSignInSucceeded } from '@/lib/server/auth/oidc';

type SignInUser = User & { claims: SessionClaims };

const MAX_FIELD = 512;

function clientAddress(headers: Record<string, string | string[] | undefined> | undefined): string {
  const forwarded = headers?.['x-forwarded-for'];
  const value = Array.isArray(forwarded) ? forwarded.at(-1) : forwarded;
  // scripts/server.mjs sets it from the socket; behind a trusted proxy (TRUST_PROXY=true) the last entry is the
  // address that proxy saw. Earlier entries come from the client and are never used.
  return value?.split(',').at(-1)?.trim() || 'unknown';
}

function userFromToken(token: string, fallbackName: string): ConsoleUser {
  const facts = readTokenFacts(token);
  return {
    name: facts.email ?? fallbackName,
    email: facts.email,
    contractNumber: facts.contractNumber,
    role: facts.role,
  };
}

type AttemptFacts = { via: 'password' | 'token'; account: string; address: string };

/** A sign-in refused before the upstream was asked (malformed input): logged and counted like any failure. */
function refuse(facts: AttemptFacts, reason: string): never {
  log.warn({ event: 'signin.failure', ...facts, reason });
  emitTelemetry({ type: 'signin', via: facts.via, outcome: 'failure' });
  throw new SignInError('invalid_credentials');
}

/**
 * Runs `attempt` (the upstream call) only if the throttle reserved it first, in one step with its check (M1).
 * Every outcome is logged with the hashed account and the address group, never the user name or the secret.
 */
export async function throttled<T>(facts: AttemptFacts, attempt: () => Promise<T>, throttle: SignInThrottle = signInThrottle()): Promise<T> {
  let reservation: Reservation;
  try {
    reservation = await throttle.reserve(facts.account, facts.address);
  } catch (error) {
    log.error({ event: 'signin.failure', ...facts, reason: 'session_store_unavailable' });
    emitTelemetry({ type: 'signin', via: facts.via, outcome: 'error' });
    throw error;
  }
  if (!reservation.granted) {
    log.warn({ event: 'signin.throttled', ...facts, rule: reservation.rule, waitSeconds: reservation.waitSeconds });
    emitTelemetry({ type: 'signin', via: facts.via, outcome: 'throttled' });
    throw new SignInError('too_many_attempts');
  }
  let result: T;
  try {
    result = await attempt();
  } catch (error) {
    const reason = error instanceof SignInError ? error.code : 'upstream_unavailable';
    // Only a wrong credential counts; an upstream that could not answer says nothing about the password.
    await reservation.settle(reason === 'invalid_credentials' ? 'failure' : 'void');
    log.warn({ event: 'signin.failure', ...facts, reason });
    const outcome = reason === 'invalid_credentials' ? 'failure' : reason === 'too_many_attempts' ? 'throttled' : 'error';
    emitTelemetry({ type: 'signin', via: facts.via, outcome });
    throw error;
  }
  await reservation.settle('success');
  emitTelemetry({ type: 'signin', via: facts.via, outcome: 'success' });
  return result;
}

function claimsUser(claims: SessionClaims): SignInUser {
  return { id: claims.sid, name: claims.user.name, email: claims.user.email ?? null, claims };
}

const passwordProvider = CredentialsProvider({
  id: 'password',
  name: 'User name and password',
  credentials: { username: { label: 'User name', type: 'text' }, password: { label: 'Password', type: 'password' } },
  async authorize(credentials, req) {
    const username = String(credentials?.username ?? '').trim();
    const password = String(credentials?.password ?? '');
    const attempt: AttemptFacts = {
      via: 'password',
      account: accountId('password', username.toLowerCase()),
      address: addressGroup(clientAddress(req?.headers)),
    };
    if (!username || !password || username.length > MAX_FIELD || password.length > MAX_FIELD) refuse(attempt, 'malformed');
    const token = await throttled(attempt, () => exchangePassword(username, password));
    const facts = readTokenFacts(token);
    const claims: SessionClaims = {
      sid: newSessionId(),
      via: 'password',
      user: { ...userFromToken(token, username), name: facts.email ?? username, email: facts.email ?? username },
      cred: token,
      minted: true,
      authTime: Math.floor(Date.now() / 1000),
      credExp: facts.exp,
    };
    log.info({ event: 'signin.success', via: 'password', user: claims.user.email, sid: claims.sid });
    return claimsUser(claims);
  },
});

const tokenProvider = CredentialsProvider({
  id: 'token',
  name: 'API token',
  credentials: { token: { label: 'API token', type: 'password' } },
  async authorize(credentials, req) {
    const token = String(credentials?.token ?? '').trim();
    const facts = readTokenFacts(isPlausibleToken(token) ? token : '');
    // Keyed by the token's id when it has one (one credential, however it is pasted), else by the whole token.
    const attempt: AttemptFacts = {
      via: 'token',
      account: accountId('token', facts.jti ?? token),
      address: addressGroup(clientAddress(req?.headers)),
    };
    if (!isPlausibleToken(token)) refuse(attempt, 'malformed');
    if (facts.exp !== undefined && facts.exp <= Date.now() / 1000) refuse(attempt, 'expired');
    await throttled(attempt, () => verifyToken(token));
    const claims: SessionClaims = {
      sid: newSessionId(),
      via: 'token',
      user: userFromToken(token, 'API token user'),
      cred: token,
      minted: false,
      authTime: Math.floor(Date.now() / 1000),
      credExp: facts.exp,
    };
    log.info({ event: 'signin.success', via: 'token', user: claims.user.email ?? claims.user.name, sid: claims.sid });
    return claimsUser(claims);
  },
});

export function authOptions(): NextAuthOptions {
  const config = getConfig();
  return {
    secret: config.sessionSecret,
    debug: false,
    session: { strategy: 'jwt', maxAge: config.sessionIdleSeconds },
    jwt: { maxAge: config.sessionIdleSeconds },
    // next-auth's built-in HTML pages are never shown: GET /api/auth/signout (its frameable "are you sure" form)
    // goes to the console's sign-in page; the console signs out with a POST (components/console/sign-out-button.tsx).
    pages: { signIn: '/signin', error: '/signin', signOut: '/signin' },
    cookies: { sessionToken: { name: sessionCookieName(), options: sessionCookieOptions() } },
    // Portal mode offers the provider only: no IONOS password or token is ever asked for.
    providers: config.portal ? [oidcProvider(config.portal.oidc)] : [passwordProvider, tokenProvider],
    callbacks: {
      async jwt({ token, user, account, profile }) {
        // Portal sign-in: the claims are built from the provider's ID token, once.
        if (config.portal && account?.provider === OIDC_PROVIDER_ID && profile) {
          const claims = portalClaims(profile, config.portal.oidc.groupsClaim);
          await portalSignInSucceeded(claims);
          return { ...claims };
        }
        // On sign-in the cookie gets exactly the claims authorize() built; afterwards it is kept as it is.
        if (user && 'claims' in user) return { ...(user as SignInUser).claims };
        return token;
      },
      async session({ session, token }) {
        // What /api/auth/session shows the browser: the person, never the credential.
        const claims = token as unknown as Partial<SessionClaims>;
        return { expires: session.expires, user: { name: claims.user?.name ?? null, email: claims.user?.email ?? null } };
      },
    },
    events: {
      async signOut({ token }) {
        const claims = token as unknown as Partial<SessionClaims>;
        if (typeof claims.sid !== 'string' || typeof claims.authTime !== 'number') return;
        await revokeSession({ sid: claims.sid, expiresAt: claims.authTime + config.sessionMaxSeconds });
        if (claims.minted && typeof claims.cred === 'string') await revokeMintedToken(claims.cred);
        log.info({ event: 'signout', user: claims.user?.email ?? claims.user?.name, sid: claims.sid });
        if (claims.via === 'oidc') await portalSignedOut(claims as SessionClaims);
        // The browser then goes on to the provider's logout (route-guard.ts, withProviderLogout).
      },
    },
    logger: {
      // next-auth's own messages may carry request details; keep only the code and message.
      error(code, metadata) {
        // Portal sign-in refused (the sign-in page then says so, /signin?error=): the provider could not be reached
        // (SIGNIN_OAUTH_ERROR), it sent an error back or its answer failed the checks (OAUTH_CALLBACK_ERROR), or the
        // claims could not be made (OAUTH_CALLBACK_HANDLER_ERROR with the Error itself). The handler error with a plain
        // object is the provider's error, about to be reported again as OAUTH_CALLBACK_ERROR: counted once.
        if (code === 'SIGNIN_OAUTH_ERROR' || code === 'OAUTH_CALLBACK_ERROR' || code === 'OAUTH_CALLBACK_HANDLER_ERROR') {
          if (code === 'OAUTH_CALLBACK_HANDLER_ERROR' && !(metadata instanceof Error)) return;
          const error = metadata instanceof Error ? metadata : (metadata as { error?: unknown } | undefined)?.error;
          portalSignInFailed(code === 'SIGNIN_OAUTH_ERROR' ? 'signin' : 'callback', error);
          return;
        }
        log.error({ event: 'next-auth.error', code, message: metadata instanceof Error ? metadata.message : undefined });
      },
      warn(code) {
        log.warn({ event: 'next-auth.warn', code });
      },
      debug() {},
    },
  };
}
