import { QueryClient, hashKey } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { PRESENCE_TTL_MS, TabCoordinator, leaderOf, parseTabMessage, type TabPresence } from '@/lib/browser/tabs';
import { bus } from '@/test/support/tab-bus';

const tab = (id: string, startedAt: number, visible: boolean, topics: string[], background: string[] = []): TabPresence => ({
  id,
  startedAt,
  visible,
  topics,
  background,
});

describe('leaderOf', () => {
  it('picks the oldest visible tab that shows the topic', () => {
    const tabs = [tab('b', 2, true, ['x']), tab('a', 1, false, ['x']), tab('c', 3, true, ['x', 'y']), tab('d', 0, true, ['y'])];
    expect(leaderOf('x', tabs)).toBe('b');
    expect(leaderOf('y', tabs)).toBe('d');
    expect(leaderOf('z', tabs)).toBeUndefined();
    expect(leaderOf('x', [tab('b', 1, true, ['x']), tab('a', 1, true, ['x'])])).toBe('a');
  });

  it('lets hidden tabs lead a background topic', () => {
    expect(leaderOf('x', [tab('a', 1, false, ['x'], ['x']), tab('b', 2, true, ['x'])])).toBe('a');
    expect(leaderOf('x', [tab('a', 1, false, ['x'], ['x'])])).toBe('a');
  });
});

describe('parseTabMessage', () => {
  it('accepts the three kinds and refuses anything else', () => {
    expect(parseTabMessage({ type: 'bye', id: 'a' })).toEqual({ type: 'bye', id: 'a' });
    expect(parseTabMessage({ type: 'data', topic: 't', data: { items: [] }, updatedAt: 5 })).toMatchObject({ type: 'data', topic: 't' });
    expect(parseTabMessage({ type: 'presence', tab: tab('a', 1, true, ['t']) })).toEqual({
      type: 'presence',
      tab: tab('a', 1, true, ['t']),
      reply: false,
    });
    for (const junk of [
      null,
      'x',
      { type: 'bye' },
      { type: 'data', topic: 't', updatedAt: 1 },
      { type: 'presence', tab: { id: 'a', startedAt: 1, visible: true, topics: [1], background: [] } },
      { type: 'presence', tab: { id: 'a', startedAt: 1, visible: true, topics: [] } },
      { type: 'other' },
    ]) {
      expect(parseTabMessage(junk)).toBeUndefined();
    }
  });
});

function setup({ later }: { later?: (task: () => void) => void } = {}) {
  const connect = bus();
  let clock = 1_000;
  const now = () => clock;
  const visibility = { a: true, b: true };
  const a = new TabCoordinator({ channel: connect(), id: 'a', now, isVisible: () => visibility.a, later });
  clock += 1;
  const b = new TabCoordinator({ channel: connect(), id: 'b', now, isVisible: () => visibility.b });
  return { a, b, visibility, advance: (ms: number) => (clock += ms) };
}

const KEY = ['clusters', 'list', {}];
const TOPIC = hashKey(KEY);

