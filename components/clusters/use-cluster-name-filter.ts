'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { clusterNameFilterSchema } from '@/lib/api/common/schema';

const DEBOUNCE_MS = 300;

/** The validation message for a name filter, or undefined when it may be sent. */
export function nameFilterError(value: string): string | undefined {
  const result = clusterNameFilterSchema.safeParse(value);
  return result.success ? undefined : result.error.issues[0]?.message;
}

/**
 * The clusters' name filter, kept in the URL (`?name=`). `draft` is what the input shows; `name` is
 * the valid filter in the URL that the list is fetched with; an invalid URL value is never sent.
 */
export function useClusterNameFilter() {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const urlName = searchParams.get('name') ?? '';
  const urlError = nameFilterError(urlName);

  const [draft, setDraft] = useState(urlName);
  // When the URL changes from outside (back button, the "Clusters" link), the input follows it.
  const [seenUrlName, setSeenUrlName] = useState(urlName);
  if (seenUrlName !== urlName) {
    setSeenUrlName(urlName);
    setDraft(urlName);
  }

  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  function writeUrl(value: string) {
    clearTimeout(timer.current);
    if (value === urlName) return;
    // Mark the new value as seen first, so the URL change does not overwrite what the user typed since.
    setSeenUrlName(value);
    const params = new URLSearchParams(searchParams.toString());
    if (value) params.set('name', value);
    else params.delete('name');
    const query = params.toString();
    // replaceState integrates with the Next router (useSearchParams follows) without a server round trip.
    window.history.replaceState(null, '', query ? `${pathname}?${query}` : pathname);
  }

  function onDraftChange(value: string) {
    setDraft(value);
    clearTimeout(timer.current);
    if (nameFilterError(value)) return;
    timer.current = setTimeout(() => writeUrl(value), DEBOUNCE_MS);
  }

  /** Applies the draft at once (Enter). */
  function applyNow() {
    if (!nameFilterError(draft)) writeUrl(draft);
  }

  function clear() {
    setDraft('');
    writeUrl('');
  }

  return {
    draft,
    draftError: nameFilterError(draft),
    name: urlError ? '' : urlName,
    urlValid: !urlError,
    onDraftChange,
    applyNow,
    clear,
  };
}
