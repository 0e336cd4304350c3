'use client';

import Link, { useLinkStatus } from 'next/link';
import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';
import { membershipOfMe, usePortal } from '@/components/portal/portal-context';
import type { PortalMe } from '@/lib/api/portal/schema';
import { teamsAllowed } from '@/lib/portal/policy';
import { cn } from '@/lib/utils';
import { auditHref, clustersHref, maintenanceHref, teamsHref, tokensHref, upgradesHref } from '@/lib/routes';

const ICON = 'size-4 fill-none stroke-current stroke-[1.5]';

type NavItem = { href: string; label: string; icon: ReactNode };

const NAV_ITEMS: readonly NavItem[] = [
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

const AUDIT_ITEM: NavItem = {
  href: auditHref,
  label: 'Audit',
  icon: (
    <svg aria-hidden="true" viewBox="0 0 20 20" className={ICON}>
      <path d="M6 3h8l3 3v11H6z" strokeLinejoin="round" />
      <path d="M9 9h5M9 12h5M9 15h3M3 6v11" strokeLinecap="round" />
    </svg>
  ),
};
const TOKENS_ITEM: NavItem = {
  href: tokensHref,
  label: 'Access tokens',
  icon: (
    <svg aria-hidden="true" viewBox="0 0 20 20" className={ICON}>
      <circle cx="7" cy="10" r="3.5" />
      <path d="M10.5 10H17M14.5 10v3M17 10v2" strokeLinecap="round" />
    </svg>
  ),
};
const TEAMS_ITEM: NavItem = {
  href: teamsHref,
  label: 'Teams',
  icon: (
    <svg aria-hidden="true" viewBox="0 0 20 20" className={ICON}>
      <circle cx="7" cy="7" r="2.5" />
      <circle cx="14" cy="8" r="2" />
      <path d="M2.5 16c.5-3 2.3-4.5 4.5-4.5s4 1.5 4.5 4.5M12 12.2c.6-.4 1.3-.7 2-.7 1.8 0 3.2 1.3 3.5 4" strokeLinecap="round" />
    </svg>
  ),
};

/**
 * The portal's pages the person may open (portal mode): the audit log for team and platform admins, access tokens
 * for everyone, the teams page for platform admins. Personal mode (`me` null) has none.
 */
export function portalNavItems(me: PortalMe | null): NavItem[] {
  if (!me) return [];
  const audits = teamsAllowed(
    membershipOfMe(me),
    'audit',
    me.teams.map((team) => team.id),
  );
  return [...(audits.length > 0 ? [AUDIT_ITEM] : []), TOKENS_ITEM, ...(me.platformAdmin ? [TEAMS_ITEM] : [])];
}

/** Whether `pathname` is the item's page or one below it (a cluster's detail page belongs to "Clusters"). */
export function isActivePath(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(`${href}/`);
}

/** The item the page belongs to: the most specific one (/clusters/upgrades is "Upgrades", not "Clusters"). */
export function activeHref(pathname: string, hrefs: readonly string[]): string | undefined {
  return hrefs.filter((href) => isActivePath(pathname, href)).sort((a, b) => b.length - a.length)[0];
}

/**
 * While a click on the item waits for its page (the clusters list has no loading skeleton: its first HTML carries
 * the rows), a spinner at the item's end says the console heard it.
 */
function PendingMark() {
  const { pending } = useLinkStatus();
  if (!pending) return null;
  return (
    <span
      aria-hidden="true"
      data-pending=""
      className="ml-auto size-3.5 rounded-full border-2 border-slate-400 border-t-transparent motion-safe:animate-spin"
    />
  );
}

export function SidebarNav() {
  const me = usePortal();
  const items = [...NAV_ITEMS, ...portalNavItems(me)];
  const active = activeHref(
    usePathname(),
    items.map((item) => item.href),
  );
  return (
    <ul className="grid gap-1">
      {items.map((item) => (
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
            <PendingMark />
          </Link>
        </li>
      ))}
    </ul>
  );
}
