'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { ExternalLink } from '@/components/shared/learn-more';
import { Button } from '@/components/ui/button';
import { helpFor } from '@/lib/help/registry';
import type { HelpLink } from '@/lib/help/topics';

function LinkList({ heading, links, headingId }: { heading: string; links: HelpLink[]; headingId: string }) {
  if (links.length === 0) return null;
  return (
    <div className="grid gap-1">
      <h2 id={headingId} className="text-xs font-semibold tracking-wide text-muted-foreground uppercase">
        {heading}
      </h2>
      <ul aria-labelledby={headingId} className="grid gap-1.5">
        {links.map((link) => (
          <li key={link.href} className="text-sm">
            <ExternalLink href={link.href}>{link.title}</ExternalLink>
            <span className="block text-xs text-muted-foreground">{link.site}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * "Help" in the header: a disclosure with the documentation that fits the page in view, then the general pages.
 * A disclosure rather than an ARIA menu: its content is plain links, reached with Tab; Escape closes it.
 */
export function HelpMenu() {
  const pathname = usePathname();
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname; // a new page closes it
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const container = useRef<HTMLDivElement>(null);
  const help = helpFor(pathname);

  useEffect(() => {
    if (!open) return;
    function onPointerDown(event: PointerEvent) {
      if (!container.current?.contains(event.target as Node)) setOpenOn(null);
    }
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key !== 'Escape' || !open) return;
    event.stopPropagation();
    setOpenOn(null);
    button.current?.focus();
  }

  return (
    <div ref={container} className="sm:relative" onKeyDown={onKeyDown}>
      <Button ref={button} variant="ghost" size="sm" aria-expanded={open} aria-controls={panelId} onClick={() => setOpenOn(open ? null : pathname)}>
        Help
      </Button>
      <div
        id={panelId}
        role="region"
        aria-label="Help and documentation"
        hidden={!open}
        className="fixed inset-x-4 top-14 z-40 grid max-h-[calc(100dvh-5rem)] gap-4 overflow-y-auto rounded-lg border border-border bg-white p-4 shadow-lg sm:absolute sm:inset-x-auto sm:top-full sm:right-0 sm:mt-2 sm:w-80 dark:bg-slate-900"
      >
        <LinkList heading="For this page" headingId={`${panelId}-page`} links={help.forPage} />
        <LinkList heading="Documentation" headingId={`${panelId}-general`} links={help.general} />
      </div>
    </div>
  );
}
