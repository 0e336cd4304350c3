import type { ReactNode } from 'react';
import { Button } from '@/components/ui/button';

/** One reviewed step: its values as a description list and a way back to change them. */
export function ReviewSection({ title, onEdit, children }: { title: string; onEdit: () => void; children: ReactNode }) {
  return (
    <section aria-label={title} className="grid gap-2 rounded-lg border border-border-strong p-4">
      <div className="flex items-center justify-between gap-4">
        <h3 className="text-base font-semibold">{title}</h3>
        <Button variant="link" size="sm" onClick={onEdit} aria-label={`Edit ${title.toLowerCase()}`}>
          Edit
        </Button>
      </div>
      <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[12rem_1fr] [&_dd]:font-medium [&_dt]:text-slate-700 dark:[&_dt]:text-slate-300">
        {children}
      </dl>
    </section>
  );
}
