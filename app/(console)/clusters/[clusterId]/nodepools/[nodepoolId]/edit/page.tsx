import type { Metadata } from 'next';
import { EditNodePool } from '@/components/nodepools/edit/edit-node-pool';
import { checkRouteIds, editNodePoolHref } from '@/lib/routes';
import { requirePageSession } from '@/lib/server/page-session';

export const metadata: Metadata = { title: 'Edit node pool' };

export default async function EditNodePoolPage({ params }: PageProps<'/clusters/[clusterId]/nodepools/[nodepoolId]/edit'>) {
  await requirePageSession();
  const { clusterId, nodepoolId } = await params;
  checkRouteIds([clusterId, nodepoolId], ([c = '', p = '']) => editNodePoolHref(c, p));
  return (
    <div className="mx-auto grid max-w-4xl gap-6">
      <EditNodePool clusterId={clusterId} nodePoolId={nodepoolId} />
    </div>
  );
}
