// The shared stores against a real redis-server started here (Debian package `redis-server`): two clients stand
// for two console instances. Also: REDIS_URL selects them, and an unreachable Redis fails closed (503, never 500).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import * as clusters from '@/app/api/dataplatform/clusters/route';
import { HttpError } from '@/lib/server/errors';
import { readConfig, resetConfigForTests } from '@/lib/server/config';
import { createSessionCookieForTests, readSessionCookie, revokeSession } from '@/lib/server/session';
import { revocationStore } from '@/lib/server/auth/revocation';
import { DEFAULT_THROTTLE, signInThrottle } from '@/lib/server/auth/throttle';
import { createRedisClient, redisRevocationStore, redisSignInThrottle, SharedStoreUnavailableError } from '@/lib/server/auth/redis-stores';
import { apiRequest, ctx, expectError, setEnv, setupBff } from '../bff/harness';
import { freePort, startRedisServer } from '../support/redis-server';

const POLICY = { ...DEFAULT_THROTTLE, pairFree: 3, addressFree: 5, accountFree: 4 };

let server: Awaited<ReturnType<typeof startRedisServer>> | undefined;
let url = '';
let deadUrl = '';
const clients: Redis[] = [];
const client = (target = url) => {
  const redis = createRedisClient(target);
  clients.push(redis);
  return redis;
};

beforeAll(async () => {
  server = await startRedisServer();
  url = server.url;
  deadUrl = `redis://127.0.0.1:${await freePort()}`;
});

afterAll(async () => {
  for (const redis of clients) redis.disconnect();
  (globalThis as { __consoleRedis?: { client: Redis } }).__consoleRedis?.client.disconnect();
  server?.stop();
});

describe('redis revocation store', () => {
  it('a session revoked on one instance is refused by another, and the key expires with the session', async () => {
    const [a, b] = [redisRevocationStore(client()), redisRevocationStore(client())];
    const until = Math.floor(Date.now() / 1000) + 3600;
    expect(await b.isRevoked('sid-1')).toBe(false);
    await a.revoke('sid-1', until);
    expect(await b.isRevoked('sid-1')).toBe(true);
    expect(await b.isRevoked('sid-2')).toBe(false);
    expect(await client().call('EXPIRETIME', 'console:revoked:sid-1')).toBe(until);
  });

  it('does not store a revocation that has already run out', async () => {
    await redisRevocationStore(client()).revoke('sid-past', Date.now() / 1000 - 5);
    expect(await client().exists('console:revoked:sid-past')).toBe(0);
  });
});

describe('redis sign-in throttle', () => {
  it('counts across instances and stores neither account nor address in a key', async () => {
    const t = 1_000_000;
    const [a, b] = [redisSignInThrottle(client(), POLICY, () => t), redisSignInThrottle(client(), POLICY, () => t)];
    const account = `password:${Date.now().toString(16)}`;
    for (let i = 0; i < 3; i++) expect((await (i % 2 ? a : b).reserve(account, '10.0.0.1')).granted).toBe(true);
    expect(await b.reserve(account, '10.0.0.1')).toMatchObject({ granted: false, rule: 'pair', waitSeconds: 1 });
    expect(await a.reserve(account, '10.0.0.1')).toMatchObject({ granted: false, rule: 'pair', waitSeconds: 1 });
    expect((await a.reserve(`other-${account}`, '10.0.0.1')).granted).toBe(true);
    expect(await client().keys(`*${account}*`)).toEqual([]);
    expect(await client().keys('*10.0.0.1*')).toEqual([]);
  });
});

