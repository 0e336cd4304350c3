'use client';

import { useEffect, useRef, useState } from 'react';
import type { HistoryMode } from '@/components/clusters/list/use-list-view';
import type { ListView } from '@/components/clusters/list/list-view';
import { clusterNameFilterSchema } from '@/lib/api/common/schema';

// The loaded rows follow every keystroke; the API is asked once typing pauses this long. 150 ms is a pause for anyone
// but a fast typist (80 words a minute is about 150 ms a key), and keeps the API's answer within 300 ms of the last
// key on a list of 1,000 clusters (README "Performance"); a pause too early costs one more request, whose answer
// only adds rows.
const DEBOUNCE_MS = 150;
/** Typing counts as paused this long after the last key: until then `typing` is true. */
const TYPING_PAUSE_MS = 500;
/** Commits closer together than this are one search: the first adds a history entry, the rest replace it. */
const ONE_SEARCH_MS = 2_000;

/** The validation message for a name filter, or undefined when it may be sent. */
export function nameFilterError(value: string): string | undefined {
  const result = clusterNameFilterSchema.safeParse(value);
  return result.success ? undefined : result.error.issues[0]?.message;
}

type NameFilterUrl = {
  /** The `name` parameter as written in the URL ('' when absent), valid or not. */
  urlName: string;
  navigate: (change: Partial<ListView>, mode?: HistoryMode) => void;
  /**
   * Asks the API for a name as soon as typing pauses (or Enter), before the URL change renders the list: the
   * request does not wait for that render (about 60–100 ms with 1,000 clusters).
   */
  ask?: (name: string) => void;
};

/**
 * The clusters' name filter, kept in the URL (`?name=`). `draft` is what the input shows; `name` is
 * the valid filter in the URL that the list is fetched with; an invalid URL value is never sent.
 */
export function useClusterNameFilter({ urlName, navigate, ask }: NameFilterUrl) {
  const urlError = nameFilterError(urlName);

  const [draft, setDraft] = useState(urlName);
  // When the URL changes from outside (back button, the "Clusters" link), the input follows it.
  const [seenUrlName, setSeenUrlName] = useState(urlName);
  if (seenUrlName !== urlName) {
    setSeenUrlName(urlName);
    setDraft(urlName);
  }

  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const lastCommit = useRef(0);
  const [typing, setTyping] = useState(false);
  const typingTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(
    () => () => {
      clearTimeout(timer.current);
      clearTimeout(typingTimer.current);
    },
    [],
  );

  function writeUrl(value: string, mode?: HistoryMode) {
    clearTimeout(timer.current);
    if (value === urlName) return;
    // Mark the new value as seen first, so the URL change does not overwrite what the user typed since.
    setSeenUrlName(value);
    if (value !== '') ask?.(value);
    const now = Date.now();
    navigate({ name: value }, mode ?? (now - lastCommit.current < ONE_SEARCH_MS ? 'replace' : 'push'));
    lastCommit.current = now;
  }

  function onDraftChange(value: string) {
    setDraft(value);
    setTyping(true);
    clearTimeout(typingTimer.current);
    typingTimer.current = setTimeout(() => setTyping(false), TYPING_PAUSE_MS);
    clearTimeout(timer.current);
    if (nameFilterError(value)) return;
    timer.current = setTimeout(() => writeUrl(value), DEBOUNCE_MS);
  }

  /** Applies the draft at once (Enter). */
  function applyNow() {
    if (!nameFilterError(draft)) writeUrl(draft);
  }

  /** Empties the input; `navigate` the URL yourself when clearing more than the name (one history entry). */
  function reset() {
    clearTimeout(timer.current);
    setDraft('');
    setSeenUrlName('');
  }

  function clear() {
    reset();
    writeUrl('', 'push');
  }

  return {
    draft,
    draftError: nameFilterError(draft),
    /** A key was typed less than TYPING_PAUSE_MS ago: work that can wait (the rows' node pool counts) waits. */
    typing,
    name: urlError ? '' : urlName,
    urlValid: !urlError,
    onDraftChange,
    applyNow,
    reset,
    clear,
  };
}
