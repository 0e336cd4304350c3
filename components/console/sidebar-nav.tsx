'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';
import { cn } from '@/lib/utils';
import { clustersHref, maintenanceHref, upgradesHref } from '@/lib/routes';

const ICON = 'size-4 fill-none stroke-current stroke-[1.5]';

const NAV_ITEMS: readonly { href: string; label: string; icon: ReactNode }[] = [
  {
    href: clustersHref,
    label: 'Clusters',
    icon: (
      <svg aria-hidden="true" viewBox="0 0 20 20" className={ICON}>
        <rect x="3" y="3" width="14" height="5" rx="1.5" />
        <rect x="3" y="12" width="14" height="5" rx="1.5" />
      </svg>
    ),
  },
  {
    href: upgradesHref,
    label: 'Upgrades',
    icon: (
      <svg aria-hidden="true" viewBox="0 0 20 20" className={ICON}>
        <path d="M10 16V4M5 9l5-5 5 5" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
    ),
  },
  {
    href: maintenanceHref,
    label: 'Maintenance',
    icon: (
      <svg aria-hidden="true" viewBox="0 0 20 20" className={ICON}>
        <rect x="3" y="4" width="14" height="13" rx="1.5" />
        <path d="M3 8h14M7 2v4M13 2v4" strokeLinecap="round" />
      </svg>
    ),
  },
];

/** Whether `pathname` is the item's page or one below it (a cluster's detail page belongs to "Clusters"). */
export function isActivePath(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(`${href}/`);
}

/** The item the page belongs to: the most specific one (/clusters/upgrades is "Upgrades", not "Clusters"). */
export function activeHref(pathname: string, hrefs: readonly string[]): string | undefined {
  return hrefs.filter((href) => isActivePath(pathname, href)).sort((a, b) => b.length - a.length)[0];
}

export function SidebarNav() {
  const active = activeHref(
    usePathname(),
    NAV_ITEMS.map((item) => item.href),
  );
  return (
    <ul className="grid gap-1">
      {NAV_ITEMS.map((item) => (
        <li key={item.href}>
          <Link
            href={item.href}
            aria-current={item.href === active ? 'page' : undefined}
            className={cn(
              'flex items-center gap-2 rounded-md px-3 py-2 text-sm font-medium text-slate-200 transition-colors hover:bg-slate-800 hover:text-white',
              'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-300',
              'aria-[current=page]:bg-sky-900 aria-[current=page]:text-white aria-[current=page]:shadow-[inset_3px_0_0_var(--color-sky-300)]',
            )}
          >
            {item.icon}
            {item.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
