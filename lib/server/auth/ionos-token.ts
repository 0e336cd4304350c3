// Reading what an IONOS token says about its holder. The payload is read without verifying the signature:
// the console never trusts it for access decisions (the upstream does that), only for display and expiry.
import 'server-only';

export type TokenFacts = {
  jti?: string;
  exp?: number;
  email?: string;
  contractNumber?: string;
  role?: string;
};

const TOKEN_PATTERN = /^[A-Za-z0-9._~+/=-]{16,8192}$/;

/** The characters and length a bearer token may have; anything else is refused before it reaches a header. */
export function isPlausibleToken(token: string): boolean {
  return TOKEN_PATTERN.test(token);
}

export function readTokenFacts(token: string): TokenFacts {
  const parts = token.split('.');
  if (parts.length !== 3 || !parts[1]) return {};
  let payload: Record<string, unknown>;
  try {
    payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
  if (!payload || typeof payload !== 'object') return {};
  const identity = (typeof payload.identity === 'object' && payload.identity !== null ? payload.identity : {}) as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' && v.length <= 256 ? v : typeof v === 'number' ? String(v) : undefined);
  return {
    jti: str(payload.jti),
    exp: typeof payload.exp === 'number' ? payload.exp : undefined,
    email: str(identity.email) ?? str(payload.email),
    contractNumber: str(identity.contractNumber),
    role: str(identity.role),
  };
}
