'use client';

import { useQueries } from '@tanstack/react-query';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Input } from '@/components/ui/input';
import { clusterQueries } from '@/lib/api/clusters/queries';
import { datacenterQueries, datacentersById } from '@/lib/api/datacenters/queries';
import type { NodePoolListResponse, NodePoolResponse } from '@/lib/api/nodepools/schema';
import { nodePoolQueries } from '@/lib/api/nodepools/queries';
import { stateLabel } from '@/lib/format/state';
import { searchResults, type SearchResult } from '@/lib/search/results';
import { cn } from '@/lib/utils';

/** Node pool lists are read once per cluster and kept this long; the search does not poll. */
const POOLS_FRESH_MS = 60_000;

// The clusters as the pages read them, without polling of its own.
const searchedClusters = { ...clusterQueries.list(), refetchInterval: false as const };
const firstData = <T,>(results: { data?: T }[]): T | undefined => results[0]?.data;
// An array (not a tuple) of zero or one queries, which useQueries types like any list of queries.
const onlyIf = <T,>(condition: boolean, options: T): T[] => (condition ? [options] : []);

// Module-level, so react-query keeps the combined value while the pool lists stay the same.
function combinePools(results: { data?: NodePoolListResponse; isPending: boolean }[]) {
  return { pending: results.some((result) => result.isPending), items: results.map((result) => result.data?.items) };
}

/** Whether a key press happens while the user types somewhere, where "/" is just a character. */
function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || target.closest('dialog[open]') !== null;
}

/**
 * The console's search: one box in the header that finds clusters and node pools by name, id, data center name or
 * location (lib/search), from any page; "/" focuses it. An ARIA combobox: arrows move through the results, Enter
 * opens one, Escape closes them. It reads nothing until it is used: the clusters and data centers (cached, shared
 * with the pages) when it gets focus, and the node pools, one read per cluster, once something is typed.
 */
