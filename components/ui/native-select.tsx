import type { ComponentProps } from 'react';
import { cn } from '@/lib/utils';

/**
 * A native <select> styled like the Input primitive, for every select of the console: native keeps keyboard
 * and screen reader behaviour (and the mobile pickers) for free.
 */
export function NativeSelect({ className, ...props }: ComponentProps<'select'>) {
  return (
    <select
      data-slot="select"
      className={cn(
        'flex h-9 w-full min-w-0 rounded-md border border-slate-400 bg-white px-3 py-1 text-sm text-slate-900 shadow-xs transition-colors',
        'focus-visible:border-blue-600 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-blue-600',
        'disabled:cursor-not-allowed disabled:opacity-60',
        'aria-invalid:border-red-600 aria-invalid:focus-visible:outline-red-600',
        'dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100 dark:focus-visible:border-blue-400 dark:focus-visible:outline-blue-400 dark:aria-invalid:border-red-400',
        className,
      )}
      {...props}
    />
  );
}
