'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { cn } from '@/lib/utils';
import { clustersHref } from '@/lib/routes';

const NAV_ITEMS = [{ href: clustersHref, label: 'Clusters' }] as const;

/** Whether `pathname` is the item's page or one below it (a cluster's detail page belongs to "Clusters"). */
export function isActivePath(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(`${href}/`);
}

export function SidebarNav() {
  const pathname = usePathname();
  return (
    <ul className="grid gap-1">
      {NAV_ITEMS.map((item) => {
        const active = isActivePath(pathname, item.href);
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={active ? 'page' : undefined}
              className={cn(
                'flex items-center gap-2 rounded-md px-3 py-2 text-sm font-medium text-slate-200 transition-colors hover:bg-slate-800 hover:text-white',
                'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-300',
                'aria-[current=page]:bg-sky-900 aria-[current=page]:text-white aria-[current=page]:shadow-[inset_3px_0_0_var(--color-sky-300)]',
              )}
            >
              <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 fill-none stroke-current stroke-[1.5]">
                <rect x="3" y="3" width="14" height="5" rx="1.5" />
                <rect x="3" y="12" width="14" height="5" rx="1.5" />
              </svg>
              {item.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
