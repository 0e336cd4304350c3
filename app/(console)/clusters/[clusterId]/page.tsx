import type { Metadata } from 'next';
import { ClusterDetail } from '@/components/clusters/detail/cluster-detail';
import { requirePageSession } from '@/lib/server/page-session';
import { checkRouteIds, clusterHref } from '@/lib/routes';

export const metadata: Metadata = { title: 'Cluster' };

// The cluster is read in the browser through the BFF, the one read path (README, Decisions: no server read path yet).
export default async function ClusterPage({ params }: PageProps<'/clusters/[clusterId]'>) {
  await requirePageSession();
  const { clusterId } = await params;
  checkRouteIds([clusterId], ([c = '']) => clusterHref(c));

  return (
    <div className="mx-auto grid max-w-7xl gap-6">
      <ClusterDetail clusterId={clusterId} />
    </div>
  );
}
