// Sign-in throttling (ASVS 6.3, NIST SP 800-63B §5.2.2): delays that grow with failures instead of a lockout
// anyone could trigger. Three counters, each a list of attempt times:
//   - per (account, client address): 3 failures free, then each further attempt from that address for that
//     account waits 2^(n-3) s after the last one (1 s, 2 s, 4 s … at most 15 min); forgotten on success or a day
//     after the last failure;
//   - per client address, across accounts: 50 failures in 15 min free, then 60 s · 2^(n-50) (at most 15 min);
//   - per account, from all addresses: after 10 failures in 15 min an address that has failed for the account
//     in those 15 min waits until the account is under that limit again, and addresses that have not share one
//     attempt every 5 s: the owner is slowed, never locked out.
// An attempt is reserved before the upstream is asked, in one atomic step (no await in memory, one Lua script in
// Redis): it counts as a failure from the start and is taken back on success or when the upstream could not
// answer. So parallel guesses cannot all pass the check before the first failure is recorded.
// Addresses are grouped: IPv6 by /64, an IPv4-mapped IPv6 address as its IPv4 address.
import 'server-only';
import { createHash, randomUUID } from 'node:crypto';
import { isIPv4, isIPv6 } from 'node:net';
import { getConfig } from '@/lib/server/config';
import { redisSignInThrottle, sharedRedis } from '@/lib/server/auth/redis-stores';

export type ThrottlePolicy = {
  /** How long address and account failures count. */
  windowSeconds: number;
  /** How long an (account, address) pair's failures are remembered after the last one. */
  pairMemorySeconds: number;
  pairFree: number;
  addressFree: number;
  addressBaseDelaySeconds: number;
  /** The longest delay the pair and address rules impose. */
  maxDelaySeconds: number;
  accountFree: number;
  /** While an account is over its limit: one attempt per this many seconds from addresses that have not failed. */
  accountSlowSeconds: number;
};

export const DEFAULT_THROTTLE: ThrottlePolicy = {
  windowSeconds: 15 * 60,
  pairMemorySeconds: 24 * 3600,
  pairFree: 3,
  addressFree: 50,
  addressBaseDelaySeconds: 60,
  maxDelaySeconds: 15 * 60,
  accountFree: 10,
  accountSlowSeconds: 5,
};

export type ThrottleRule = 'pair' | 'address' | 'account';
/** How a granted attempt ended: `void` when the upstream gave no verdict (it then does not count). */
export type AttemptOutcome = 'success' | 'failure' | 'void';
export type Reservation =
  { granted: true; settle(outcome: AttemptOutcome): Promise<void> } | { granted: false; waitSeconds: number; rule: ThrottleRule };

export type SignInThrottle = {
  /** Reserves one attempt for `account` (an accountId) from `address` (an addressGroup), or says how long to wait. */
  reserve(account: string, address: string): Promise<Reservation>;
};

/** What the log and the stores hold instead of a user name or token: 16 hex characters of its SHA-256. */
export function accountId(kind: 'password' | 'token', value: string): string {
  return `${kind}:${createHash('sha256').update(value).digest('hex').slice(0, 16)}`;
}

function expandIPv6(address: string): number[] {
  const [head = '', tail] = address.split('::') as [string, string | undefined];
  const part = (s: string) => (s ? s.split(':') : []);
  const words = (list: string[]) =>
    list.flatMap((w) => {
      if (!isIPv4(w)) return [parseInt(w, 16)];
      const [a = 0, b = 0, c = 0, d = 0] = w.split('.').map(Number);
      return [(a << 8) | b, (c << 8) | d];
    });
  const left = words(part(head));
  const right = words(part(tail ?? ''));
  return tail === undefined ? left : [...left, ...Array<number>(8 - left.length - right.length).fill(0), ...right];
}

/** The unit the address rules count: an IPv4 address, or an IPv6 /64 (one subscriber usually holds a whole /64). */
export function addressGroup(raw: string): string {
  const address = raw
    .trim()
    .replace(/^\[|\]$/g, '')
    .replace(/%.*$/, '');
  if (isIPv4(address)) return address;
  if (!isIPv6(address)) return 'unknown';
  const w = expandIPv6(address.toLowerCase());
  if (w.slice(0, 5).every((x) => x === 0) && w[5] === 0xffff) {
    return [w[6]! >> 8, w[6]! & 255, w[7]! >> 8, w[7]! & 255].join('.');
  }
  return `${w
    .slice(0, 4)
    .map((x) => x.toString(16))
    .join(':')}::/64`;
}

export type Verdict = { waitSeconds: number; rule: ThrottleRule } | { waitSeconds: 0; takeSlot: boolean };

/**
 * The policy on the attempt times of the three counters (ascending, already cut to their windows) and the end of
 * the account's current slow slot. The Redis store runs the same rules in Lua (redis-stores.ts).
 */
