'use client';

// Opt-in browser notifications for watched clusters. Permission is asked only from the toggle's click;
// the choice is kept per browser in localStorage. Notifications are sent only when no console tab is in
// front of the user: otherwise the toast says it.
import { useSyncExternalStore } from 'react';
import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { STORAGE_KEYS } from '@/lib/browser/keys';
import { createStorageStore } from '@/lib/browser/storage-store';
import { getTabCoordinator } from '@/lib/browser/tabs';
import type { ToastInput } from '@/lib/toast';

type Status = 'unsupported' | 'blocked' | 'off' | 'on';

/** Whether the user opted in; the browser's permission is the other half of the status. */
const wanted = createStorageStore({ key: STORAGE_KEYS.browserNotifications, scope: 'local', schema: z.boolean(), initial: false });

export function notificationStatus(): Status {
  if (typeof window === 'undefined' || typeof Notification === 'undefined') return 'unsupported';
  if (Notification.permission === 'denied') return 'blocked';
  return Notification.permission === 'granted' && wanted.get() ? 'on' : 'off';
}

/** Sends a browser notification for `message` when the user opted in and no console tab is visible. */
export function notifyInBrowser(message: ToastInput): void {
  if (notificationStatus() !== 'on') return;
  const coordinator = getTabCoordinator();
  const seen = coordinator ? coordinator.anyVisible() : document.visibilityState === 'visible';
  if (seen) return;
  try {
    // One tag per toast id: should two tabs send it, the browser shows one.
    const notification = new Notification(message.title, { body: message.description, tag: message.id });
    notification.onclick = () => {
      window.focus();
      if (message.action?.href) window.location.assign(message.action.href);
      notification.close();
    };
  } catch {
    // Some mobile browsers only notify through a service worker; the toast remains.
  }
}

const LABEL: Record<Status, string> = {
  unsupported: 'Browser notifications unavailable',
  blocked: 'Browser notifications blocked',
  off: 'Browser notifications: off',
  on: 'Browser notifications: on',
};

const HINT: Record<Status, string> = {
  unsupported: 'This browser cannot show notifications.',
  blocked: 'Notifications are blocked for this site in the browser’s settings.',
  off: 'Get a browser notification when a cluster you created or changed is ready or failed, while the console is in the background.',
  on: 'You get a browser notification when a cluster you created or changed is ready or failed, while the console is in the background.',
};

/** A toggle button; asks the browser for permission on the first click only. */
export function NotificationToggle() {
  const status = useSyncExternalStore(wanted.subscribe, notificationStatus, () => 'unsupported' as const);
  async function toggle() {
    if (status === 'on') return wanted.set(false);
    // A refusal is stored as "off" too: writing tells the subscribers to read the new permission.
    if (Notification.permission === 'default' && (await Notification.requestPermission()) !== 'granted') return wanted.set(false);
    wanted.set(true);
  }
  return (
    <Button
      variant="outline"
      size="sm"
      aria-pressed={status === 'on'}
      disabled={status === 'unsupported' || status === 'blocked'}
      title={HINT[status]}
      onClick={() => void toggle()}
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 fill-none stroke-current stroke-[1.5]">
        <path d="M10 3a4.5 4.5 0 0 0-4.5 4.5v3L4 13h12l-1.5-2.5v-3A4.5 4.5 0 0 0 10 3zM8.5 15.5a1.5 1.5 0 0 0 3 0" />
      </svg>
      {LABEL[status]}
    </Button>
  );
}
