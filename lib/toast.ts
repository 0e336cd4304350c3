// The console's one toast helper: `toast({ title, description, variant })` from anywhere (a component, a
// mutation's onSuccess, the watcher). An in-page store (lib/browser/storage-store.ts); <Toaster>
// (components/ui/toast.tsx) renders it once, in the console layout.
import { createMemoryStore } from '@/lib/browser/storage-store';

export type ToastVariant = 'info' | 'success' | 'error';

export type ToastAction = { label: string } & ({ href: string; onClick?: never } | { onClick: () => void; href?: never });

export type ToastInput = {
  title: string;
  description?: string;
  /** error toasts are announced assertively and stay longer. */
  variant?: ToastVariant;
  /** One link or button in the toast, e.g. "Open cluster". */
  action?: ToastAction;
  /** Milliseconds on screen (paused while hovered or focused); 0 keeps it until dismissed. */
  duration?: number;
  /** A toast with the id of one on screen replaces it instead of stacking. */
  id?: string;
};

export type Toast = Required<Pick<ToastInput, 'title' | 'variant' | 'duration' | 'id'>> &
  Pick<ToastInput, 'description' | 'action'> & { createdAt: number };

export const DEFAULT_DURATION_MS: Record<ToastVariant, number> = { info: 6_000, success: 8_000, error: 15_000 };
/** Older toasts give way beyond this many, so a burst of events cannot cover the page. */
export const MAX_TOASTS = 4;

const toasts = createMemoryStore<readonly Toast[]>([]);
let counter = 0;

/** Shows a toast and returns its id (pass it to dismissToast). */
export function toast(input: ToastInput): string {
  const variant = input.variant ?? 'info';
  const id = input.id ?? `toast-${++counter}`;
  const next: Toast = {
    id,
    title: input.title,
    description: input.description,
    action: input.action,
    variant,
    duration: input.duration ?? DEFAULT_DURATION_MS[variant],
    createdAt: Date.now(),
  };
  toasts.update((current) => [...current.filter((t) => t.id !== id), next].slice(-MAX_TOASTS));
  return id;
}

export function dismissToast(id: string): void {
  if (toasts.get().some((t) => t.id === id)) toasts.update((current) => current.filter((t) => t.id !== id));
}

/** For useSyncExternalStore (the server renders no toasts). */
export const subscribeToasts = toasts.subscribe;
export const getToasts = toasts.get;
const NO_TOASTS: readonly Toast[] = [];
export const getServerToasts = (): readonly Toast[] => NO_TOASTS;
