import type { Metadata } from 'next';
import { ClusterList } from '@/components/clusters/list/cluster-list';
import { parseListView } from '@/components/clusters/list/list-view';
import { PageHeader } from '@/components/shared/page-header';
import { clusterQueries } from '@/lib/api/clusters/queries';
import { datacenterQueries } from '@/lib/api/datacenters/queries';
import { makeQueryClient } from '@/lib/api/query-client';
import { contractRole } from '@/lib/format/role';
import { requirePageSession } from '@/lib/server/page-session';
import { clusterListRead } from '@/lib/server/reads/clusters';
import { datacenterListRead } from '@/lib/server/reads/datacenters';
import { readForPage } from '@/lib/server/reads/read';
import { ServerHydration } from '@/components/shared/server-hydration';

export const metadata: Metadata = { title: 'Clusters' };

const PAGE = '/clusters';

function searchParamsOf(values: Record<string, string | string[] | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, item);
  }
  return params;
}

export default async function ClustersPage({ searchParams }: PageProps<'/clusters'>) {
  const session = await requirePageSession();
  const { view } = parseListView(searchParamsOf(await searchParams));

  // The first rows come with the HTML: the list (and the data center names) read here, through the BFF's own read
  // definitions, into this request's query cache, which the browser's cache takes over as it is (no refetch before
  // it is stale). A failed read is simply not handed over; the browser then fetches and shows its error states.
  // With a filter, the whole list too: the filter also finds clusters by id and data center, which the API cannot.
  const queryClient = makeQueryClient();
  const names = view.name ? ['', view.name] : [''];
  await Promise.all([
    ...names.map((name) =>
      queryClient.prefetchQuery({
        ...clusterQueries.list({ name }),
        queryFn: () => readForPage(session, clusterListRead, { name: name || undefined }, { page: PAGE }),
      }),
    ),
    queryClient.prefetchQuery({ ...datacenterQueries.list(), queryFn: () => readForPage(session, datacenterListRead, {}, { page: PAGE }) }),
  ]);

  return (
    <div className="mx-auto grid max-w-7xl gap-6">
      <PageHeader
        title="Clusters"
        description="Managed Stackable Data Platform clusters in your virtual data centers. States refresh on their own."
      />
      <ServerHydration client={queryClient}>
        <ClusterList me={session.user.email} administrator={contractRole(session.user.role) === 'administrator'} />
      </ServerHydration>
    </div>
  );
}
