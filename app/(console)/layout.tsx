import Link from 'next/link';
import type { ReactNode } from 'react';
import { Providers } from '@/app/providers';
import { ConsoleHeader } from '@/components/console/console-header';
import { PortalProvider } from '@/components/portal/portal-context';
import { requirePageSession } from '@/lib/server/page-session';
import { SidebarNav } from '@/components/console/sidebar-nav';
import { Toaster } from '@/components/ui/toast';
import { ResourceWatcher } from '@/components/watch/resource-watcher';
import { getConfig } from '@/lib/server/config';
import { portalMeFor } from '@/lib/server/portal/me';
import { clustersHref } from '@/lib/routes';

// The signed-in console in the spirit of the Data Center Designer: product and navigation on the left,
// the user and "Sign out" on top, the page in the middle.
export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const session = await requirePageSession();
  const sandbox = getConfig().mode === 'sandbox';
  // Portal mode: who is signed in and their role per team, for every page to show and gate by (null: personal mode).
  const portal = portalMeFor(session);

  // The react-query provider wraps the console only: the sign-in page and the root's 404 load no query code.
  return (
    <Providers>
      <PortalProvider me={portal}>
        <div className="flex min-h-dvh flex-col md:flex-row">
          <a
            href="#main-content"
            className="sr-only rounded-md bg-white px-4 py-2 text-sm font-medium text-blue-800 shadow focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 dark:bg-slate-900 dark:text-blue-200"
          >
            Skip to main content
          </a>
          <nav
            aria-label="Main"
            className="flex shrink-0 flex-col gap-4 bg-slate-900 px-3 py-4 text-slate-100 md:w-60 md:border-r md:border-slate-800"
          >
            <Link
              href={clustersHref}
              className="rounded-md px-3 py-1 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-300"
            >
              <span className="block text-xs font-semibold tracking-wide text-sky-300 uppercase">IONOS Cloud</span>
              <span className="block text-base font-semibold text-white">Data Platform</span>
            </Link>
            <SidebarNav />
          </nav>
          <div className="flex min-w-0 flex-1 flex-col">
            <ConsoleHeader user={session.user} sandbox={sandbox} portal={portal} />
            <main id="main-content" tabIndex={-1} className="flex-1 px-4 py-6 outline-none md:px-8">
              {children}
            </main>
          </div>
          {/* Once for the whole console: toasts from any page, and the watch over clusters this browser changed. */}
          <Toaster />
          <ResourceWatcher user={`${session.user.contractNumber ?? ''}:${session.user.email ?? session.user.name}`} />
        </div>
      </PortalProvider>
    </Providers>
  );
}
