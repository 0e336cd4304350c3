// Redis implementations of the revocation store and the sign-in throttle, so that several console instances
// behind one load balancer share what they must: a session ended on one is refused by all, and sign-in failures
// count across all. Each operation is one atomic command or one MULTI; every key starts with `console:` and
// expires by itself, so Redis never needs cleaning.
//
// Fail closed: when Redis cannot answer, a revocation check does not pass. It throws a 503 ApiError (the BFF
// wrapper answers the error envelope with Retry-After; the session is kept, not ended, because nothing is known
// about it) and a sign-in is refused (`session_store_unavailable`). Only the steps that cannot weaken security
// degrade instead of failing: a revocation Redis did not take is still refused by this instance (and the
// sign-out goes on to revoke the upstream token), and a success that could not clear the account's failures
// only leaves the account as throttled as it was.
import 'server-only';
import { createHash, randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { ApiError } from '@/lib/server/errors';
import { log } from '@/lib/server/log';
import type { RevocationStore } from '@/lib/server/auth/revocation';
import type { SignInThrottle, ThrottleLimits } from '@/lib/server/auth/throttle';

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
export function sessionStoreUnavailable(): ApiError {
  return new ApiError(503, 'session_store_unavailable', 'The console cannot check sessions right now. Try again in a moment.', {
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

/** Account names and addresses are hashed: the keys hold no e-mail address and have a bounded length. */
const digest = (value: string) => createHash('sha256').update(value).digest('base64url');

/**
 * Sliding window of failures per key in a sorted set (score = time of the failure). The wait matches the
 * in-memory throttle: until the `limit`-th newest failure leaves the window.
 */
export function redisSignInThrottle(redis: Redis, limits: ThrottleLimits, now: Clock = epochSeconds): SignInThrottle {
  const accountKey = (account: string) => `${KEY_PREFIX}signin:account:${digest(account)}`;
  const addressKey = (address: string) => `${KEY_PREFIX}signin:address:${digest(address)}`;

  async function run(commands: ReturnType<Redis['multi']>): Promise<unknown[]> {
    let replies: [Error | null, unknown][] | null;
    try {
      replies = await commands.exec();
    } catch {
      throw new SharedStoreUnavailableError();
    }
    if (!replies || replies.some(([error]) => error)) throw new SharedStoreUnavailableError();
    return replies.map(([, reply]) => reply);
  }

  const waitFor = (reply: unknown, t: number) => {
    const score = Array.isArray(reply) && reply.length >= 2 ? Number(reply[1]) : NaN;
    return Number.isFinite(score) ? Math.max(1, Math.ceil(score + limits.windowSeconds - t)) : 0;
  };

  return {
    async blockedFor(account, address) {
      const t = now();
      const after = `(${t - limits.windowSeconds}`;
      const [byAccount, byAddress] = await run(
        redis
          .multi()
          .zrevrangebyscore(accountKey(account), '+inf', after, 'WITHSCORES', 'LIMIT', limits.perAccount - 1, 1)
          .zrevrangebyscore(addressKey(address), '+inf', after, 'WITHSCORES', 'LIMIT', limits.perAddress - 1, 1),
      );
      return Math.max(waitFor(byAccount, t), waitFor(byAddress, t));
    },
    async recordFailure(account, address) {
      const t = now();
      const member = `${t}:${randomUUID()}`;
      const commands = redis.multi();
      for (const key of [accountKey(account), addressKey(address)]) {
        commands
          .zadd(key, t, member)
          .zremrangebyscore(key, '-inf', t - limits.windowSeconds)
          .expire(key, limits.windowSeconds + 1);
      }
      await run(commands);
    },
    async recordSuccess(account) {
      try {
        await redis.del(accountKey(account));
      } catch (error) {
        log.warn({ event: 'signin.reset-not-shared', message: message(error) });
      }
    },
  };
}
