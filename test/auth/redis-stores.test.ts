// The shared stores against a real redis-server started here (Debian package `redis-server`): two clients stand
// for two console instances. Also: REDIS_URL selects them, and an unreachable Redis fails closed (503, never 500).
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import * as clusters from '@/app/api/dataplatform/clusters/route';
import { ApiError } from '@/lib/server/errors';
import { readConfig, resetConfigForTests } from '@/lib/server/config';
import { createSessionCookieForTests, readSessionCookie, revokeSession } from '@/lib/server/session';
import { revocationStore } from '@/lib/server/auth/revocation';
import { signInThrottle } from '@/lib/server/auth/throttle';
import {
  createRedisClient,
  redisRevocationStore,
  redisSignInThrottle,
  SharedStoreUnavailableError,
} from '@/lib/server/auth/redis-stores';
import { apiRequest, ctx, expectError, setEnv, setupBff } from '../bff/harness';

const REDIS_SERVER = process.env.REDIS_SERVER || '/usr/bin/redis-server';
const LIMITS = { perAccount: 3, perAddress: 5, windowSeconds: 60 };

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

async function startRedis(port: number): Promise<ChildProcess> {
  const child = spawn(REDIS_SERVER, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`redis-server did not start within 10 s:\n${output}`)), 10_000);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`Cannot run ${REDIS_SERVER} (${error.message}). Install Debian's package: apt-get install -y redis-server`));
    });
    child.on('exit', (code) => reject(new Error(`redis-server exited (${code}):\n${output}`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  return child;
}

let server: ChildProcess | undefined;
let url = '';
let deadUrl = '';
const clients: Redis[] = [];
const client = (target = url) => {
  const redis = createRedisClient(target);
  clients.push(redis);
  return redis;
};

beforeAll(async () => {
  const port = await freePort();
  server = await startRedis(port);
  url = `redis://127.0.0.1:${port}`;
  deadUrl = `redis://127.0.0.1:${await freePort()}`;
});

afterAll(async () => {
  for (const redis of clients) redis.disconnect();
  (globalThis as { __consoleRedis?: { client: Redis } }).__consoleRedis?.client.disconnect();
  server?.kill('SIGTERM');
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
  it('counts failures across instances per account, releases after the window, and stores no e-mail address', async () => {
    let t = 1_000_000;
    const [a, b] = [redisSignInThrottle(client(), LIMITS, () => t), redisSignInThrottle(client(), LIMITS, () => t)];
    const account = `throttle-${Date.now()}@x.test`;
    await a.recordFailure(account, '10.0.0.1');
    await b.recordFailure(account, '10.0.0.2');
    expect(await a.blockedFor(account, '10.0.0.9')).toBe(0);
    t += 1;
    await a.recordFailure(account, '10.0.0.3');
    expect(await b.blockedFor(account, '10.0.0.9')).toBe(59);
    expect(await a.blockedFor(account, '10.0.0.9')).toBe(59);
    expect(await a.blockedFor(`other-${account}`, '10.0.0.9')).toBe(0);
    t += 60;
    expect(await b.blockedFor(account, '10.0.0.9')).toBe(0);
    expect(await client().keys(`*${account}*`)).toEqual([]);
  });

  it('blocks an address that tries many accounts, on every instance', async () => {
    const [a, b] = [redisSignInThrottle(client(), LIMITS), redisSignInThrottle(client(), LIMITS)];
    for (let i = 0; i < 5; i++) await (i % 2 ? a : b).recordFailure(`spray-${i}-${Date.now()}@x.test`, '192.0.2.7');
    expect(await a.blockedFor('new@x.test', '192.0.2.7')).toBeGreaterThan(0);
    expect(await b.blockedFor('new@x.test', '192.0.2.8')).toBe(0);
  });

  it('forgets an account’s failures after a success on another instance', async () => {
    const [a, b] = [redisSignInThrottle(client(), LIMITS), redisSignInThrottle(client(), LIMITS)];
    const account = `reset-${Date.now()}@x.test`;
    for (let i = 0; i < 3; i++) await a.recordFailure(account, '198.51.100.1');
    expect(await a.blockedFor(account, '198.51.100.2')).toBeGreaterThan(0);
    await b.recordSuccess(account);
    expect(await a.blockedFor(account, '198.51.100.2')).toBe(0);
  });
});

describe('an unreachable Redis fails closed', () => {
  it('a revocation check throws a 503 ApiError quickly; a revocation still holds on this instance', async () => {
    const store = redisRevocationStore(client(deadUrl));
    const started = Date.now();
    const check = await store.isRevoked('sid-x').catch((error: unknown) => error);
    expect(check).toBeInstanceOf(ApiError);
    expect((check as ApiError).status).toBe(503);
    expect((check as ApiError).errorCode).toBe('session_store_unavailable');
    expect(Date.now() - started).toBeLessThan(3_000);
    await expect(store.revoke('sid-y', Date.now() / 1000 + 60)).resolves.toBeUndefined();
    expect(await store.isRevoked('sid-y')).toBe(true);
  });

  it('a sign-in cannot be checked, so it is refused; clearing failures after a success does not throw', async () => {
    const throttle = redisSignInThrottle(client(deadUrl), LIMITS);
    await expect(throttle.blockedFor('a@x.test', '127.0.0.1')).rejects.toBeInstanceOf(SharedStoreUnavailableError);
    await expect(throttle.recordFailure('a@x.test', '127.0.0.1')).rejects.toThrow('session_store_unavailable');
    await expect(throttle.recordSuccess('a@x.test')).resolves.toBeUndefined();
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
    await signInThrottle().recordFailure(`wired-${Date.now()}@x.test`, '203.0.113.9');
    expect((await client().keys('console:signin:*')).length).toBe(before + 2);
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
