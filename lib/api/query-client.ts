// The console's one QueryClient recipe. Server renders get a fresh client per request; the browser keeps one.
import { isServer, MutationCache, QueryCache, QueryClient, timeoutManager } from '@tanstack/react-query';
import { isBffError, redirectToSignIn } from '@/lib/api/client';
import { pollMarkingTimeoutProvider } from '@/lib/api/polling';

// Before any client or query exists (react-query's advice): polls are told apart from other fetches by it.
timeoutManager.setTimeoutProvider(pollMarkingTimeoutProvider);

/** Retry once, and only when the console server could not be reached: the BFF already retried upstream 429/503. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return isBffError(error) && error.status === 0 && failureCount < 1;
}

/** A 401 from any BFF route means the session is missing or expired: sign in again, never retry. */
export function handleGlobalError(error: unknown): void {
  if (isBffError(error) && error.status === 401) redirectToSignIn();
}

export function makeQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({ onError: handleGlobalError }),
    mutationCache: new MutationCache({ onError: handleGlobalError }),
    defaultOptions: {
      queries: {
        staleTime: 5_000,
        retry: shouldRetry,
        // Refetches on focus only when the data is stale (older than staleTime).
        refetchOnWindowFocus: true,
        refetchIntervalInBackground: false,
      },
      mutations: { retry: false },
    },
  });
}

let browserQueryClient: QueryClient | undefined;

export function getQueryClient(): QueryClient {
  if (isServer) return makeQueryClient();
  browserQueryClient ??= makeQueryClient();
  return browserQueryClient;
}
