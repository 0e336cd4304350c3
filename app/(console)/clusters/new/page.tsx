import type { Metadata } from 'next';
import Link from 'next/link';
import { CreateClusterGate } from '@/components/clusters/create-cluster-button';
import { CreateClusterWizard } from '@/components/clusters/create/create-cluster-wizard';
import { clustersHref } from '@/lib/routes';
import { requirePageSession } from '@/lib/server/page-session';
import { PageHeader } from '@/components/shared/page-header';

export const metadata: Metadata = { title: 'Create cluster' };

export default async function CreateClusterPage() {
  await requirePageSession();

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
      <CreateClusterGate>
        <CreateClusterWizard />
      </CreateClusterGate>
    </div>
  );
}
