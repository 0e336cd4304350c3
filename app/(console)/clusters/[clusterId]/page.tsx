import type { Metadata } from 'next';
import { ClusterDetail } from '@/components/clusters/detail/cluster-detail';
import { TYPICAL_DURATIONS_MS } from '@/components/clusters/detail/typical-durations';
import { getConfig } from '@/lib/server/config';
import { requirePageSession } from '@/lib/server/page-session';
import { checkRouteIds, clusterHref } from '@/lib/routes';

// The cluster's name joins the title in the browser once it is read (useDocumentTitle).
export const metadata: Metadata = { title: 'Cluster' };

// The cluster is read in the browser through the BFF, the one read path (README, Decisions: no server read path yet).
export default async function ClusterPage({ params }: PageProps<'/clusters/[clusterId]'>) {
  await requirePageSession();
  const { clusterId } = await params;
  checkRouteIds([clusterId], ([c = '']) => clusterHref(c));

  return (
    <div className="mx-auto grid max-w-7xl gap-6">
      <ClusterDetail clusterId={clusterId} typicalDurations={TYPICAL_DURATIONS_MS[getConfig().mode]} />
    </div>
  );
}
