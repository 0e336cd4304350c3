'use client';

import { useEffect } from 'react';
import { useWatched, type WatchedEntry } from '@/lib/watch/store';

/** The resource whose page this is. */
export type ArrivalTarget = { kind: 'cluster'; id: string } | { kind: 'nodepool'; clusterId: string; id: string };

const keyOf = (target: ArrivalTarget) => (target.kind === 'nodepool' ? `nodepool:${target.clusterId}/${target.id}` : `cluster:${target.id}`);

/** A page opened this long after the create asked for it is a later visit, not the arrival. */
export const ARRIVAL_WINDOW_MS = 30_000;
// Per page lifetime: the heading takes focus on arrival only, not on every later visit or re-render.
const arrived = new Set<string>();

/** Whether `entry` is the create this browser just asked for, of the target resource. */
export function isFreshCreate(entry: WatchedEntry, target: ArrivalTarget, now: number): boolean {
  if (entry.action !== 'create' || now - entry.at > ARRIVAL_WINDOW_MS || entry.id !== target.id) return false;
  return entry.kind === 'nodepool' ? target.kind === 'nodepool' && entry.clusterId === target.clusterId : target.kind === 'cluster';
}

/**
 * After the wizard creates a cluster or pool and opens its page, focus lands on the page's heading (not on
 * <body>), so keyboard and screen reader users start from the new resource's name. `ready`: the heading is shown.
 */
export function useArrivalFocus(target: ArrivalTarget, ready: boolean): void {
  const watched = useWatched();
  const key = keyOf(target);
  const clusterId = target.kind === 'nodepool' ? target.clusterId : undefined;
  const id = target.id;
  useEffect(() => {
    const self: ArrivalTarget = clusterId === undefined ? { kind: 'cluster', id } : { kind: 'nodepool', clusterId, id };
    const fresh = watched.some((entry) => isFreshCreate(entry, self, Date.now()));
    if (!ready || !fresh || arrived.has(key)) return;
    arrived.add(key);
    const active = document.activeElement;
    // Only where focus was lost with the wizard's page; a user already elsewhere keeps their place.
    if (active && active !== document.body && active.id !== 'main-content') return;
    const heading = document.querySelector<HTMLElement>('#main-content h1');
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus();
  }, [key, clusterId, id, ready, watched]);
}
