// Sessions ended before their cookie expires (sign-out, a credential the upstream refused).
// The cookie is self-contained, so a replayed copy must be refused here. In memory for one instance;
// in Redis (lib/server/auth/redis-stores.ts) when REDIS_URL is set, so every instance refuses it.
import 'server-only';
import { getConfig } from '@/lib/server/config';
import { redisRevocationStore, sharedRedis } from '@/lib/server/auth/redis-stores';

export type RevocationStore = {
  revoke(sid: string, untilEpochSeconds: number): Promise<void>;
  isRevoked(sid: string): Promise<boolean>;
};

export function memoryRevocationStore(now: () => number = () => Date.now() / 1000): RevocationStore {
  const revoked = new Map<string, number>();
  const sweep = () => {
    const t = now();
    for (const [sid, until] of revoked) if (until < t) revoked.delete(sid);
  };
  return {
    async revoke(sid, until) {
      sweep();
      revoked.set(sid, until);
    },
    async isRevoked(sid) {
      const until = revoked.get(sid);
      return until !== undefined && until >= now();
    },
  };
}

const globalStore = globalThis as typeof globalThis & { __consoleRevocations?: RevocationStore };

/** One store per server process (route handlers and next-auth's handler are separate bundles). */
export function revocationStore(): RevocationStore {
  const { redisUrl } = getConfig();
  globalStore.__consoleRevocations ??= redisUrl ? redisRevocationStore(sharedRedis(redisUrl)) : memoryRevocationStore();
  return globalStore.__consoleRevocations;
}
