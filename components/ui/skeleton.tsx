import type { ComponentProps } from 'react';
import { cn } from '@/lib/utils';

/** A placeholder block; hidden from assistive technology, so pair it with a text status. */
export function Skeleton({ className, ...props }: ComponentProps<'div'>) {
  return (
    <div
      aria-hidden="true"
      data-slot="skeleton"
      className={cn('rounded-md bg-slate-200 motion-safe:animate-pulse dark:bg-slate-800', className)}
      {...props}
    />
  );
}
