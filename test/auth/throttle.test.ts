// The sign-in throttle's policy, run the same against both stores: in memory and in a real redis-server started
// here. A frozen clock that the tests move: no test depends on how fast this machine is.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Redis } from 'ioredis';
import { DEFAULT_THROTTLE, memorySignInThrottle, type SignInThrottle, type ThrottlePolicy } from '@/lib/server/auth/throttle';
import { createRedisClient, redisSignInThrottle } from '@/lib/server/auth/redis-stores';
import { SignInError } from '@/lib/server/auth/errors';
import { throttled } from '@/lib/server/auth/options';
import { startRedisServer } from '../support/redis-server';

let server: Awaited<ReturnType<typeof startRedisServer>> | undefined;
let redis: Redis | undefined;

beforeAll(async () => {
  server = await startRedisServer();
  redis = createRedisClient(server.url);
});

afterAll(() => {
  redis?.disconnect();
  server?.stop();
});

type Clock = { t: number };
type Make = (policy: ThrottlePolicy, clock: Clock) => SignInThrottle;
const STORES: [string, Make][] = [
  ['memory', (policy, clock) => memorySignInThrottle(policy, { now: () => clock.t })],
  ['redis', (policy, clock) => redisSignInThrottle(redis!, policy, () => clock.t)],
];

