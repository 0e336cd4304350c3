import type { Metadata } from 'next';
import { NodePoolDetail } from '@/components/nodepools/detail/node-pool-detail';
import { checkRouteIds, nodePoolHref } from '@/lib/routes';
import { requirePageSession } from '@/lib/server/page-session';
import { uuidSchema } from '@/lib/api/common/schema';

export const metadata: Metadata = { title: 'Node pool' };

export default async function NodePoolPage({ params, searchParams }: PageProps<'/clusters/[clusterId]/nodepools/[nodepoolId]'>) {
  await requirePageSession();
  const { clusterId, nodepoolId } = await params;
  checkRouteIds([clusterId, nodepoolId], ([c = '', p = '']) => nodePoolHref(c, p));
  const { replaces } = await searchParams;
  // Set after the guided "replace this pool" created this one: the old pool is to be deleted next.
  const replacing = typeof replaces === 'string' && uuidSchema.safeParse(replaces).success ? replaces : undefined;
  return (
    <div className="mx-auto grid max-w-5xl gap-6">
      <NodePoolDetail clusterId={clusterId} nodePoolId={nodepoolId} replaces={replacing} />
    </div>
  );
}
