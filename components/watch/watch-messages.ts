// The words of the watcher's toasts and browser notifications, per kind of watched resource (the rules are in
// lib/watch). Clusters and node pools differ only in their words and their link.
import { stateLabel } from '@/lib/format/state';
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

function presentation(entry: WatchedEntry) {
  const cluster = `/clusters/${encodeURIComponent(entry.kind === 'nodepool' ? entry.clusterId : entry.id)}`;
  return entry.kind === 'nodepool'
    ? { words: KINDS.nodepool, id: `nodepool-${entry.id}`, href: `${cluster}/nodepools/${encodeURIComponent(entry.id)}` }
    : { words: KINDS.cluster, id: `cluster-${entry.id}`, href: cluster };
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

export function outcomeMessage(entry: WatchedEntry, outcome: WatchOutcome): ToastInput {
  const { words, id, href } = presentation(entry);
  const name = watchedName(entry);
  const title = words.titled(name);
  const open = { label: words.open, href };
  switch (outcome.kind) {
    case 'available':
      return entry.action === 'create'
        ? { id, variant: 'success', title: `${title} is ready`, description: words.ready, action: open }
        : { id, variant: 'success', title: `Changes to ${name} are done`, description: `The ${words.noun} is available again.`, action: open };
    case 'failed':
      return {
        id,
        variant: 'error',
        title: `${VERB[entry.action]} ${name} failed`,
        description: `The ${words.noun} is in state “${stateLabel(outcome.state)}”. Open it for details, or try again.`,
        action: open,
      };
    case 'deleted':
      return { id, variant: 'success', title: `${title} was deleted`, description: words.deleted };
    case 'gone':
      return { id, variant: 'info', title: `${title} no longer exists`, description: 'It was deleted while the change was under way.' };
  }
}
