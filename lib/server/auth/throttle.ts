// Sign-in throttling per account and per client address (ASVS 2.2.1): failures inside a sliding window.
// In memory for one instance; in Redis (lib/server/auth/redis-stores.ts) when REDIS_URL is set, so failures
// count across every instance.
import 'server-only';
import { getConfig } from '@/lib/server/config';
import { redisSignInThrottle, sharedRedis } from '@/lib/server/auth/redis-stores';

export type ThrottleLimits = { perAccount: number; perAddress: number; windowSeconds: number };

export const DEFAULT_THROTTLE: ThrottleLimits = { perAccount: 10, perAddress: 50, windowSeconds: 15 * 60 };

export type SignInThrottle = {
  /** Seconds to wait when either key is over its limit, else 0. */
  blockedFor(account: string, address: string): Promise<number>;
  recordFailure(account: string, address: string): Promise<void>;
  recordSuccess(account: string): Promise<void>;
};

export function memorySignInThrottle(limits = DEFAULT_THROTTLE, now: () => number = () => Date.now() / 1000): SignInThrottle {
  const failures = new Map<string, number[]>();
  const recent = (key: string) => {
    const cutoff = now() - limits.windowSeconds;
    const list = (failures.get(key) ?? []).filter((t) => t > cutoff);
    if (list.length) failures.set(key, list);
    else failures.delete(key);
    return list;
  };
  const waitFor = (list: number[], limit: number) =>
    list.length >= limit ? Math.max(1, Math.ceil(list[list.length - limit]! + limits.windowSeconds - now())) : 0;
  return {
    async blockedFor(account, address) {
      return Math.max(waitFor(recent(`a:${account}`), limits.perAccount), waitFor(recent(`ip:${address}`), limits.perAddress));
    },
    async recordFailure(account, address) {
      for (const key of [`a:${account}`, `ip:${address}`]) failures.set(key, [...recent(key), now()]);
    },
    async recordSuccess(account) {
      failures.delete(`a:${account}`);
    },
  };
}

const globalThrottle = globalThis as typeof globalThis & { __consoleSignInThrottle?: SignInThrottle };

export function signInThrottle(): SignInThrottle {
  const { redisUrl } = getConfig();
  globalThrottle.__consoleSignInThrottle ??= redisUrl ? redisSignInThrottle(sharedRedis(redisUrl), DEFAULT_THROTTLE) : memorySignInThrottle();
  return globalThrottle.__consoleSignInThrottle;
}