describe('an unreachable Redis fails closed', () => {
  it('a revocation check throws a 503 HttpError quickly; a revocation still holds on this instance', async () => {
    const store = redisRevocationStore(client(deadUrl));
    const started = Date.now();
    const check = await store.isRevoked('sid-x').catch((error: unknown) => error);
    expect(check).toBeInstanceOf(HttpError);
    expect((check as HttpError).status).toBe(503);
    expect((check as HttpError).errorCode).toBe('session_store_unavailable');
    expect(Date.now() - started).toBeLessThan(3_000);
    await expect(store.revoke('sid-y', Date.now() / 1000 + 60)).resolves.toBeUndefined();
    expect(await store.isRevoked('sid-y')).toBe(true);
  });

  it('a sign-in cannot be checked, so it is refused', async () => {
    const throttle = redisSignInThrottle(client(deadUrl), POLICY);
    await expect(throttle.reserve('password:0123456789abcdef', '127.0.0.1')).rejects.toBeInstanceOf(SharedStoreUnavailableError);
    await expect(throttle.reserve('password:0123456789abcdef', '127.0.0.1')).rejects.toThrow('session_store_unavailable');
  });
});

describe('REDIS_URL', () => {
  const env = (redisUrl?: string) =>
    ({ NEXTAUTH_SECRET: 'unit-test-secret-0123456789abcdef0123456789', ...(redisUrl ? { REDIS_URL: redisUrl } : {}) }) as NodeJS.ProcessEnv;

  it('accepts redis:// and rediss:// and refuses anything else without echoing it', () => {
    expect(readConfig(env()).redisUrl).toBeUndefined();
    expect(readConfig(env('redis://127.0.0.1:6379/0')).redisUrl).toBe('redis://127.0.0.1:6379/0');
    expect(readConfig(env('rediss://user:pw@cache.example:6380')).redisUrl).toBe('rediss://user:pw@cache.example:6380');
    expect(() => readConfig(env('http://cache.example:6379'))).toThrow('REDIS_URL must start with redis:// or rediss://');
    expect(() => readConfig(env('not a url s3cret'))).toThrow(/^REDIS_URL is not a URL \(expected/);
    expect(() => readConfig(env('not a url s3cret'))).not.toThrow(/s3cret/);
  });
});

describe('with REDIS_URL set the console uses Redis', () => {
  const h = setupBff();
  const globals = globalThis as { __consoleRevocations?: unknown; __consoleSignInThrottle?: unknown };
  const select = (redisUrl: string) => {
    setEnv(h.fake, { REDIS_URL: redisUrl });
    delete globals.__consoleRevocations;
    delete globals.__consoleSignInThrottle;
  };
  afterEach(() => {
    setEnv(h.fake, { REDIS_URL: undefined });
    delete globals.__consoleRevocations;
    delete globals.__consoleSignInThrottle;
    resetConfigForTests();
  });

  it('revokes sessions and counts sign-in failures in Redis', async () => {
    select(url);
    const cookie = await createSessionCookieForTests({ token: 'tok-abcdefghijklmnop' });
    const session = await readSessionCookie(cookie.value);
    await revokeSession(session!);
    expect(await client().exists(`console:revoked:${cookie.sid}`)).toBe(1);
    expect(await readSessionCookie(cookie.value)).toBeNull();
    const before = (await client().keys('console:signin:*')).length;
    const reservation = await signInThrottle().reserve(`password:${Date.now().toString(16)}`, '203.0.113.9');
    expect(reservation.granted).toBe(true);
    // pair, address and account
    expect((await client().keys('console:signin:*')).length).toBe(before + 3);
    expect(revocationStore()).toBe(revocationStore());
  });

  it('answers 503 with Retry-After, not 500, while Redis cannot be reached', async () => {
    select(deadUrl);
    const res = await clusters.GET(apiRequest(h, 'GET', '/api/dataplatform/clusters'), ctx({}));
    const body = await expectError(res, 503, 'session_store_unavailable');
    expect(JSON.stringify(body)).not.toMatch(/stack|ECONNREFUSED|at \w+ \(/);
    expect(res.headers.get('retry-after')).toBe('5');
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(h.fake.requests).toHaveLength(0);
  });
});
