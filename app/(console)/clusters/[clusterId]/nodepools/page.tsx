import type { Metadata } from 'next';
import { NodePoolListPage } from '@/components/nodepools/list/node-pool-list-page';
import { checkRouteIds, nodePoolListHref } from '@/lib/routes';
import { requirePageSession } from '@/lib/server/page-session';

export const metadata: Metadata = { title: 'Node pools' };

// Read in the browser through the BFF, like the clusters (README, Decisions: no server read path yet).
export default async function NodePoolsPage({ params }: PageProps<'/clusters/[clusterId]/nodepools'>) {
  await requirePageSession();
  const { clusterId } = await params;
  checkRouteIds([clusterId], ([c = '']) => nodePoolListHref(c));
  return (
    <div className="mx-auto grid max-w-7xl gap-6">
      <NodePoolListPage clusterId={clusterId} />
    </div>
  );
}
