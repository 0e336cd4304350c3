// The words of the watcher's toasts and browser notifications, per kind of watched resource (the rules are in
// lib/watch). Clusters and node pools differ only in their words and their link.
import { stateLabel } from '@/lib/format/state';
import { clusterHref, nodePoolHref } from '@/lib/routes';
import type { ToastInput } from '@/lib/toast';
import type { WatchOutcome } from '@/lib/watch/outcome';
import type { WatchedEntry } from '@/lib/watch/store';

const VERB = { create: 'Creating', update: 'Changing', delete: 'Deleting' } as const;
const KINDS = {
  cluster: {
    noun: 'cluster',
    /** How the title starts when it names the resource first. */
    titled: (name: string) => `Cluster ${name}`,
    ready: 'It is available: add node pools or download its kubeconfig.',
    deleted: 'It and its node pools are gone.',
    open: 'Open cluster',
  },
  nodepool: {
    noun: 'node pool',
    titled: (name: string) => name.charAt(0).toUpperCase() + name.slice(1),
    ready: 'Its nodes are available to the cluster.',
    deleted: 'Its nodes are gone from the cluster.',
    open: 'Open node pool',
  },
} as const;

/**
 * The id of every toast about one resource: a toast with it replaces the one on screen, so "Creating node pool …"
 * gives way to "… is ready" instead of outliving it.
 */
export function resourceToastId(kind: 'cluster' | 'nodepool', id: string): string {
  return `${kind}-${id}`;
}

function presentation(entry: WatchedEntry) {
  const cluster = clusterHref(entry.kind === 'nodepool' ? entry.clusterId : entry.id);
  return entry.kind === 'nodepool'
    ? { words: KINDS.nodepool, id: resourceToastId('nodepool', entry.id), href: nodePoolHref(entry.clusterId, entry.id) }
    : { words: KINDS.cluster, id: resourceToastId('cluster', entry.id), href: cluster };
}

/**
 * The resource as the toast's sentences name it: a cluster's name in quotes (“lake”), a node pool's with its
 * noun (node pool “trino”); the id's start when the name was never known.
 */
export function watchedName(entry: WatchedEntry): string {
  const { words } = presentation(entry);
  if (!entry.name) return `${words.noun} ${entry.id.slice(0, 8)}`;
  return entry.kind === 'nodepool' ? `${words.noun} “${entry.name}”` : `“${entry.name}”`;
}

/**
 * The toast for an outcome. `currentPath`: the page the user is on; a link to that very page is left out (the
 * page itself shows the outcome).
 */
export function outcomeMessage(entry: WatchedEntry, outcome: WatchOutcome, currentPath?: string): ToastInput {
  const message = messageOf(entry, outcome);
  if (message.action?.href !== undefined && message.action.href === currentPath) return { ...message, action: undefined };
  return message;
}

function messageOf(entry: WatchedEntry, outcome: WatchOutcome): ToastInput {
  const { words, id, href } = presentation(entry);
  const name = watchedName(entry);
  const title = words.titled(name);
  const open = { label: words.open, href };
  const upgradeTo = entry.kind === 'nodepool' ? undefined : entry.upgradeTo;
  switch (outcome.kind) {
    case 'available':
      if (entry.action === 'create') return { id, variant: 'success', title: `${title} is ready`, description: words.ready, action: open };
      if (upgradeTo)
        return { id, variant: 'success', title: `${title} upgraded to ${upgradeTo}`, description: 'The cluster is available again.', action: open };
      return { id, variant: 'success', title: `Changes to ${name} are done`, description: `The ${words.noun} is available again.`, action: open };
    case 'failed':
      return {
        id,
        variant: 'error',
        title: upgradeTo ? `Upgrading ${name} to ${upgradeTo} failed` : `${VERB[entry.action]} ${name} failed`,
        description: `The ${words.noun} is in state “${stateLabel(outcome.state)}”. Open it for details, or try again.`,
        action: open,
      };
    case 'deleted':
      return { id, variant: 'success', title: `${title} was deleted`, description: words.deleted };
    case 'gone':
      return { id, variant: 'info', title: `${title} no longer exists`, description: 'It was deleted while the change was under way.' };
  }
}
