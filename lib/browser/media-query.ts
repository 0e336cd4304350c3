// Whether a CSS media query matches, for components that render one of two layouts: null on the server and while
// hydrating (render both and let CSS choose, as the server-rendered HTML does), then the browser's answer, kept
// current as the window changes. Rendering only the layout that shows halves the work of every re-render.
import { useCallback, useSyncExternalStore } from 'react';

export function useMediaQuery(query: string): boolean | null {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore<boolean | null>(
    subscribe,
    () => window.matchMedia(query).matches,
    () => null,
  );
}
