// The session cookie's encryption, in the format next-auth v4 writes and reads (its `next-auth/jwt` encode and
// decode): a compact JWE, `alg: dir`, `enc: A256GCM`, with a key derived from NEXTAUTH_SECRET by HKDF-SHA256. Both
// sides interoperate: next-auth issues the cookie at sign-in and reads it for /api/auth/session; the BFF reads it on
// every request.
//
// Why not next-auth's functions: they derive the key again on every call and go through WebCrypto, which runs on
// libuv's thread pool (four threads shared with DNS and file I/O): two thread-pool round trips per request, a queue
// under load. Here the key is derived once per secret and AES-GCM runs synchronously (a cookie is a few hundred
// bytes: microseconds).
import 'server-only';
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes, randomUUID } from 'node:crypto';

/** next-auth's `jwt.decode` clock tolerance for `exp` and `nbf` (seconds). */
const CLOCK_TOLERANCE_SECONDS = 15;
const HEADER = Buffer.from(JSON.stringify({ alg: 'dir', enc: 'A256GCM' })).toString('base64url');
const IV_BYTES = 12;
const TAG_BYTES = 16;
const B64URL = /^[A-Za-z0-9_-]*$/;

export type SessionTokenClaims = Record<string, unknown>;

let derived: { secret: string; key: Buffer } | undefined;

/** next-auth's key: HKDF-SHA256 of the secret, empty salt, its fixed info string, 32 bytes. Derived once per secret. */
export function sessionEncryptionKey(secret: string): Buffer {
  if (derived?.secret !== secret) {
    derived = { secret, key: Buffer.from(hkdfSync('sha256', secret, '', 'NextAuth.js Generated Encryption Key', 32)) };
  }
  return derived.key;
}

const nowSeconds = () => Math.floor(Date.now() / 1000);

/** Encrypts `claims` with `iat`, `exp` (now + maxAge) and a fresh `jti`, as next-auth's `encode` does. */
export function encodeSessionToken(claims: SessionTokenClaims, secret: string, maxAgeSeconds: number): string {
  const now = nowSeconds();
  const payload = JSON.stringify({ ...claims, iat: now, exp: now + maxAgeSeconds, jti: randomUUID() });
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', sessionEncryptionKey(secret), iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(HEADER, 'ascii'));
  const ciphertext = Buffer.concat([cipher.update(payload, 'utf8'), cipher.final()]);
  return `${HEADER}..${iv.toString('base64url')}.${ciphertext.toString('base64url')}.${cipher.getAuthTag().toString('base64url')}`;
}

function protectedHeaderOk(encoded: string): boolean {
  if (encoded === HEADER) return true;
  // Another serialisation of the same header (key order, spacing) is still a valid JWE; anything more is refused.
  try {
    const header: unknown = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'));
    if (typeof header !== 'object' || header === null || Array.isArray(header)) return false;
    const { alg, enc, ...rest } = header as Record<string, unknown>;
    return alg === 'dir' && enc === 'A256GCM' && Object.keys(rest).length === 0;
  } catch {
    return false;
  }
}

/**
 * The claims of a token this secret encrypted, or null for anything else: malformed, forged, another key, or past
 * `exp` / before `nbf` (with next-auth's 15 s tolerance). Never throws.
 */
export function decodeSessionToken(token: string, secret: string): SessionTokenClaims | null {
  const parts = token.split('.');
  if (parts.length !== 5) return null;
  const [header = '', encryptedKey, ivText = '', ciphertextText = '', tagText = ''] = parts;
  if (encryptedKey !== '' || !parts.every((part) => B64URL.test(part)) || !protectedHeaderOk(header)) return null;
  const iv = Buffer.from(ivText, 'base64url');
  const tag = Buffer.from(tagText, 'base64url');
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) return null;
  let plaintext: string;
  try {
    const decipher = createDecipheriv('aes-256-gcm', sessionEncryptionKey(secret), iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(header, 'ascii'));
    decipher.setAuthTag(tag);
    plaintext = Buffer.concat([decipher.update(Buffer.from(ciphertextText, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
  let claims: unknown;
  try {
    claims = JSON.parse(plaintext);
  } catch {
    return null;
  }
  if (typeof claims !== 'object' || claims === null || Array.isArray(claims)) return null;
  const { exp, nbf, iat } = claims as SessionTokenClaims;
  const now = nowSeconds();
  if (iat !== undefined && typeof iat !== 'number') return null;
  if (nbf !== undefined && (typeof nbf !== 'number' || nbf > now + CLOCK_TOLERANCE_SECONDS)) return null;
  if (exp !== undefined && (typeof exp !== 'number' || exp <= now - CLOCK_TOLERANCE_SECONDS)) return null;
  return claims as SessionTokenClaims;
}
