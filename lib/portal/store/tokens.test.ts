import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/portal/db/types';
import { hashTokenSecret, sqlTokenStore } from '@/lib/portal/store/tokens';
import type { TokenStore } from '@/lib/portal/store/types';
import { DIALECTS, openTestDb } from '@/test/support/databases';

const cy = { sub: 'sub-cy', email: 'cy@portal.test' };
const ben = { sub: 'sub-ben', email: 'ben@portal.test' };
const T0 = Date.parse('2026-12-01T10:00:00.000Z');

describe.each(DIALECTS)('the token store on %s', (dialect) => {
  let db: Db;
  let store: TokenStore;
  let now: number;
  beforeEach(async () => {
    db = await openTestDb(dialect);
    now = T0;
    store = sqlTokenStore(db, { now: () => new Date(now) });
  });
  afterEach(() => db.close());

  const inDays = (days: number) => new Date(T0 + days * 86_400_000).toISOString();

  it('creates a dpc_ secret of 32 random bytes, and stores only its SHA-256', async () => {
    const { secret, token } = await store.create({ owner: cy, name: 'ci', teams: ['analytics'], expiresAt: inDays(30) });
    expect(secret).toMatch(/^dpc_[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(secret.slice(4), 'base64url')).toHaveLength(32);
    expect(token).toMatchObject({ owner: cy, name: 'ci', teams: ['analytics'], expiresAt: inDays(30), lastUsedAt: null, revokedAt: null });
    const raw = await db.all<Record<string, unknown>>('SELECT * FROM access_tokens');
    expect(raw).toHaveLength(1);
    const stored = JSON.stringify(raw);
    expect(stored).not.toContain(secret);
    expect(stored).not.toContain(secret.slice(4));
    expect(raw[0]!.secret_hash).toBe(hashTokenSecret(secret));
    const other = await store.create({ owner: cy, name: 'ci', teams: ['analytics'], expiresAt: inDays(30) });
    expect(other.secret).not.toBe(secret);
  });

  it('authenticates the secret and records the last use at most once a minute', async () => {
    const { secret, token } = await store.create({ owner: cy, name: 'ci', teams: ['analytics', 'streaming'], expiresAt: inDays(30) });
    now = T0 + 1000;
    expect(await store.authenticate(secret)).toEqual({ ...token, lastUsedAt: new Date(T0 + 1000).toISOString() });
    now = T0 + 30_000;
    expect((await store.authenticate(secret))?.lastUsedAt).toBe(new Date(T0 + 1000).toISOString());
    expect((await store.list(cy.sub))[0]!.lastUsedAt).toBe(new Date(T0 + 1000).toISOString());
    now = T0 + 61_000;
    expect((await store.authenticate(secret))?.lastUsedAt).toBe(new Date(T0 + 61_000).toISOString());
    expect((await store.list(cy.sub))[0]!.lastUsedAt).toBe(new Date(T0 + 61_000).toISOString());
  });

  it('refuses unknown, malformed, expired and revoked secrets', async () => {
    const { secret, token } = await store.create({ owner: cy, name: 'ci', teams: ['analytics'], expiresAt: inDays(1) });
    expect(await store.authenticate(`dpc_${'A'.repeat(43)}`)).toBeNull();
    expect(await store.authenticate(secret.slice(4))).toBeNull();
    expect(await store.authenticate(`${secret}x`)).toBeNull();
    expect(await store.authenticate(hashTokenSecret(secret))).toBeNull();
    now = T0 + 86_400_000;
    expect(await store.authenticate(secret)).toBeNull();
    now = T0;
    expect(await store.authenticate(secret)).not.toBeNull();
    now = T0 + 5000;
    const revoked = await store.revoke(token.id, cy.sub);
    expect(revoked?.revokedAt).toBe(new Date(T0 + 5000).toISOString());
    expect(await store.authenticate(secret)).toBeNull();
  });

  it("revokes only the owner's token, once", async () => {
    const { token } = await store.create({ owner: cy, name: 'ci', teams: ['analytics'], expiresAt: inDays(10) });
    expect(await store.revoke(token.id, ben.sub)).toBeNull();
    expect(await store.revoke('00000000-0000-4000-8000-000000000000', cy.sub)).toBeNull();
    expect((await store.list(cy.sub))[0]!.revokedAt).toBeNull();
    now = T0 + 1000;
    const first = await store.revoke(token.id, cy.sub);
    now = T0 + 2000;
    expect(await store.revoke(token.id, cy.sub)).toEqual(first);
  });

  it("lists the owner's tokens newest first, revoked and expired ones included", async () => {
    const first = await store.create({ owner: cy, name: 'one', teams: ['analytics'], expiresAt: inDays(1) });
    now = T0 + 1000;
    const second = await store.create({ owner: cy, name: 'two', teams: [], expiresAt: inDays(2) });
    await store.create({ owner: ben, name: 'bens', teams: ['analytics'], expiresAt: inDays(2) });
    await store.revoke(first.token.id, cy.sub);
    now = T0 + 3 * 86_400_000;
    const listed = await store.list(cy.sub);
    expect(listed.map((token) => token.name)).toEqual(['two', 'one']);
    expect(listed[0]).toEqual(second.token);
    expect(listed[1]!.revokedAt).not.toBeNull();
    expect(await store.list('nobody')).toEqual([]);
  });
});
