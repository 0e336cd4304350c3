import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { EditCluster } from '@/components/clusters/edit/edit-cluster';
import { requirePageSession } from '@/components/console/require-page-session';
import { uuidSchema } from '@/lib/api/common/schema';

export const metadata: Metadata = { title: 'Edit cluster' };

export default async function EditClusterPage({ params }: PageProps<'/clusters/[clusterId]/edit'>) {
  await requirePageSession();
  const { clusterId } = await params;
  if (!uuidSchema.safeParse(clusterId).success) {
    // An id pasted in capitals is still the same cluster; anything else cannot be one.
    if (uuidSchema.safeParse(clusterId.toLowerCase()).success) redirect(`/clusters/${clusterId.toLowerCase()}/edit`);
    notFound();
  }

  return (
    <div className="mx-auto grid max-w-3xl gap-6">
      <EditCluster clusterId={clusterId} />
    </div>
  );
}
