import type { Metadata } from 'next';
import { MaintenanceCalendar } from '@/components/maintenance/maintenance-calendar';
import { Breadcrumb, PageHeader } from '@/components/shared/page-header';
import { clusterQueries } from '@/lib/api/clusters/queries';
import { datacenterQueries } from '@/lib/api/datacenters/queries';
import { makeQueryClient } from '@/lib/api/query-client';
import { requirePageSession } from '@/lib/server/page-session';
import { clusterListRead } from '@/lib/server/reads/clusters';
import { datacenterListRead } from '@/lib/server/reads/datacenters';
import { readForPage } from '@/lib/server/reads/read';
import { clustersHref, maintenanceHref } from '@/lib/routes';
import { ServerHydration } from '@/components/shared/server-hydration';

export const metadata: Metadata = { title: 'Maintenance calendar' };

export default async function MaintenanceCalendarPage() {
  const session = await requirePageSession();
  // The clusters come with the HTML as on the clusters page; the node pools and the local times follow in the browser.
  const queryClient = makeQueryClient();
  await Promise.all([
    queryClient.prefetchQuery({
      ...clusterQueries.list(),
      queryFn: () => readForPage(session, clusterListRead, {}, { page: maintenanceHref }),
    }),
    queryClient.prefetchQuery({
      ...datacenterQueries.list(),
      queryFn: () => readForPage(session, datacenterListRead, {}, { page: maintenanceHref }),
    }),
  ]);

  return (
    <div className="mx-auto grid max-w-7xl min-w-0 gap-6">
      <PageHeader
        back={<Breadcrumb items={[{ label: 'Clusters', href: clustersHref }, { label: 'Maintenance calendar' }]} />}
        title="Maintenance calendar"
        description="The weekly maintenance windows of your clusters and node pools. Maintenance may take four hours from the window's start."
      />
      <ServerHydration client={queryClient}>
        <MaintenanceCalendar />
      </ServerHydration>
    </div>
  );
}
