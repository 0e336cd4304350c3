// Credentials of the sandbox: HTTP Basic with the demo users, and JWTs shaped like the IONOS
// Auth API's (HS256, signed with a per-sandbox secret, so tokens of one instance fail on another).
import { createHash, createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { Now } from '@/lib/sandbox/clock';
import { findUserByEmail, findUserByUuid, type SandboxUser } from '@/lib/sandbox/users';

/** The Auth API's default: a token lives for one year unless `ttl` asks for less. */
export const DEFAULT_TOKEN_TTL_SECONDS = 365 * 24 * 3600;
export const TOKEN_ISSUER = 'ionoscloud';

export interface TokenClaims {
  iss: string;
  iat: number;
  exp: number;
  jti: string;
  identity: {
    uuid: string;
    contractNumber: number;
    role: 'owner' | 'user';
    privileges: string[];
    email: string;
  };
}

export interface IssuedToken {
  id: string;
  userUuid: string;
  iat: number;
  exp: number;
}

export type AuthResult =
  | { ok: true; user: SandboxUser; via: 'basic' }
  | { ok: true; user: SandboxUser; via: 'bearer'; claims: TokenClaims }
  | { ok: false; message: string };

const b64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');

export function createTokenService(now: Now, secret: string = randomBytes(32).toString('hex')) {
  const kid = createHash('sha256').update(secret).digest('hex').slice(0, 16);
  const issued = new Map<string, IssuedToken>();
  const revoked = new Set<string>();
  const sign = (input: string) => createHmac('sha256', secret).update(input).digest();
  const seconds = () => Math.floor(now() / 1000);

  function issue(user: SandboxUser, ttlSeconds = DEFAULT_TOKEN_TTL_SECONDS): { token: string; claims: TokenClaims } {
    const iat = seconds();
    const claims: TokenClaims = {
      iss: TOKEN_ISSUER,
      iat,
      exp: iat + ttlSeconds,
      jti: randomUUID(),
      identity: {
        uuid: user.uuid,
        contractNumber: user.contractNumber,
        role: user.role,
        privileges: [...user.privileges],
        email: user.email,
      },
    };
    const head = `${b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT', kid }))}.${b64url(JSON.stringify(claims))}`;
    issued.set(claims.jti, { id: claims.jti, userUuid: user.uuid, iat, exp: claims.exp });
    return { token: `${head}.${b64url(sign(head))}`, claims };
  }

  function verify(token: string): { claims: TokenClaims; user: SandboxUser } | { error: string } {
    const [head, body, signature] = token.split('.');
    if (!head || !body || !signature || token.split('.').length !== 3) return { error: 'The token is malformed.' };
    const expected = sign(`${head}.${body}`);
    const given = Buffer.from(signature, 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      return { error: 'The token signature is invalid.' };
    }
    let claims: TokenClaims;
    try {
      const header = JSON.parse(Buffer.from(head, 'base64url').toString()) as { alg?: string };
      if (header.alg !== 'HS256') return { error: 'The token algorithm is not accepted.' };
      claims = JSON.parse(Buffer.from(body, 'base64url').toString()) as TokenClaims;
    } catch {
      return { error: 'The token is malformed.' };
    }
    if (revoked.has(claims.jti)) return { error: 'The token has been revoked.' };
    if (typeof claims.exp !== 'number' || claims.exp <= seconds()) return { error: 'The token has expired.' };
    const user = findUserByUuid(claims.identity?.uuid ?? '');
    if (!user) return { error: 'The token names an unknown user.' };
    return { claims, user };
  }

  /** Live tokens of a user (neither revoked nor expired), oldest first. */
  function list(userUuid: string): IssuedToken[] {
    return [...issued.values()].filter((t) => t.userUuid === userUuid && !revoked.has(t.id) && t.exp > seconds());
  }

  function revoke(id: string): void {
    revoked.add(id);
  }

  return { kid, issue, verify, list, revoke };
}

export type TokenService = ReturnType<typeof createTokenService>;

/** Reads `Authorization` (Basic or Bearer); answers the user or why the credentials fail. */
export function authenticate(request: Request, tokens: TokenService): AuthResult {
  const header = request.headers.get('authorization');
  if (!header) return { ok: false, message: 'Authentication is required: send Basic credentials or a Bearer token.' };
  const [scheme, value = ''] = header.trim().split(/\s+/, 2);
  if (scheme?.toLowerCase() === 'basic') {
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    const user = colon > 0 ? findUserByEmail(decoded.slice(0, colon)) : undefined;
    if (!user || user.password !== decoded.slice(colon + 1)) return { ok: false, message: 'The user name or password is wrong.' };
    return { ok: true, user, via: 'basic' };
  }
  if (scheme?.toLowerCase() === 'bearer') {
    const result = tokens.verify(value);
    if ('error' in result) return { ok: false, message: result.error };
    return { ok: true, user: result.user, via: 'bearer', claims: result.claims };
  }
  return { ok: false, message: `The authorization scheme '${scheme}' is not supported.` };
}
