// next-auth (v4) configuration: two ways in, both ending in an IONOS bearer token kept in the encrypted cookie.
// A password is exchanged once for a token through the Auth API and never stored.
import 'server-only';
import type { NextAuthOptions, User } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { getConfig } from '@/lib/server/config';
import { log } from '@/lib/server/log';
import {
  newSessionId,
  revokeSession,
  sessionCookieName,
  sessionCookieOptions,
  type ConsoleUser,
  type SessionClaims,
} from '@/lib/server/session';
import { isPlausibleToken, readTokenFacts } from '@/lib/server/auth/ionos-token';
import { exchangePassword, revokeMintedToken, verifyToken } from '@/lib/server/auth/ionos-auth';
import { signInThrottle } from '@/lib/server/auth/throttle';
import { SignInError } from '@/lib/server/auth/errors';

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

async function throttled<T>(account: string, address: string, attempt: () => Promise<T>): Promise<T> {
  const throttle = signInThrottle();
  const wait = await throttle.blockedFor(account, address);
  if (wait > 0) {
    log.warn({ event: 'signin.throttled', account, address, waitSeconds: wait });
    throw new SignInError('too_many_attempts');
  }
  try {
    const result = await attempt();
    await throttle.recordSuccess(account);
    return result;
  } catch (error) {
    if (error instanceof SignInError && error.code === 'invalid_credentials') await throttle.recordFailure(account, address);
    throw error;
  }
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
    if (!username || !password || username.length > MAX_FIELD || password.length > MAX_FIELD) {
      throw new SignInError('invalid_credentials');
    }
    const address = clientAddress(req?.headers);
    const account = username.toLowerCase();
    const token = await throttled(account, address, () => exchangePassword(username, password));
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
    if (!isPlausibleToken(token)) throw new SignInError('invalid_credentials');
    const facts = readTokenFacts(token);
    if (facts.exp !== undefined && facts.exp <= Date.now() / 1000) throw new SignInError('invalid_credentials');
    const address = clientAddress(req?.headers);
    await throttled(`token:${facts.jti ?? token.slice(-16)}`, address, () => verifyToken(token));
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
    providers: [passwordProvider, tokenProvider],
    callbacks: {
      async jwt({ token, user }) {
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
      },
    },
    logger: {
      // next-auth's own messages may carry request details; keep only the code and message.
      error(code, metadata) {
        log.error({ event: 'next-auth.error', code, message: metadata instanceof Error ? metadata.message : undefined });
      },
      warn(code) {
        log.warn({ event: 'next-auth.warn', code });
      },
      debug() {},
    },
  };
}
