// Several console tabs, one poller. Tabs of the console talk over a BroadcastChannel: each tells the others
// which polled queries it shows and whether it is visible. For each query, the oldest visible tab showing it
// is the leader: it alone polls, and after every successful fetch it sends the data to the other tabs, which
// put it into their cache with queryClient.setQueryData. Hidden tabs neither poll nor lead, except for a
// query marked `background` (the watcher's: toasts must arrive in a hidden tab too). Without BroadcastChannel
// every tab leads.
import { hashKey, useQueryClient, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';

export const CHANNEL_NAME = 'console-queries';
export const HEARTBEAT_MS = 2_000;
/** A tab not heard of for this long is gone (closed without "bye", crashed, frozen). */
export const PRESENCE_TTL_MS = 3 * HEARTBEAT_MS;

export type TabPresence = {
  id: string;
  /** When the tab started; the oldest tab leads, so opening another one does not move the lead. */
  startedAt: number;
  visible: boolean;
  /** Hashes of the queries the tab shows (react-query's hashKey). */
  topics: readonly string[];
  /** Those of `topics` the tab keeps polling while hidden (e.g. the watcher's, for browser notifications). */
  background: readonly string[];
};

export type TabMessage =
  | { type: 'presence'; tab: TabPresence; reply: boolean }
  | { type: 'bye'; id: string }
  | { type: 'data'; topic: string; data: unknown; updatedAt: number };

const before = (a: TabPresence, b: TabPresence) => a.startedAt < b.startedAt || (a.startedAt === b.startedAt && a.id < b.id);

/**
 * The id of the tab that polls `topic`: the oldest visible tab showing it (hidden ones too for a background
 * topic); undefined when there is none.
 */
export function leaderOf(topic: string, tabs: Iterable<TabPresence>): string | undefined {
  let leader: TabPresence | undefined;
  for (const tab of tabs) {
    if (!tab.topics.includes(topic) || !(tab.visible || tab.background.includes(topic))) continue;
    if (!leader || before(tab, leader)) leader = tab;
  }
  return leader?.id;
}

/** Peers heard of within the TTL. */
export function livePeers(peers: ReadonlyMap<string, TabPresence & { seenAt: number }>, now: number): TabPresence[] {
  return [...peers.values()].filter((peer) => now - peer.seenAt <= PRESENCE_TTL_MS);
}

const isString = (value: unknown): value is string => typeof value === 'string';

/** A message from another tab, checked: any script of the origin may post on the channel. */
export function parseTabMessage(value: unknown): TabMessage | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const message = value as Record<string, unknown>;
  if (message.type === 'bye') return isString(message.id) ? { type: 'bye', id: message.id } : undefined;
  if (message.type === 'data') {
    const { topic, data, updatedAt } = message;
    return isString(topic) && typeof updatedAt === 'number' && data !== undefined ? { type: 'data', topic, data, updatedAt } : undefined;
  }
  if (message.type === 'presence') {
    const tab = message.tab as Record<string, unknown> | undefined;
    if (!tab || !isString(tab.id) || typeof tab.startedAt !== 'number' || typeof tab.visible !== 'boolean') return undefined;
    const strings = (list: unknown): list is string[] => Array.isArray(list) && list.every(isString);
    if (!strings(tab.topics) || !strings(tab.background)) return undefined;
    const presence: TabPresence = { id: tab.id, startedAt: tab.startedAt, visible: tab.visible, topics: tab.topics, background: tab.background };
    return { type: 'presence', tab: presence, reply: message.reply === true };
  }
  return undefined;
}

export type ChannelLike = {
  postMessage(message: TabMessage): void;
  onmessage: ((event: { data: unknown }) => void) | null;
};

export type TabCoordinatorDeps = {
  channel: ChannelLike;
  isVisible: () => boolean;
  now?: () => number;
  id?: string;
  /** Runs a task soon, after the current event (the browser's setTimeout 0); see visibilityChanged(). */
  later?: (task: () => void) => void;
};

/** The per-tab side of the election and the data hand-over; browser wiring is in getTabCoordinator(). */
export class TabCoordinator {
  readonly id: string;
  readonly startedAt: number;
  private readonly peers = new Map<string, TabPresence & { seenAt: number }>();
  private readonly topics = new Map<string, number>();
  private readonly background = new Map<string, number>();
  private readonly listeners = new Set<() => void>();
  private readonly now: () => number;
  private client: QueryClient | undefined;
  private unsubscribeCache: (() => void) | undefined;
  private attached = 0;
  private leaderships = '';

  constructor(private readonly deps: TabCoordinatorDeps) {
    this.now = deps.now ?? Date.now;
    this.id = deps.id ?? Math.random().toString(36).slice(2);
    this.startedAt = this.now();
    deps.channel.onmessage = (event) => this.receive(event.data);
  }

  private self(): TabPresence {
    const { id, startedAt } = this;
    return { id, startedAt, visible: this.deps.isVisible(), topics: [...this.topics.keys()], background: [...this.background.keys()] };
  }

  /** Whether any console tab (this one included) is in front of the user. */
  anyVisible(): boolean {
    return this.deps.isVisible() || livePeers(this.peers, this.now()).some((peer) => peer.visible);
  }

  isLeader(topic: string): boolean {
    return leaderOf(topic, [this.self(), ...livePeers(this.peers, this.now())]) === this.id;
  }

  /**
   * Shows `topic` in this tab until the returned function is called; `background` keeps the tab a candidate
   * while hidden. Counted: several components may show the same query.
   */
  join(topic: string, { background = false }: { background?: boolean } = {}): () => void {
    const counts = background ? [this.topics, this.background] : [this.topics];
    for (const map of counts) map.set(topic, (map.get(topic) ?? 0) + 1);
    this.announce(false);
    this.changed();
    return () => {
      for (const map of counts) {
        const count = (map.get(topic) ?? 1) - 1;
        if (count > 0) map.set(topic, count);
        else map.delete(topic);
      }
      this.announce(false);
      this.changed();
    };
  }

