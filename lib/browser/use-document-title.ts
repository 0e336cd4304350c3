'use client';

import { useEffect } from 'react';

/** The console's name, as app/layout.tsx's title template appends it. */
export const CONSOLE_TITLE = 'Data Platform console';

/** "kafka-dev · Cluster · Data Platform console": the parts of a tab title, most specific first. */
export function documentTitle(...parts: (string | undefined)[]): string {
  return [...parts.filter((part): part is string => Boolean(part)), CONSOLE_TITLE].join(' · ');
}

/**
 * Names the resource in the tab's title once it is known, so several open tabs can be told apart. The pages are
 * read in the browser (no server read path), so the server's metadata can only say "Cluster"; this replaces it.
 */
export function useDocumentTitle(name: string | undefined, kind: string): void {
  useEffect(() => {
    if (!name) return;
    document.title = documentTitle(name, kind);
  }, [name, kind]);
}