export function ConsoleSearch() {
  const router = useRouter();
  const id = useId();
  const listboxId = `${id}-results`;
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [used, setUsed] = useState(false);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  useEffect(() => {
    function onKeyDown(event: globalThis.KeyboardEvent) {
      if (event.key !== '/' || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || typingIn(event.target)) return;
      event.preventDefault();
      input.current?.focus();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  // No observer at all until used (not even a disabled one): a query this header puts in the cache first would keep
  // the page's server-rendered data (HydrationBoundary) out of the server render.
  const clusterList = useQueries({ queries: onlyIf(used, searchedClusters), combine: firstData });
  const datacenterList = useQueries({ queries: onlyIf(used, datacenterQueries.list()), combine: firstData });
  const typed = query.trim() !== '';
  const clusterIds = useMemo(() => (clusterList?.items ?? []).map((cluster) => cluster.id), [clusterList]);
  const pools = useQueries({
    queries: clusterIds.map((clusterId) => ({
      ...nodePoolQueries.list(clusterId),
      enabled: typed,
      refetchInterval: false as const,
      staleTime: POOLS_FRESH_MS,
    })),
    combine: combinePools,
  });
  const poolsLoading = typed && pools.pending;
  const poolsByCluster = useMemo(
    () =>
      new Map(
        clusterIds.flatMap((clusterId, index): [string, readonly NodePoolResponse[]][] => {
          const items = pools.items[index];
          return items ? [[clusterId, items]] : [];
        }),
      ),
    [clusterIds, pools.items],
  );
  const datacenterMap = useMemo(() => datacentersById(datacenterList?.items), [datacenterList]);
  const groups = useMemo(
    () => searchResults(query, clusterList?.items ?? [], poolsByCluster, datacenterMap),
    [query, clusterList, poolsByCluster, datacenterMap],
  );
  const results: SearchResult[] = useMemo(() => [...groups.clusters, ...groups.nodePools], [groups]);
  const expanded = open && typed;
  const activeResult = expanded ? results[active] : undefined;
  const optionId = (index: number) => `${id}-option-${index}`;

  function close() {
    setOpen(false);
    setActive(-1);
  }

  function go(result: SearchResult) {
    close();
    setQuery('');
    input.current?.blur();
    router.push(result.href);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        setOpen(true);
        if (results.length === 0) return;
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive((current) => (current < 0 && step < 0 ? results.length - 1 : (current + step + results.length) % results.length));
        return;
      }
      case 'Enter': {
        const chosen = activeResult ?? (expanded ? results[0] : undefined);
        if (!chosen) return;
        event.preventDefault();
        go(chosen);
        return;
      }
      case 'Escape':
        if (expanded) {
          event.preventDefault();
          close();
        } else if (query) {
          event.preventDefault();
          setQuery('');
        }
        return;
    }
  }

  const status = !typed
    ? ''
    : results.length === 0
      ? poolsLoading || !clusterList
        ? 'Searching…'
        : `Nothing found for “${query.trim()}”.`
      : `${results.length === 1 ? '1 result' : `${results.length} results`}${poolsLoading ? ', node pools still loading' : ''}.`;

  // `offset`: the position of the group's first result among all results (the active index counts across groups).
  function group(key: 'clusters' | 'pools', label: string, items: SearchResult[], offset: number) {
    if (items.length === 0) return null;
    // An id without blanks: aria-labelledby reads a list of ids.
    const labelId = `${id}-group-${key}`;
    return (
      <div role="group" aria-labelledby={labelId}>
        <div id={labelId} role="presentation" className="px-3 pt-2 pb-1 text-xs font-semibold text-muted-foreground uppercase">
          {label}
        </div>
        {items.map((result, index) => {
          const position = offset + index;
          const selected = position === active;
          return (
            <Link
              key={`${result.kind}-${result.id}`}
              id={optionId(position)}
              role="option"
              aria-selected={selected}
              href={result.href}
              prefetch={false}
              tabIndex={-1}
              onMouseDown={(event) => event.preventDefault()}
              onMouseEnter={() => setActive(position)}
              onClick={(event) => {
                if (event.metaKey || event.ctrlKey || event.shiftKey) return;
                event.preventDefault();
                go(result);
              }}
              className={cn('flex flex-col px-3 py-1.5 text-sm', selected && 'bg-blue-100 dark:bg-blue-950')}
            >
              <span className="font-medium">{result.name}</span>
              <span className="text-xs text-muted-foreground">
                {stateLabel(result.state)} · {result.detail}
              </span>
            </Link>
          );
        })}
      </div>
    );
  }

  return (
    <div
      role="search"
      aria-label="Console"
      className="relative min-w-0 flex-1 sm:w-72 sm:flex-none"
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) close();
      }}
    >
      <label htmlFor={`${id}-input`} className="sr-only">
        Search clusters and node pools by name, ID or data center
      </label>
      <Input
        ref={input}
        id={`${id}-input`}
        type="search"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listboxId}
        aria-autocomplete="list"
        aria-activedescendant={activeResult ? optionId(active) : undefined}
        aria-keyshortcuts="/"
        placeholder="Search  /"
        autoComplete="off"
        spellCheck={false}
        maxLength={100}
        value={query}
        onFocus={() => setUsed(true)}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
      />
      <p role="status" className="sr-only">
        {expanded ? status : ''}
      </p>
      <div
        id={listboxId}
        role="listbox"
        aria-label="Search results"
        hidden={!expanded || results.length === 0}
        className="absolute top-full right-0 z-40 mt-1 max-h-[70vh] w-[min(24rem,calc(100vw-2rem))] overflow-y-auto rounded-md border border-border bg-white py-1 shadow-lg dark:bg-slate-900"
      >
        {group('clusters', 'Clusters', groups.clusters, 0)}
        {group('pools', 'Node pools', groups.nodePools, groups.clusters.length)}
      </div>
      {expanded && results.length === 0 ? (
        <div className="absolute top-full right-0 z-40 mt-1 w-[min(24rem,calc(100vw-2rem))] rounded-md border border-border bg-white px-3 py-2 text-sm shadow-lg dark:bg-slate-900">
          {status}
        </div>
      ) : null}
    </div>
  );
}