describe('TabCoordinator', () => {
  it('lets the oldest visible tab lead, and hands over when it is hidden or gone', () => {
    const { a, b, visibility } = setup();
    a.join(TOPIC);
    const leaveB = b.join(TOPIC);
    expect([a.isLeader(TOPIC), b.isLeader(TOPIC)]).toEqual([true, false]);

    visibility.a = false;
    a.tick();
    expect([a.isLeader(TOPIC), b.isLeader(TOPIC)]).toEqual([false, true]);

    visibility.a = true;
    a.tick();
    expect(b.isLeader(TOPIC)).toBe(false);
    a.goodbye();
    expect(b.isLeader(TOPIC)).toBe(true);
    leaveB();
  });

  it('tells the other tabs at once when hidden, and its own listeners (synchronous re-renders) only after the event', () => {
    const deferred: (() => void)[] = [];
    const { a, b, visibility } = setup({ later: (task) => void deferred.push(task) });
    a.join(TOPIC);
    b.join(TOPIC);
    const heard: string[] = [];
    a.subscribe(() => heard.push('a'));
    b.subscribe(() => heard.push('b'));

    visibility.a = false;
    a.visibilityChanged();
    expect(b.isLeader(TOPIC)).toBe(true);
    expect(heard).toEqual(['b']);
    expect(deferred).toHaveLength(1);
    deferred.splice(0).forEach((task) => task());
    expect(heard).toEqual(['b', 'a']);

    // Shown again: re-elected at once, nothing deferred.
    visibility.a = true;
    a.visibilityChanged();
    expect(deferred).toHaveLength(0);
    expect([a.isLeader(TOPIC), b.isLeader(TOPIC)]).toEqual([true, false]);
    expect(heard.slice(2).sort()).toEqual(['a', 'b']);
  });

  it('keeps a hidden tab leading a background topic, and knows whether any tab is visible', () => {
    const { a, b, visibility } = setup();
    a.join(TOPIC, { background: true });
    b.join(TOPIC, { background: true });
    visibility.a = false;
    a.tick();
    expect([a.isLeader(TOPIC), b.isLeader(TOPIC)]).toEqual([true, false]);
    expect(a.anyVisible()).toBe(true);
    visibility.b = false;
    b.tick();
    expect(a.anyVisible()).toBe(false);
  });

  it('forgets a tab that went silent', () => {
    const { a, b, advance } = setup();
    a.join(TOPIC);
    b.join(TOPIC);
    expect(b.isLeader(TOPIC)).toBe(false);
    advance(PRESENCE_TTL_MS + 1);
    b.tick();
    expect(b.isLeader(TOPIC)).toBe(true);
  });

  it('elects per query: tabs showing different lists each poll their own', () => {
    const { a, b } = setup();
    const other = hashKey(['clusters', 'list', { name: 'kafka' }]);
    a.join(TOPIC);
    b.join(other);
    expect([a.isLeader(TOPIC), b.isLeader(other)]).toEqual([true, true]);
    b.join(TOPIC);
    expect(b.isLeader(TOPIC)).toBe(false);
  });

  it('notifies when the lead changes', () => {
    const { a, b, visibility } = setup();
    a.join(TOPIC);
    b.join(TOPIC);
    let calls = 0;
    b.subscribe(() => calls++);
    visibility.a = false;
    a.tick();
    expect(calls).toBe(1);
    b.tick();
    expect(calls).toBe(1);
  });

  it('sends what the leader fetched to the followers, and only that', async () => {
    const { a, b } = setup();
    const clientA = new QueryClient();
    const clientB = new QueryClient();
    a.attach(clientA);
    a.attach(clientA);
    b.attach(clientB);
    a.join(TOPIC);
    b.join(TOPIC);
    clientB.setQueryData(KEY, { items: ['old'] }, { updatedAt: 1 });

    await clientA.fetchQuery({ queryKey: KEY, queryFn: () => ({ items: ['fresh'] }) });
    expect(clientB.getQueryData(KEY)).toEqual({ items: ['fresh'] });
    expect(clientB.getQueryState(KEY)?.dataUpdatedAt).toBe(clientA.getQueryState(KEY)?.dataUpdatedAt);

    // A follower's own fetch and a hand-set value stay in the follower.
    await clientB.fetchQuery({ queryKey: KEY, queryFn: () => ({ items: ['from-b'] }), staleTime: 0 });
    clientA.setQueryData(KEY, { items: ['by-hand'] });
    expect(clientA.getQueryData(KEY)).toEqual({ items: ['by-hand'] });
    expect(clientB.getQueryData(KEY)).toEqual({ items: ['from-b'] });
  });

  it('ignores data for queries the tab does not show', async () => {
    const { a, b } = setup();
    const clientA = new QueryClient();
    const clientB = new QueryClient();
    a.attach(clientA);
    b.attach(clientB);
    a.join(TOPIC);
    await clientA.fetchQuery({ queryKey: KEY, queryFn: () => ({ items: [] }) });
    expect(clientB.getQueryData(KEY)).toBeUndefined();
  });
});