export function decide(policy: ThrottlePolicy, now: number, pair: number[], address: number[], account: number[], slotUntil: number): Verdict {
  let until = 0;
  let rule: ThrottleRule = 'pair';
  const consider = (t: number, r: ThrottleRule) => {
    if (t > until) [until, rule] = [t, r];
  };
  if (pair.length >= policy.pairFree) {
    consider(pair.at(-1)! + Math.min(2 ** (pair.length - policy.pairFree), policy.maxDelaySeconds), 'pair');
  }
  if (address.length >= policy.addressFree) {
    const delay = policy.addressBaseDelaySeconds * 2 ** (address.length - policy.addressFree);
    consider(address.at(-1)! + Math.min(delay, policy.maxDelaySeconds), 'address');
  }
  let takeSlot = false;
  if (account.length >= policy.accountFree) {
    // "Has failed" means within the account's window: an owner's typo of yesterday does not hold them back.
    const failedHereLately = pair.some((t) => t > now - policy.windowSeconds);
    if (failedHereLately) consider(account[account.length - policy.accountFree]! + policy.windowSeconds, 'account');
    else if (slotUntil > now) consider(slotUntil, 'account');
    else takeSlot = true;
  }
  if (until > now) return { waitSeconds: Math.max(1, Math.ceil(until - now)), rule };
  return { waitSeconds: 0, takeSlot };
}

type Entry = { t: number; id: string };
type Bucket = { entries: Entry[]; expiresAt: number };

export type MemoryThrottleOptions = { maxKeys?: number; now?: () => number };

/** One instance's throttle. Expired keys are swept once a minute; past `maxKeys` the least recently used go. */
export function memorySignInThrottle(
  policy = DEFAULT_THROTTLE,
  { maxKeys = 100_000, now = () => Date.now() / 1000 }: MemoryThrottleOptions = {},
): SignInThrottle & { size(): number } {
  const buckets = new Map<string, Bucket>();
  let lastSweep = now();

  const sweep = (t: number) => {
    if (t - lastSweep < 60) return;
    lastSweep = t;
    for (const [key, bucket] of buckets) if (bucket.expiresAt <= t) buckets.delete(key);
  };
  const read = (key: string, keepFor: number, t: number): Entry[] => {
    const bucket = buckets.get(key);
    if (!bucket || bucket.expiresAt <= t) return [];
    return bucket.entries.filter((e) => e.t > t - keepFor);
  };
  const write = (key: string, entries: Entry[], expiresAt: number) => {
    buckets.delete(key);
    if (entries.length === 0 && !key.startsWith('slot:')) return;
    buckets.set(key, { entries, expiresAt });
    for (const oldest of buckets.keys()) {
      if (buckets.size <= maxKeys) break;
      buckets.delete(oldest);
    }
  };
  const drop = (key: string, id: string) => {
    const bucket = buckets.get(key);
    if (bucket) bucket.entries = bucket.entries.filter((e) => e.id !== id);
  };

  return {
    size: () => buckets.size,
    // No await between reading the counters and adding the attempt: this is the atomic step.
    async reserve(account, address) {
      const t = now();
      sweep(t);
      const keys = { pair: `p:${account}|${address}`, address: `ip:${address}`, account: `a:${account}`, slot: `slot:${account}` };
      const pair = read(keys.pair, policy.pairMemorySeconds, t);
      const byAddress = read(keys.address, policy.windowSeconds, t);
      const byAccount = read(keys.account, policy.windowSeconds, t);
      const slotUntil = buckets.get(keys.slot)?.expiresAt ?? 0;
      const verdict = decide(
        policy,
        t,
        pair.map((e) => e.t),
        byAddress.map((e) => e.t),
        byAccount.map((e) => e.t),
        slotUntil,
      );
      if ('rule' in verdict) return { granted: false, ...verdict };
      const entry = { t, id: randomUUID() };
      write(keys.pair, [...pair, entry], t + policy.pairMemorySeconds);
      write(keys.address, [...byAddress, entry], t + policy.windowSeconds);
      write(keys.account, [...byAccount, entry], t + policy.windowSeconds);
      if (verdict.takeSlot) write(keys.slot, [], t + policy.accountSlowSeconds);
      return {
        granted: true,
        async settle(outcome) {
          if (outcome === 'failure') return;
          drop(keys.address, entry.id);
          if (outcome === 'success') {
            buckets.delete(keys.pair);
            buckets.delete(keys.account);
          } else {
            drop(keys.pair, entry.id);
            drop(keys.account, entry.id);
          }
        },
      };
    },
  };
}

const globalThrottle = globalThis as typeof globalThis & { __consoleSignInThrottle?: SignInThrottle };

export function signInThrottle(): SignInThrottle {
  const { redisUrl } = getConfig();
  globalThrottle.__consoleSignInThrottle ??= redisUrl ? redisSignInThrottle(sharedRedis(redisUrl), DEFAULT_THROTTLE) : memorySignInThrottle();
  return globalThrottle.__consoleSignInThrottle;
}
