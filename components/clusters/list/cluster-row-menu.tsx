'use client';

import dynamic from 'next/dynamic';
import Link from 'next/link';
import { useEffect, useId, useRef, useState, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react';
import { deleteAvailability, editAvailability, kubeconfigAvailability, upgradeAvailability } from '@/components/clusters/detail/cluster-actions';
import { useKubeconfigDownload } from '@/components/clusters/detail/use-kubeconfig-download';
import { useClusterRole } from '@/components/portal/team/use-cluster-team';
import { enabled, type Availability } from '@/components/shared/availability';
import type { ClusterResponse } from '@/lib/api/clusters/schema';
import { clusterHref, editClusterHref } from '@/lib/routes';
import { toast } from '@/lib/toast';
import { cn } from '@/lib/utils';

// The dialogs (their forms, mutations and error handling: about 10 KB gzip) load when a row first asks for one, not
// with the list; once loaded they stay mounted, so closing returns focus to the menu button as before.
const UpgradeDialog = dynamic(() => import('@/components/clusters/detail/upgrade-dialog').then((m) => m.UpgradeDialog), { ssr: false });
const DeleteDialog = dynamic(() => import('@/components/clusters/detail/delete-dialog').then((m) => m.DeleteDialog), { ssr: false });

type Item = { key: string; label: string; availability: Availability } & ({ href: string } | { onSelect: () => void });

// The menu is fixed to the viewport: the table's scroll frame would clip a menu positioned inside it.
function placeMenu(button: HTMLElement): CSSProperties {
  const rect = button.getBoundingClientRect();
  const right = Math.max(8, window.innerWidth - rect.right);
  // Room for five items with their reasons below the button, else it opens upwards.
  return rect.bottom + 280 > window.innerHeight && rect.top > 280
    ? { position: 'fixed', right, bottom: window.innerHeight - rect.top + 4 }
    : { position: 'fixed', right, top: rect.bottom + 4 };
}

const itemClass =
  'flex w-full flex-col items-start rounded-sm px-3 py-1.5 text-left text-sm outline-none focus-visible:bg-blue-100 focus-visible:outline-2 focus-visible:outline-blue-600 hover:bg-slate-100 dark:hover:bg-slate-800 dark:focus-visible:bg-blue-950 dark:focus-visible:outline-blue-400';

/**
 * A row's actions in a menu button (the ARIA menu pattern): Open, Download kubeconfig, Edit, Upgrade, Delete. An
 * action the cluster's state (or, in portal mode, the person's role) does not allow stays in the menu, disabled, with
 * the reason from cluster-actions.ts.
 * Upgrade and Delete open the detail page's own dialogs; focus comes back to the menu button after them.
 */
export function ClusterRowMenu({ cluster }: { cluster: ClusterResponse }) {
  const name = cluster.properties.name ?? cluster.id;
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState<{ style: CSSProperties; focus: 'first' | 'last' } | null>(null);
  const [dialog, setDialog] = useState<'upgrade' | 'delete' | null>(null);
  // Which dialogs this row has opened: only those are loaded and mounted.
  const [used, setUsed] = useState<{ upgrade?: true; delete?: true }>({});
  function openDialog(which: 'upgrade' | 'delete') {
    setUsed((current) => ({ ...current, [which]: true }));
    setDialog(which);
  }
  const kubeconfig = useKubeconfigDownload(cluster.id, cluster.properties.name);
  const state = cluster.metadata.state;
  const role = useClusterRole(cluster.id);

  const items: Item[] = [
    { key: 'open', label: 'Open', availability: enabled, href: clusterHref(cluster.id) },
    {
      key: 'kubeconfig',
      label: kubeconfig.busy ? 'Downloading kubeconfig…' : 'Download kubeconfig',
      availability: kubeconfig.busy ? { enabled: false, reason: 'The download is under way.' } : kubeconfigAvailability(state, role),
      onSelect: () => void kubeconfig.download('yaml'),
    },
    { key: 'edit', label: 'Edit', availability: editAvailability(state, role), href: editClusterHref(cluster.id) },
    { key: 'upgrade', label: 'Upgrade…', availability: upgradeAvailability(cluster, role), onSelect: () => openDialog('upgrade') },
    { key: 'delete', label: 'Delete…', availability: deleteAvailability(state, role), onSelect: () => openDialog('delete') },
  ];

  const outcome = kubeconfig.outcome;
  useEffect(() => {
    if (outcome?.kind === 'saved') toast({ title: `Kubeconfig of “${name}” saved`, description: outcome.fileName, variant: 'success' });
    if (outcome?.kind === 'error') toast({ title: `Kubeconfig of “${name}” not saved`, description: outcome.message, variant: 'error' });
  }, [outcome, name]);

  const menuItems = () => Array.from(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);

  const isOpen = open !== null;
  useEffect(() => {
    if (!open) return;
    const all = menuItems();
    (open.focus === 'first' ? all[0] : all.at(-1))?.focus({ preventScroll: true });
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpen(null);
    };
    // Fixed to the viewport: when the page scrolls or resizes, the menu follows its button.
    const onMove = () => setOpen((current) => (current && button.current ? { ...current, style: placeMenu(button.current) } : current));
    document.addEventListener('pointerdown', onPointerDown);
    window.addEventListener('scroll', onMove, true);
    window.addEventListener('resize', onMove);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      window.removeEventListener('scroll', onMove, true);
      window.removeEventListener('resize', onMove);
    };
    // Focus moves when the menu opens, not at each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [isOpen]);

  function show(focus: 'first' | 'last') {
    if (button.current) setOpen({ style: placeMenu(button.current), focus });
  }

  function closeToButton() {
    setOpen(null);
    button.current?.focus();
  }

  function onButtonKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      show(event.key === 'ArrowDown' ? 'first' : 'last');
    }
  }

  function onMenuKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const all = menuItems();
    const current = all.indexOf(document.activeElement as HTMLElement);
    const focusAt = (index: number) => all[(index + all.length) % all.length]?.focus();
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        focusAt(current + 1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        focusAt(current - 1);
        break;
      case 'Home':
        event.preventDefault();
        focusAt(0);
        break;
      case 'End':
        event.preventDefault();
        focusAt(all.length - 1);
        break;
      case 'Escape':
        event.preventDefault();
        closeToButton();
        break;
      case 'Tab':
        setOpen(null);
        break;
      case ' ':
        // Space activates a menu item, links included.
        event.preventDefault();
        (document.activeElement as HTMLElement | null)?.click();
        break;
    }
  }

  function select(item: Item) {
    if (!item.availability.enabled || !('onSelect' in item)) return;
    // Focus goes back to the button first: a dialog opened next returns it there when it closes.
    closeToButton();
    item.onSelect();
  }

  function renderItem(item: Item): ReactNode {
    const reasonId = `${id}-${item.key}-reason`;
    const reason = item.availability.enabled ? null : (
      <span id={reasonId} className="text-xs text-muted-foreground">
        {item.availability.reason}
      </span>
    );
    const common = {
      role: 'menuitem',
      tabIndex: -1,
      'aria-describedby': item.availability.enabled ? undefined : reasonId,
    } as const;
    if ('href' in item && item.availability.enabled) {
      return (
        <Link key={item.key} href={item.href} prefetch={false} className={itemClass} {...common} onClick={() => setOpen(null)}>
          {item.label}
        </Link>
      );
    }
    return (
      <button
        key={item.key}
        type="button"
        className={cn(itemClass, !item.availability.enabled && 'cursor-not-allowed')}
        aria-disabled={!item.availability.enabled || undefined}
        onClick={() => select(item)}
        {...common}
      >
        <span className={item.availability.enabled ? undefined : 'text-muted-foreground'}>{item.label}</span>
        {reason}
      </button>
    );
  }

  return (
    <>
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open !== null}
        aria-controls={open ? `${id}-menu` : undefined}
        aria-label={`Actions for ${name}`}
        onClick={() => (open ? setOpen(null) : show('first'))}
        onKeyDown={onButtonKeyDown}
        className="inline-flex size-8 items-center justify-center rounded-md hover:bg-slate-200/70 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-blue-600 dark:hover:bg-slate-800 dark:focus-visible:outline-blue-400"
      >
        <svg aria-hidden="true" viewBox="0 0 16 16" className="size-4 fill-current">
          <circle cx="8" cy="3" r="1.5" />
          <circle cx="8" cy="8" r="1.5" />
          <circle cx="8" cy="13" r="1.5" />
        </svg>
      </button>
      {open ? (
        <div
          ref={menu}
          id={`${id}-menu`}
          role="menu"
          aria-label={`Actions for ${name}`}
          style={open.style}
          onKeyDown={onMenuKeyDown}
          className="z-40 grid w-72 max-w-[calc(100vw-1rem)] gap-0.5 rounded-md border border-border bg-white p-1 shadow-lg dark:bg-slate-900"
        >
          {items.map(renderItem)}
        </div>
      ) : null}
      {used.upgrade ? (
        <UpgradeDialog cluster={cluster} open={dialog === 'upgrade'} onOpenChange={(next) => setDialog(next ? 'upgrade' : null)} />
      ) : null}
      {used.delete ? <DeleteDialog cluster={cluster} open={dialog === 'delete'} onOpenChange={(next) => setDialog(next ? 'delete' : null)} /> : null}
    </>
  );
}
