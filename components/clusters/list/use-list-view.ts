'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { useMemo } from 'react';
import { nextView, parseListView, serializeListView, type ListView } from '@/components/clusters/list/list-view';

export type HistoryMode = 'push' | 'replace';

/**
 * The clusters list's view as the URL holds it (`?name=&state=&sort=&dir=&page=`), and a way to change it.
 * Changes go through history.pushState, which the Next router follows (useSearchParams updates) without a
 * server round trip; each one is a history entry, so the back button undoes it.
 */
export function useListView() {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const parsed = useMemo(() => parseListView(searchParams), [searchParams]);

  function navigate(change: Partial<ListView>, mode: HistoryMode = 'push') {
    // Read the URL now, not from the render: two quick changes must not undo each other.
    const current = parseListView(new URLSearchParams(window.location.search));
    const params = new URLSearchParams(serializeListView(nextView(current.view, change)));
    // An invalid name stays in the URL (its message shows under the input) until the user changes it.
    if (current.invalidName !== undefined && change.name === undefined) params.set('name', current.invalidName);
    const query = params.toString();
    const url = query ? `${pathname}?${query}` : pathname;
    if (url === `${window.location.pathname}${window.location.search}`) return;
    if (mode === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  }

  return { ...parsed, navigate };
}
