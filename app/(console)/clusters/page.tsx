import type { Metadata } from 'next';
import { ClusterList } from '@/components/clusters/list/cluster-list';
import { parseListView, serializeListView, showList, type FirstRows, type ListView } from '@/components/clusters/list/list-view';
import { PageHeader } from '@/components/shared/page-header';
import { datacenterQueries, datacentersById } from '@/lib/api/datacenters/queries';
import { makeQueryClient } from '@/lib/api/query-client';
import { contractRole } from '@/lib/format/role';
import { requirePageSession } from '@/lib/server/page-session';
import type { ConsoleSession } from '@/lib/server/session';
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

/**
 * The rows of the URL's view, read through the BFF's own read definition and derived as the browser derives them
 * (`showList`). Undefined when the list could not be read: the browser then fetches it and shows its error states.
 */
async function firstRows(
  session: ConsoleSession,
  administrator: boolean,
  view: ListView,
  datacenters: Promise<DatacenterList>,
): Promise<FirstRows | undefined> {
  try {
    const [all, answer] = await Promise.all([
      readForPage(session, clusterListRead, {}, { page: PAGE }),
      view.name ? readForPage(session, clusterListRead, { name: view.name }, { page: PAGE }) : undefined,
    ]);
    const updatedAt = Date.now();
    // Without data center names the filter text finds clusters by name and id only, as in the browser.
    const names = datacentersById(
      await datacenters.then(
        (list) => list.items,
        () => undefined,
      ),
    );
    const mine = administrator && Boolean(view.mine);
    const shown = showList({ all: all.items, typed: view.name, answer: answer?.items, datacenters: names, me: session.user.email, mine, view });
    return { view: serializeListView(view), shown, empty: all.items.length === 0, updatedAt };
  } catch {
    return undefined;
  }
}

type DatacenterList = Awaited<ReturnType<typeof readDatacenters>>;
const readDatacenters = (session: ConsoleSession) => readForPage(session, datacenterListRead, {}, { page: PAGE });

export default async function ClustersPage({ searchParams }: PageProps<'/clusters'>) {
  const session = await requirePageSession();
  const { view, invalidName } = parseListView(searchParamsOf(await searchParams));
  const administrator = contractRole(session.user.role) === 'administrator';

  // The first rows come with the HTML, and only they: the page reads the list through the BFF's own read definition
  // and derives the URL's page of rows, its counts and pages as the browser would (README "Decisions": the list's
  // first rows). The data center names go into this request's query cache, which the browser takes over as it is.
  // A failed read is simply not handed over; the browser then fetches and shows its error states.
  const queryClient = makeQueryClient();
  const datacenters = readDatacenters(session);
  const [first] = await Promise.all([
    invalidName === undefined ? firstRows(session, administrator, view, datacenters) : undefined,
    queryClient.prefetchQuery({ ...datacenterQueries.list(), queryFn: () => datacenters }),
  ]);

  return (
    <div className="mx-auto grid max-w-7xl gap-6">
      <PageHeader
        title="Clusters"
        description="Managed Stackable Data Platform clusters in your virtual data centers. States refresh on their own."
      />
      <ServerHydration client={queryClient}>
        <ClusterList me={session.user.email} administrator={administrator} first={first} />
      </ServerHydration>
    </div>
  );
}
