// Personal access tokens over the query layer. Only the SHA-256 of a secret is stored: a 256-bit random secret's
// hash cannot be reversed or guessed, so looking the token up by it is safe, and a leaked table yields no token.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Db } from '@/lib/portal/db/types';
import { ACCESS_TOKEN_PREFIX, type AccessToken, type TokenStore } from '@/lib/portal/store/types';

/** last_used_at is written at most this often per token, so authenticating stays a read. */
const LAST_USE_PRECISION_MS = 60_000;
const SECRET_BYTES = 32;
/** `dpc_` + 32 bytes in base64url (43 characters). */
const SECRET_PATTERN = new RegExp(`^${ACCESS_TOKEN_PREFIX}[A-Za-z0-9_-]{43}$`);

type TokenRow = {
  id: string;
  owner_sub: string;
  owner_email: string;
  name: string;
  teams: string;
  created_at: string;
  expires_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
};

const COLUMNS = 'id, owner_sub, owner_email, name, teams, created_at, expires_at, last_used_at, revoked_at';

function fromRow(row: TokenRow): AccessToken {
  return {
    id: row.id,
    owner: { sub: row.owner_sub, email: row.owner_email },
    name: row.name,
    teams: JSON.parse(row.teams) as string[],
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}

export function hashTokenSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function sqlTokenStore(db: Db, { now = () => new Date() }: { now?: () => Date } = {}): TokenStore {
  return {
    async create({ owner, name, teams, expiresAt }) {
      const expires = new Date(expiresAt);
      if (Number.isNaN(expires.getTime())) throw new RangeError('Access token: expiresAt is not a date.');
      const secret = ACCESS_TOKEN_PREFIX + randomBytes(SECRET_BYTES).toString('base64url');
      const token: AccessToken = {
        id: randomUUID(),
        owner: { sub: owner.sub, email: owner.email },
        name,
        teams: [...teams],
        createdAt: now().toISOString(),
        expiresAt: expires.toISOString(),
        lastUsedAt: null,
        revokedAt: null,
      };
      await db.run(`INSERT INTO access_tokens (${COLUMNS}, secret_hash) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?)`, [
        token.id,
        token.owner.sub,
        token.owner.email,
        token.name,
        JSON.stringify(token.teams),
        token.createdAt,
        token.expiresAt,
        hashTokenSecret(secret),
      ]);
      return { secret, token };
    },

    async list(ownerSub) {
      const rows = await db.all<TokenRow>(`SELECT ${COLUMNS} FROM access_tokens WHERE owner_sub = ? ORDER BY created_at DESC, id`, [ownerSub]);
      return rows.map(fromRow);
    },

    async authenticate(secret) {
      if (!SECRET_PATTERN.test(secret)) return null;
      const [row] = await db.all<TokenRow>(`SELECT ${COLUMNS} FROM access_tokens WHERE secret_hash = ?`, [hashTokenSecret(secret)]);
      if (!row) return null;
      const token = fromRow(row);
      const at = now();
      if (token.revokedAt !== null || Date.parse(token.expiresAt) <= at.getTime()) return null;
      if (token.lastUsedAt === null || at.getTime() - Date.parse(token.lastUsedAt) >= LAST_USE_PRECISION_MS) {
        const stale = new Date(at.getTime() - LAST_USE_PRECISION_MS).toISOString();
        // Conditional, so concurrent requests (several instances) write it once.
        await db.run('UPDATE access_tokens SET last_used_at = ? WHERE id = ? AND (last_used_at IS NULL OR last_used_at <= ?)', [
          at.toISOString(),
          token.id,
          stale,
        ]);
        token.lastUsedAt = at.toISOString();
      }
      return token;
    },

    async revoke(id, ownerSub) {
      // Revoking twice keeps the first time; someone else's token is as absent as a missing one.
      await db.run('UPDATE access_tokens SET revoked_at = ? WHERE id = ? AND owner_sub = ? AND revoked_at IS NULL', [
        now().toISOString(),
        id,
        ownerSub,
      ]);
      const [row] = await db.all<TokenRow>(`SELECT ${COLUMNS} FROM access_tokens WHERE id = ? AND owner_sub = ?`, [id, ownerSub]);
      return row ? fromRow(row) : null;
    },
  };
}
