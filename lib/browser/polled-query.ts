// The one way a component reads a polled query: the query factory's `refetchInterval` (the policy of
// lib/api/polling.ts) gated by tab leadership (lib/browser/tabs.ts), so that among the console's open tabs
// only one polls each query and the others get its answers over the BroadcastChannel.
import { useQuery, type QueryKey, type UseQueryOptions, type UseQueryResult } from '@tanstack/react-query';
import { useTabLeader } from '@/lib/browser/tabs';

export type PollOptions = {
  /** Keep polling while the tab is hidden (the watcher's, for browser notifications); hidden tabs may then lead. */
  background?: boolean;
};

type RefetchInterval<TOptions> = TOptions extends { refetchInterval?: infer R } ? R : never;

/** The query's refetchInterval in the leader tab, none in the others. */
export function gateRefetchInterval<R>(refetchInterval: R, leader: boolean): R | false {
  return leader ? refetchInterval : false;
}

/** The options useQuery gets for a polled read in a tab that does or does not lead its polling. */
export function polledQueryOptions<TOptions extends { refetchInterval?: unknown }>(
  options: TOptions,
  leader: boolean,
  { background = false }: PollOptions = {},
): TOptions & { refetchInterval: RefetchInterval<TOptions> | false } {
  return {
    ...options,
    refetchInterval: gateRefetchInterval(options.refetchInterval as RefetchInterval<TOptions>, leader),
    ...(background ? { refetchIntervalInBackground: true } : {}),
  };
}

/** useQuery for a polled read (a queryOptions factory with a refetchInterval), polled in one tab only. */
export function usePolledQuery<TQueryFnData, TError, TData, TQueryKey extends QueryKey>(
  options: UseQueryOptions<TQueryFnData, TError, TData, TQueryKey>,
  pollOptions: PollOptions = {},
): UseQueryResult<TData, TError> {
  const leader = useTabLeader(options.queryKey, { background: pollOptions.background });
  return useQuery(polledQueryOptions(options, leader, pollOptions));
}
