import type { Metadata } from 'next';
import Link from 'next/link';
import { CreateClusterGate } from '@/components/clusters/create-cluster-button';
import { CreateClusterWizard } from '@/components/clusters/create/create-cluster-wizard';
import { clusterQueries } from '@/lib/api/clusters/queries';
import { makeQueryClient } from '@/lib/api/query-client';
import { clustersHref } from '@/lib/routes';
import { HttpError } from '@/lib/server/errors';
import { requirePageSession } from '@/lib/server/page-session';
import { clusterListRead } from '@/lib/server/reads/clusters';
import { readForPage } from '@/lib/server/reads/read';
import { PageHeader } from '@/components/shared/page-header';
import { ServerHydration } from '@/components/shared/server-hydration';

export const metadata: Metadata = { title: 'Create cluster' };

const PAGE = '/clusters/new';

export default async function CreateClusterPage() {
  const session = await requirePageSession();

  // The clusters list tells whether the user may create clusters at all (a 403 means the privilege is missing), so
  // the page opens with the wizard or with the reason, never with one and then the other. A success is handed to
  // the browser's cache (the wizard's duplicate-name check reads the same list); any other failure leaves the
  // decision to the browser's own read.
  const queryClient = makeQueryClient();
  let denied = false;
  await queryClient.prefetchQuery({
    ...clusterQueries.list(),
    queryFn: () =>
      readForPage(session, clusterListRead, {}, { page: PAGE }).catch((error: unknown) => {
        denied = error instanceof HttpError && error.status === 403;
        throw error;
      }),
  });

  return (
    <div className="mx-auto grid max-w-4xl gap-6">
      <PageHeader
        back={
          <Link href={clustersHref} className="w-fit text-sm text-blue-700 underline-offset-4 hover:underline dark:text-blue-300">
            ← Clusters
          </Link>
        }
        title="Create cluster"
        description="A Managed Stackable Data Platform cluster in one of your virtual data centers. It starts deploying right away and is ready a few minutes later."
      />
      <ServerHydration client={queryClient}>
        <CreateClusterGate deniedOnServer={denied}>
          <CreateClusterWizard />
        </CreateClusterGate>
      </ServerHydration>
    </div>
  );
}
