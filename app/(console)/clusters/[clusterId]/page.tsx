import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { ClusterDetail } from '@/components/clusters/detail/cluster-detail';
import { requirePageSession } from '@/components/console/require-page-session';
import { uuidSchema } from '@/lib/api/common/schema';

export const metadata: Metadata = { title: 'Cluster' };

// The cluster is read in the browser (like the list) so that it can be polled while it changes state.
export default async function ClusterPage({ params }: PageProps<'/clusters/[clusterId]'>) {
  await requirePageSession();
  const { clusterId } = await params;
  // Not an id the API could know: the console's own not-found page, without a round trip.
  if (!uuidSchema.safeParse(clusterId).success) {
    // An id pasted in capitals is still the same cluster; anything else cannot be one.
    if (uuidSchema.safeParse(clusterId.toLowerCase()).success) redirect(`/clusters/${clusterId.toLowerCase()}`);
    notFound();
  }

  return (
    <div className="mx-auto grid max-w-7xl gap-6">
      <ClusterDetail clusterId={clusterId} />
    </div>
  );
}
