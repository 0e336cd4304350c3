// How a page's server-read data reaches the browser's query cache: the dehydrated cache as one JSON text, not as
// React props. React's flight stream sends a long string as one raw text chunk, while an object tree is walked,
// encoded and decoded object by object on the server, in the server render and in the browser (about 1 MB and
// most of the page's time for a list of 1,000 clusters). The browser parses the text once (JSON.parse) and
// hydrates the cache with it as react-query's HydrationBoundary would. README "Decisions" says why.
import 'server-only';
import { dehydrate, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { JsonHydrationBoundary } from '@/components/shared/json-hydration-boundary';

export function ServerHydration({ client, children }: { client: QueryClient; children: ReactNode }) {
  return <JsonHydrationBoundary state={JSON.stringify(dehydrate(client))}>{children}</JsonHydrationBoundary>;
}
