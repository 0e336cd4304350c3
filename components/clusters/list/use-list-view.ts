'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { nextView, parseListView, serializeListView, type ListView } from '@/components/clusters/list/list-view';

export type HistoryMode = 'push' | 'replace';

// Fired after the list writes the URL itself, so the view follows in the same render as the click.
const VIEW_CHANGED = 'console:list-view-changed';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(VIEW_CHANGED, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(VIEW_CHANGED, onChange);
  };
}

const locationSearch = () => new URLSearchParams(window.location.search).toString();

/**
 * The clusters list's view as the URL holds it (`?name=&state=&sort=&dir=&page=`), and a way to change it.
 * A change is a history entry (history.pushState, so the back button undoes it) and re-renders the list at
 * once from the URL: no request and no server render. The view is read from the address bar itself, not from
 * the router's search params: Next follows pushState too, but in a transition the rows must not wait for
 * (and that can lag behind a quick second change); the router's params serve the server render and hydration,
 * and Next's own navigations to /clusters (the "Clusters" link).
 */
export function useListView() {
  const pathname = usePathname();
  const routerSearch = useSearchParams().toString();
  const search = useSyncExternalStore(subscribe, locationSearch, () => routerSearch);
  // Next writes the address bar of its own navigations after their render: read it again then.
  useEffect(() => {
    window.dispatchEvent(new Event(VIEW_CHANGED));
  }, [routerSearch]);
  const parsed = useMemo(() => parseListView(new URLSearchParams(search)), [search]);

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
    window.dispatchEvent(new Event(VIEW_CHANGED));
  }

  return { ...parsed, navigate };
}
