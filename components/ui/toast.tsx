'use client';

import { cva } from 'class-variance-authority';
import Link from 'next/link';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { buttonVariants } from '@/components/ui/button';
import { dismissToast, getServerToasts, getToasts, subscribeToasts, type Toast } from '@/lib/toast';

const toastVariants = cva('pointer-events-auto relative grid w-full gap-1 rounded-lg border py-3 pr-10 pl-4 text-sm shadow-lg', {
  variants: {
    variant: {
      info: 'border-slate-300 bg-white text-foreground dark:border-slate-600 dark:bg-slate-900',
      success: 'border-green-300 bg-green-50 text-green-950 dark:border-green-700 dark:bg-green-950 dark:text-green-50',
      error: 'border-red-300 bg-red-50 text-red-950 dark:border-red-700 dark:bg-red-950 dark:text-red-50',
    },
  },
});

/**
 * Counts down while the toast is neither hovered nor focused (WCAG 2.2.1: the user gets the time he needs),
 * then dismisses it. Remaining time survives pauses.
 */
function useAutoDismiss(toast: Toast, paused: boolean) {
  const remaining = useRef(toast.duration);
  useEffect(() => {
    if (paused || toast.duration <= 0) return;
    const started = Date.now();
    const timer = setTimeout(() => dismissToast(toast.id), remaining.current);
    return () => {
      clearTimeout(timer);
      remaining.current = Math.max(1_000, remaining.current - (Date.now() - started));
    };
  }, [paused, toast.id, toast.duration, toast.createdAt]);
}

function ToastItem({ toast }: { toast: Toast }) {
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  useAutoDismiss(toast, hovered || focused);
  const action = toast.action;
  return (
    <li
      className={toastVariants({ variant: toast.variant })}
      data-variant={toast.variant}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setFocused(false);
      }}
    >
      <p className="font-semibold">{toast.title}</p>
      {toast.description ? <p className="leading-relaxed">{toast.description}</p> : null}
      {action ? (
        <div className="mt-1">
          {action.href ? (
            <Link href={action.href} className={buttonVariants({ variant: 'outline', size: 'sm' })} onClick={() => dismissToast(toast.id)}>
              {action.label}
            </Link>
          ) : (
            <button
              type="button"
              className={buttonVariants({ variant: 'outline', size: 'sm' })}
              onClick={() => {
                action.onClick?.();
                dismissToast(toast.id);
              }}
            >
              {action.label}
            </button>
          )}
        </div>
      ) : null}
      <button
        type="button"
        aria-label={`Dismiss: ${toast.title}`}
        onClick={() => dismissToast(toast.id)}
        className="absolute top-2 right-2 inline-flex size-7 items-center justify-center rounded-md opacity-80 hover:bg-black/5 hover:opacity-100 dark:hover:bg-white/10"
      >
        <svg aria-hidden="true" viewBox="0 0 16 16" className="size-4 fill-none stroke-current stroke-2">
          <path d="M4 4l8 8M12 4l-8 8" />
        </svg>
      </button>
    </li>
  );
}

function Region({ label, urgent, toasts }: { label: string; urgent: boolean; toasts: readonly Toast[] }) {
  // The live region is always in the page: screen readers announce only what is added to a region they already know.
  // Failures interrupt (role="alert", assertive); everything else waits for a pause (role="status", polite).
  return (
    <div role={urgent ? 'alert' : 'status'} aria-live={urgent ? 'assertive' : 'polite'} aria-label={label}>
      <ul className="grid gap-2">
        {toasts.map((t) => (
          // A toast replaced under the same id starts afresh (its timer too).
          <ToastItem key={`${t.id}-${t.createdAt}`} toast={t} />
        ))}
      </ul>
    </div>
  );
}

/** Renders the toasts of lib/toast.ts; mount it once (the console layout does). */
export function Toaster() {
  const toasts = useSyncExternalStore(subscribeToasts, getToasts, getServerToasts);
  return (
    <section aria-label="Notifications" className="pointer-events-none fixed right-0 bottom-0 z-50 grid w-full max-w-sm gap-2 p-4">
      <Region label="Messages" urgent={false} toasts={toasts.filter((t) => t.variant !== 'error')} />
      <Region label="Failures" urgent toasts={toasts.filter((t) => t.variant === 'error')} />
    </section>
  );
}
