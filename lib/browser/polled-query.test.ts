import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { environmentManager, hashKey, isServer, QueryClient, QueryObserver, queryOptions } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FAST_POLL_MS, refetchIntervalFor } from '@/lib/api/polling';
import { gateRefetchInterval, polledQueryOptions } from '@/lib/browser/polled-query';
import { TabCoordinator } from '@/lib/browser/tabs';
import { bus } from '@/test/support/tab-bus';

type Detail = { state: 'DEPLOYING' | 'AVAILABLE' };

const detailOptions = (fetch: () => Detail) =>
  queryOptions({
    queryKey: ['clusters', 'detail', 'c1'],
    queryFn: fetch,
    refetchInterval: refetchIntervalFor((data: Detail) => [data.state]),
  });

describe('gateRefetchInterval / polledQueryOptions', () => {
  it('keeps the factory’s policy in the leader tab and turns polling off in the others', () => {
    const options = detailOptions(() => ({ state: 'DEPLOYING' }));
    expect(gateRefetchInterval(options.refetchInterval, true)).toBe(options.refetchInterval);
    expect(gateRefetchInterval(options.refetchInterval, false)).toBe(false);
    expect(polledQueryOptions(options, true)).toEqual({ ...options });
    expect(polledQueryOptions(options, false)).toEqual({ ...options, refetchInterval: false });
  });

  it('polls hidden tabs only for background reads', () => {
    const options = detailOptions(() => ({ state: 'DEPLOYING' }));
    expect(polledQueryOptions(options, true, { background: true }).refetchIntervalInBackground).toBe(true);
    expect(polledQueryOptions(options, true)).not.toHaveProperty('refetchIntervalInBackground');
  });
});

describe('a polled read in two tabs', () => {
  afterEach(() => {
    vi.useRealTimers();
    environmentManager.setIsServer(() => isServer);
  });

  it('is polled by the leader only; the follower gets each answer over the channel', async () => {
    vi.useFakeTimers();
    // Vitest runs in Node, where react-query schedules no refetchInterval timers unless told it is a browser.
    environmentManager.setIsServer(() => false);
    const connect = bus({ later: true }); // a later task: each tab's own timer can be due before the other's answer arrives
    const fetches = { a: 0, b: 0 };
    let platform: Detail = { state: 'DEPLOYING' };
    const tabs = [];
    for (const id of ['a', 'b'] as const) {
      const coordinator = new TabCoordinator({ channel: connect(), id, isVisible: () => true });
      const client = new QueryClient();
      const options = detailOptions(() => {
        fetches[id]++;
        return platform;
      });
      coordinator.attach(client);
      coordinator.join(hashKey(options.queryKey));
      await vi.advanceTimersByTimeAsync(1); // the tabs hear of each other; `a` is older and leads
      const observer = new QueryObserver(client, polledQueryOptions(options, coordinator.isLeader(hashKey(options.queryKey))));
      tabs.push({ client, unsubscribe: observer.subscribe(() => undefined) });
    }
    await vi.advanceTimersByTimeAsync(0);
    expect(fetches).toEqual({ a: 1, b: 1 }); // each tab loads once on its own

    platform = { state: 'AVAILABLE' };
    // Both tabs' timers are due within this step, before the leader's answer reaches `b` (that would restart b's).
    await vi.advanceTimersByTimeAsync(FAST_POLL_MS + 1);
    expect(fetches).toEqual({ a: 2, b: 1 });
    expect(tabs[1]!.client.getQueryData(['clusters', 'detail', 'c1'])).toEqual({ state: 'AVAILABLE' });

    for (const tab of tabs) {
      tab.unsubscribe();
      tab.client.clear();
    }
  });
});

describe('the polling gate covers every polled read', () => {
  // The gate is in usePolledQuery only: a plain useQuery of a factory with a refetchInterval would poll in every
  // tab. Polled factories are clusterQueries and nodePoolQueries (lib/api/polling.ts refetchIntervalFor); a read of
  // one that must not poll says so with `refetchInterval: false`.
  it('no component reads a polled factory through a bare useQuery', () => {
    const root = path.resolve(__dirname, '../..');
    const offenders: string[] = [];
    const visit = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) visit(file);
        else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
          readFileSync(file, 'utf8')
            .split('\n')
            .forEach((line, i) => {
              const bare = /\buse(Suspense)?Query\(/.test(line) && /\b(clusterQueries|nodePoolQueries)\./.test(line);
              if (bare && !/refetchInterval: false/.test(line)) offenders.push(`${path.relative(root, file)}:${i + 1}`);
            });
        }
      }
    };
    for (const dir of ['app', 'components']) visit(path.join(root, dir));
    expect(offenders).toEqual([]);
  });
});
