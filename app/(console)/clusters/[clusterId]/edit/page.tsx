import type { Metadata } from 'next';
import { EditCluster } from '@/components/clusters/edit/edit-cluster';
import { requirePageSession } from '@/lib/server/page-session';
import { checkRouteIds, editClusterHref } from '@/lib/routes';

export const metadata: Metadata = { title: 'Edit cluster' };

export default async function EditClusterPage({ params }: PageProps<'/clusters/[clusterId]/edit'>) {
  await requirePageSession();
  const { clusterId } = await params;
  checkRouteIds([clusterId], ([c = '']) => editClusterHref(c));

  return (
    <div className="mx-auto grid max-w-3xl gap-6">
      <EditCluster clusterId={clusterId} />
    </div>
  );
}