  /** Heartbeat and visibility changes: tell the others, forget silent peers, re-elect. */
  tick(): void {
    if (this.topics.size > 0) this.announce(false);
    const now = this.now();
    for (const [id, peer] of this.peers) if (now - peer.seenAt > PRESENCE_TTL_MS) this.peers.delete(id);
    this.changed();
  }

  /**
   * The tab was shown or hidden. Shown: re-elect at once. Hidden: the other tabs are told at once, but this tab's
   * own leaderships change a moment later. Each one re-renders its polled queries synchronously (it is a
   * useSyncExternalStore), which first finishes a hydration still under way: a page left or reloaded right after its
   * rows showed (the list of 1,000 clusters) spent 130 ms in its visibilitychange handler before the next page could
   * load. Deferred, that work never runs on a page being left.
   */
  visibilityChanged(): void {
    if (this.deps.isVisible()) return this.tick();
    if (this.topics.size > 0) this.announce(false);
    (this.deps.later ?? ((task) => setTimeout(task, 0)))(() => this.tick());
  }

  /** Feeds data fetched here to the other tabs, and data from them into `client` (one subscription however often called). */
  attach(client: QueryClient): () => void {
    if (this.client !== client) {
      this.unsubscribeCache?.();
      this.client = client;
      this.attached = 0;
      this.unsubscribeCache = client.getQueryCache().subscribe((event) => {
        // Only real fetches are passed on: data set by hand (a mutation's answer, another tab's data) stays local.
        if (event.type !== 'updated' || event.action.type !== 'success' || event.action.manual) return;
        const topic = event.query.queryHash;
        if (!this.topics.has(topic) || !this.isLeader(topic)) return;
        this.deps.channel.postMessage({ type: 'data', topic, data: event.query.state.data, updatedAt: event.query.state.dataUpdatedAt });
      });
    }
    this.attached++;
    return () => {
      if (--this.attached > 0 || this.client !== client) return;
      this.unsubscribeCache?.();
      this.unsubscribeCache = undefined;
      this.client = undefined;
    };
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The tab is going away (or into the back/forward cache, from which the next heartbeat brings it back). */
  goodbye(): void {
    this.deps.channel.postMessage({ type: 'bye', id: this.id });
  }

  private announce(reply: boolean): void {
    this.deps.channel.postMessage({ type: 'presence', tab: this.self(), reply });
  }

  private receive(raw: unknown): void {
    const message = parseTabMessage(raw);
    if (!message) return;
    if (message.type === 'bye') this.peers.delete(message.id);
    if (message.type === 'presence' && message.tab.id !== this.id) {
      const known = this.peers.has(message.tab.id);
      this.peers.set(message.tab.id, { ...message.tab, seenAt: this.now() });
      // A newcomer learns about this tab at once instead of waiting for the next heartbeat.
      if (!known && !message.reply && this.topics.size > 0) this.announce(true);
    }
    if (message.type === 'data') this.accept(message.topic, message.data, message.updatedAt);
    this.changed();
  }

  private accept(topic: string, data: unknown, updatedAt: number): void {
    const query = this.client?.getQueryCache().get(topic);
    if (!query || !this.topics.has(topic) || query.state.dataUpdatedAt >= updatedAt) return;
    this.client!.setQueryData(query.queryKey, data, { updatedAt });
  }

  private changed(): void {
    const now = [...this.topics.keys()].map((topic) => `${topic}:${this.isLeader(topic)}`).join('|');
    if (now === this.leaderships) return;
    this.leaderships = now;
    for (const listener of this.listeners) listener();
  }
}

let browserCoordinator: TabCoordinator | null | undefined;

/** The tab's coordinator, or null where there is no BroadcastChannel (and on the server). */
export function getTabCoordinator(): TabCoordinator | null {
  if (browserCoordinator !== undefined) return browserCoordinator;
  if (typeof window === 'undefined' || typeof BroadcastChannel === 'undefined') return (browserCoordinator = null);
  const channel = new BroadcastChannel(CHANNEL_NAME) as unknown as ChannelLike;
  const coordinator = new TabCoordinator({ channel, isVisible: () => document.visibilityState === 'visible' });
  document.addEventListener('visibilitychange', () => coordinator.visibilityChanged());
  window.addEventListener('pagehide', () => coordinator.goodbye());
  setInterval(() => coordinator.tick(), HEARTBEAT_MS);
  browserCoordinator = coordinator;
  return coordinator;
}

const alwaysLeader = () => () => {};

/**
 * Whether this tab should poll the query with `queryKey`; followers get the leader's data. Components use
 * usePolledQuery (lib/browser/polled-query.ts), which applies it.
 * `background`: the query is polled while hidden too (refetchIntervalInBackground), so hidden tabs may lead.
 */
export function useTabLeader(queryKey: QueryKey, { background = false }: { background?: boolean } = {}): boolean {
  const client = useQueryClient();
  const coordinator = getTabCoordinator();
  const topic = hashKey(queryKey);
  useEffect(() => {
    if (!coordinator) return;
    const detach = coordinator.attach(client);
    const leave = coordinator.join(topic, { background });
    return () => {
      leave();
      detach();
    };
  }, [coordinator, client, topic, background]);
  return useSyncExternalStore(
    coordinator ? (listener) => coordinator.subscribe(listener) : alwaysLeader,
    () => coordinator?.isLeader(topic) ?? true,
    () => true,
  );
}
