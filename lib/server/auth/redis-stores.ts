// Redis implementations of the revocation store and the sign-in throttle, so that several console instances
// behind one load balancer share what they must: a session ended on one is refused by all, and sign-in failures
// count across all. Each operation is one atomic command, one MULTI or one Lua script; every key starts with
// `console:` and expires by itself, so Redis never needs cleaning.
//
// Fail closed: when Redis cannot answer, a revocation check does not pass. It throws a 503 HttpError (the BFF
// wrapper answers the error envelope with Retry-After; the session is kept, not ended, because nothing is known
// about it) and a sign-in is refused (`session_store_unavailable`). Only the steps that cannot weaken security
// degrade instead of failing: a revocation Redis did not take is still refused by this instance (and the
// sign-out goes on to revoke the upstream token), and a success that could not clear the account's failures
// only leaves the account as throttled as it was.
import 'server-only';
import { createHash, randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { HttpError } from '@/lib/server/errors';
import { log } from '@/lib/server/log';
import type { RevocationStore } from '@/lib/server/auth/revocation';
import type { SignInThrottle, ThrottlePolicy, ThrottleRule } from '@/lib/server/auth/throttle';

export const KEY_PREFIX = 'console:';
const RETRY_AFTER_SECONDS = 5;

type Clock = () => number;
const epochSeconds: Clock = () => Date.now() / 1000;

/** Thrown by a sign-in when the throttle cannot be consulted; next-auth passes the message on as the error code. */
export class SharedStoreUnavailableError extends Error {
  constructor() {
    super('session_store_unavailable');
    this.name = 'SharedStoreUnavailableError';
  }
}

/** The BFF's answer while sessions cannot be checked. */
export function sessionStoreUnavailable(): HttpError {
  return new HttpError(503, 'session_store_unavailable', 'The console cannot check sessions right now. Try again in a moment.', {
    retryAfterSeconds: RETRY_AFTER_SECONDS,
  });
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * A client that gives up quickly: a request waits at most about a second for Redis instead of hanging while
 * ioredis reconnects in the background. One outage is logged once, not once per command.
 */
export function createRedisClient(url: string): Redis {
  const client = new Redis(url, {
    connectionName: 'stackable-console',
    connectTimeout: 2_000,
    commandTimeout: 1_000,
    maxRetriesPerRequest: 1,
    retryStrategy: (times) => Math.min(times * 200, 2_000),
  });
  let down = false;
  client.on('error', (error: unknown) => {
    if (down) return;
    down = true;
    log.error({ event: 'redis.unavailable', message: message(error) });
  });
  client.on('ready', () => {
    if (!down) return;
    down = false;
    log.info({ event: 'redis.ready' });
  });
  return client;
}

const shared = globalThis as typeof globalThis & { __consoleRedis?: { url: string; client: Redis } };

/** One connection per server process, shared by both stores (route handlers and next-auth are separate bundles). */
export function sharedRedis(url: string): Redis {
  if (shared.__consoleRedis?.url !== url) shared.__consoleRedis = { url, client: createRedisClient(url) };
  return shared.__consoleRedis.client;
}

export function redisRevocationStore(redis: Redis, now: Clock = epochSeconds): RevocationStore {
  const key = (sid: string) => `${KEY_PREFIX}revoked:${sid}`;
  // Revocations Redis did not take during an outage: this instance refuses them at least.
  const unshared = new Map<string, number>();
  return {
    async revoke(sid, untilEpochSeconds) {
      const until = Math.ceil(untilEpochSeconds);
      const t = now();
      if (until <= t) return;
      try {
        await redis.set(key(sid), '1', 'EXAT', until);
      } catch (error) {
        for (const [other, end] of unshared) if (end < t) unshared.delete(other);
        unshared.set(sid, until);
        log.error({ event: 'session.revoke-not-shared', sid, message: message(error) });
      }
    },
    async isRevoked(sid) {
      const local = unshared.get(sid);
      if (local !== undefined && local >= now()) return true;
      try {
        return (await redis.exists(key(sid))) > 0;
      } catch {
        throw sessionStoreUnavailable();
      }
    },
  };
}

/** Account ids and addresses are hashed again: the keys have a bounded length and hold no address. */
const digest = (value: string) => createHash('sha256').update(value).digest('base64url');

// The rules of decide() in lib/server/auth/throttle.ts, checked and reserved in one step (a script runs alone).
// KEYS: pair, address, account (sorted sets of attempt times), slot (end of the account's slow slot).
// ARGV: now, member, window, pairMemory, pairFree, maxDelay, addressFree, addressBase, accountFree, accountSlow.
// Returns {"0"} when the attempt is reserved, else {waitSeconds, rule}.
const RESERVE_SCRIPT = `
local now = tonumber(ARGV[1])
local window, pairMemory = tonumber(ARGV[3]), tonumber(ARGV[4])
local maxDelay = tonumber(ARGV[6])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - pairMemory)
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now - window)
redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', now - window)
local function last(key)
  return tonumber(redis.call('ZRANGE', key, -1, -1, 'WITHSCORES')[2])
end
local untilT, rule = 0, ''
local function consider(t, r)
  if t > untilT then untilT, rule = t, r end
end
local pairCount = redis.call('ZCARD', KEYS[1])
local free = tonumber(ARGV[5])
if pairCount >= free then consider(last(KEYS[1]) + math.min(2 ^ (pairCount - free), maxDelay), 'pair') end
local n = redis.call('ZCARD', KEYS[2])
free = tonumber(ARGV[7])
if n >= free then consider(last(KEYS[2]) + math.min(tonumber(ARGV[8]) * 2 ^ (n - free), maxDelay), 'address') end
n = redis.call('ZCARD', KEYS[3])
free = tonumber(ARGV[9])
local takeSlot = false
if n >= free then
  if redis.call('ZCOUNT', KEYS[1], '(' .. tostring(now - window), '+inf') > 0 then
    consider(tonumber(redis.call('ZRANGE', KEYS[3], n - free, n - free, 'WITHSCORES')[2]) + window, 'account')
  else
    local slotUntil = tonumber(redis.call('GET', KEYS[4]) or '0')
    if slotUntil > now then consider(slotUntil, 'account') else takeSlot = true end
  end
end
if untilT > now then return {tostring(math.max(1, math.ceil(untilT - now))), rule} end
redis.call('ZADD', KEYS[1], now, ARGV[2])
redis.call('EXPIRE', KEYS[1], math.ceil(pairMemory) + 1)
for i = 2, 3 do
  redis.call('ZADD', KEYS[i], now, ARGV[2])
  redis.call('EXPIRE', KEYS[i], math.ceil(window) + 1)
end
if takeSlot then
  local slow = tonumber(ARGV[10])
  redis.call('SET', KEYS[4], tostring(now + slow), 'PX', math.ceil(slow * 1000))
end
return {'0'}
`;

type ThrottleRedis = Redis & {
  consoleSignInReserve(pair: string, address: string, account: string, slot: string, ...args: (string | number)[]): Promise<string[]>;
};

/**
 * The sign-in throttle shared by every instance: sorted sets of attempt times (score = time) per pair, address
 * and account; the check and the reservation are one Lua script (EVALSHA through ioredis' defineCommand).
 */
export function redisSignInThrottle(redis: Redis, policy: ThrottlePolicy, now: Clock = epochSeconds): SignInThrottle {
  const client = redis as ThrottleRedis;
  if (!('consoleSignInReserve' in client)) redis.defineCommand('consoleSignInReserve', { numberOfKeys: 4, lua: RESERVE_SCRIPT });
  const key = (kind: string, value: string) => `${KEY_PREFIX}signin:${kind}:${digest(value)}`;

  return {
    async reserve(account, address) {
      const keys = {
        pair: key('pair', `${account}|${address}`),
        address: key('address', address),
        account: key('account', account),
        slot: key('slot', account),
      };
      const t = now();
      const member = `${t}:${randomUUID()}`;
      let reply: string[];
      try {
        reply = await client.consoleSignInReserve(
          keys.pair,
          keys.address,
          keys.account,
          keys.slot,
          t,
          member,
          policy.windowSeconds,
          policy.pairMemorySeconds,
          policy.pairFree,
          policy.maxDelaySeconds,
          policy.addressFree,
          policy.addressBaseDelaySeconds,
          policy.accountFree,
          policy.accountSlowSeconds,
        );
      } catch {
        throw new SharedStoreUnavailableError();
      }
      const waitSeconds = Number(reply[0]);
      if (waitSeconds > 0) return { granted: false, waitSeconds, rule: reply[1] as ThrottleRule };
      return {
        granted: true,
        // Taking an attempt back only makes the throttle less strict, so a Redis error here is logged, not thrown.
        async settle(outcome) {
          if (outcome === 'failure') return;
          const commands = redis.multi().zrem(keys.address, member);
          if (outcome === 'success') commands.del(keys.pair, keys.account);
          else commands.zrem(keys.pair, member).zrem(keys.account, member);
          try {
            await commands.exec();
          } catch (error) {
            log.warn({ event: 'signin.reset-not-shared', message: message(error) });
          }
        },
      };
    },
  };
}
