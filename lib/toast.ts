// The console's one toast helper: `toast({ title, description, variant })` from anywhere (a component, a
// mutation's onSuccess, the cluster watcher). A tiny external store; <Toaster> (components/ui/toast.tsx)
// renders it once, in the console layout.

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

type Listener = () => void;

let toasts: readonly Toast[] = [];
const listeners = new Set<Listener>();
let counter = 0;

function emit(next: readonly Toast[]) {
  toasts = next;
  for (const listener of listeners) listener();
}

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
  const others = toasts.filter((t) => t.id !== id);
  emit([...others, next].slice(-MAX_TOASTS));
  return id;
}

export function dismissToast(id: string): void {
  if (toasts.some((t) => t.id === id)) emit(toasts.filter((t) => t.id !== id));
}

/** For useSyncExternalStore. */
export function subscribeToasts(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getToasts(): readonly Toast[] {
  return toasts;
}

const NO_TOASTS: readonly Toast[] = [];
/** The server renders no toasts. */
export function getServerToasts(): readonly Toast[] {
  return NO_TOASTS;
}
