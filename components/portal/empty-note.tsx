import type { ReactNode } from 'react';

/** What a portal list says when it has nothing to show (the loading and error states are query-states.tsx's). */
export function EmptyNote({ children }: { children: ReactNode }) {
  return <p className="rounded-lg border border-dashed border-border-strong p-6 text-center text-sm text-muted-foreground">{children}</p>;
}
