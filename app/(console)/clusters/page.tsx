import type { Metadata } from 'next';
import { ClusterList } from '@/components/clusters/list/cluster-list';
import { PageHeader } from '@/components/shared/page-header';
import { requirePageSession } from '@/lib/server/page-session';

export const metadata: Metadata = { title: 'Clusters' };

export default async function ClustersPage() {
  await requirePageSession();

  return (
    <div className="mx-auto grid max-w-7xl gap-6">
      <PageHeader
        title="Clusters"
        description="Managed Stackable Data Platform clusters in your virtual data centers. States refresh on their own."
      />
      <ClusterList />
    </div>
  );
}