// Every test its own accounts and addresses, so the tests share nothing in Redis.
const account = () => `password:${randomUUID().replaceAll('-', '').slice(0, 16)}`;
const address = () => `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

/** One attempt that the upstream answers with "wrong password" (when it is let through). */
async function fail(throttle: SignInThrottle, who: string, from: string) {
  const reservation = await throttle.reserve(who, from);
  if (reservation.granted) await reservation.settle('failure');
  return reservation;
}

describe.each(STORES)('%s sign-in throttle', (_name, make) => {
  it('M1: 30 parallel wrong passwords for one account reach a slow upstream at most 3 times', async () => {
    const throttle = make(DEFAULT_THROTTLE, { t: 1_000_000 });
    const facts = { via: 'password' as const, account: account(), address: address() };
    let upstreamCalls = 0;
    const slowUpstream = async () => {
      upstreamCalls += 1;
      await new Promise((resolve) => setTimeout(resolve, 100));
      throw new SignInError('invalid_credentials');
    };
    const results = await Promise.allSettled(Array.from({ length: 30 }, () => throttled(facts, slowUpstream, throttle)));
    const codes = results.map((r) => (r.status === 'rejected' ? (r.reason as SignInError).code : 'ok'));
    expect(upstreamCalls).toBe(DEFAULT_THROTTLE.pairFree);
    expect(codes.filter((c) => c === 'invalid_credentials')).toHaveLength(DEFAULT_THROTTLE.pairFree);
    expect(codes.filter((c) => c === 'too_many_attempts')).toHaveLength(30 - DEFAULT_THROTTLE.pairFree);
  });

  it('M1: 30 parallel guesses for one account from 30 addresses reach the upstream at most 10 + 1 times', async () => {
    const throttle = make(DEFAULT_THROTTLE, { t: 1_000_000 });
    const who = account();
    let upstreamCalls = 0;
    const slowUpstream = async () => {
      upstreamCalls += 1;
      await new Promise((resolve) => setTimeout(resolve, 100));
      throw new SignInError('invalid_credentials');
    };
    await Promise.allSettled(
      Array.from({ length: 30 }, (_, i) => throttled({ via: 'password', account: who, address: `192.0.2.${i + 1}` }, slowUpstream, throttle)),
    );
    // Ten failures, then the one slow slot of an address that has not failed.
    expect(upstreamCalls).toBe(DEFAULT_THROTTLE.accountFree + 1);
  });

  it('M2: after 3 failures a pair waits 1, 2, 4, 8 … s, at most 15 min, even with the right password', async () => {
    const clock = { t: 1_000_000 };
    // The pair rule alone (from the 10th failure on, the account rule would hold this address back as well).
    const throttle = make({ ...DEFAULT_THROTTLE, accountFree: 1_000 }, clock);
    const [who, from] = [account(), address()];
    for (let i = 0; i < 3; i++) expect((await fail(throttle, who, from)).granted).toBe(true);
    const waits: number[] = [];
    for (let i = 0; i < 14; i++) {
      const refused = await throttle.reserve(who, from);
      expect(refused).toMatchObject({ granted: false, rule: 'pair' });
      const wait = (refused as { waitSeconds: number }).waitSeconds;
      waits.push(wait);
      clock.t += wait;
      expect((await fail(throttle, who, from)).granted).toBe(true);
    }
    expect(waits).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900, 900, 900]);
  });

  it('M2: an attacker’s 100 attempts from one address do not slow the owner at another address', async () => {
    const clock = { t: 1_000_000 };
    const throttle = make(DEFAULT_THROTTLE, clock);
    const [who, attacker, owner] = [account(), address(), address()];
    let reached = 0;
    for (let i = 0; i < 100; i++) {
      if ((await fail(throttle, who, attacker)).granted) reached += 1;
      clock.t += 1;
    }
    // At 0, 1 and 2 s free, then 1, 2, 4, 8, 16, 32 s after the last: 3, 5, 9, 17, 33, 65 s.
    expect(reached).toBe(9);
    const ownerAttempt = await throttle.reserve(who, owner);
    expect(ownerAttempt.granted).toBe(true);
    if (ownerAttempt.granted) await ownerAttempt.settle('success');
    expect((await throttle.reserve(who, attacker)).granted).toBe(false);
  });

  it('M2: over 10 account failures, failing addresses stay blocked and others share one attempt per 5 s', async () => {
    const clock = { t: 1_000_000 };
    const throttle = make(DEFAULT_THROTTLE, clock);
    const who = account();
    const attackers = [address(), address(), address(), address()];
    for (const [i, from] of attackers.entries()) for (let n = 0; n < (i < 3 ? 3 : 1); n++) await fail(throttle, who, from);
    const fromAttacker = await throttle.reserve(who, attackers[3]!);
    expect(fromAttacker).toMatchObject({ granted: false, rule: 'account' });
    expect((fromAttacker as { waitSeconds: number }).waitSeconds).toBeGreaterThan(800);

    const [owner, other] = [address(), address()];
    const first = await throttle.reserve(who, other);
    expect(first.granted).toBe(true);
    if (first.granted) await first.settle('failure');
    // The slot is taken: the owner is told to wait a few seconds, not minutes.
    expect(await throttle.reserve(who, owner)).toMatchObject({ granted: false, rule: 'account', waitSeconds: 5 });
    clock.t += 5;
    const ownerAttempt = await throttle.reserve(who, owner);
    expect(ownerAttempt.granted).toBe(true);
    if (ownerAttempt.granted) await ownerAttempt.settle('success');
    // A success clears the account's count, not the failing addresses' own delays.
    expect((await throttle.reserve(who, address())).granted).toBe(true);
    expect((await fail(throttle, who, attackers[0]!)).granted).toBe(true);
    expect(await throttle.reserve(who, attackers[0]!)).toMatchObject({ granted: false, rule: 'pair', waitSeconds: 2 });
  });

  it('M2: an address whose only failure is older than the account window is not held back as a failing one', async () => {
    const clock = { t: 1_000_000 };
    const throttle = make(DEFAULT_THROTTLE, clock);
    const [who, owner] = [account(), address()];
    await fail(throttle, who, owner);
    clock.t += DEFAULT_THROTTLE.windowSeconds + 1;
    for (const from of [address(), address(), address(), address()]) for (let n = 0; n < 3; n++) await fail(throttle, who, from);
    const ownerAttempt = await throttle.reserve(who, owner);
    expect(ownerAttempt.granted).toBe(true);
  });

  it('M2: 50 failures from one address over many accounts delay that address by 60 s, and only it', async () => {
    const clock = { t: 1_000_000 };
    const throttle = make(DEFAULT_THROTTLE, clock);
    const from = address();
    for (let i = 0; i < 50; i++) expect((await fail(throttle, account(), from)).granted).toBe(true);
    expect(await throttle.reserve(account(), from)).toMatchObject({ granted: false, rule: 'address', waitSeconds: 60 });
    expect((await throttle.reserve(account(), address())).granted).toBe(true);
    clock.t += 60;
    expect((await fail(throttle, account(), from)).granted).toBe(true);
    expect(await throttle.reserve(account(), from)).toMatchObject({ granted: false, rule: 'address', waitSeconds: 120 });
  });

  it('an attempt the upstream gave no verdict on does not count; a success forgets the pair', async () => {
    const clock = { t: 1_000_000 };
    const throttle = make(DEFAULT_THROTTLE, clock);
    const [who, from] = [account(), address()];
    for (let i = 0; i < 5; i++) {
      const reservation = await throttle.reserve(who, from);
      expect(reservation.granted).toBe(true);
      if (reservation.granted) await reservation.settle('void');
    }
    for (let i = 0; i < 2; i++) await fail(throttle, who, from);
    const success = await throttle.reserve(who, from);
    if (success.granted) await success.settle('success');
    for (let i = 0; i < 3; i++) expect((await fail(throttle, who, from)).granted, `failure ${i + 1} after the success`).toBe(true);
    expect((await throttle.reserve(who, from)).granted).toBe(false);
  });

  it('forgets a pair’s failures a day after the last one', async () => {
    const clock = { t: 1_000_000 };
    const throttle = make(DEFAULT_THROTTLE, clock);
    const [who, from] = [account(), address()];
    for (let i = 0; i < 3; i++) await fail(throttle, who, from);
    expect((await throttle.reserve(who, from)).granted).toBe(false);
    clock.t += DEFAULT_THROTTLE.pairMemorySeconds;
    expect((await throttle.reserve(who, from)).granted).toBe(true);
  });
});

describe('memory sign-in throttle (L8)', () => {
  it('does not keep 10,000 one-off keys after their window', async () => {
    const clock = { t: 1_000_000 };
    const throttle = memorySignInThrottle(DEFAULT_THROTTLE, { now: () => clock.t });
    for (let i = 0; i < 10_000; i++) await fail(throttle, `password:${i.toString(16).padStart(16, '0')}`, `10.0.${i >> 8}.${i & 255}`);
    expect(throttle.size()).toBe(30_000);
    clock.t += DEFAULT_THROTTLE.windowSeconds + 60;
    await fail(throttle, account(), address());
    // Address and account counters are gone; pairs are remembered for a day.
    expect(throttle.size()).toBe(10_000 + 3);
    clock.t += DEFAULT_THROTTLE.pairMemorySeconds;
    await fail(throttle, account(), address());
    expect(throttle.size()).toBe(3);
  });

  it('holds at most maxKeys keys, dropping the least recently used', async () => {
    const throttle = memorySignInThrottle(DEFAULT_THROTTLE, { now: () => 1_000_000, maxKeys: 1_000 });
    for (let i = 0; i < 10_000; i++) await fail(throttle, `password:${i.toString(16).padStart(16, '0')}`, `10.0.${i >> 8}.${i & 255}`);
    expect(throttle.size()).toBe(1_000);
  });
});
