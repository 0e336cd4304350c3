import type { Metadata } from 'next';
import { Suspense } from 'react';
import { CreateNodePoolWizard } from '@/components/nodepools/create/create-node-pool-wizard';
import { checkRouteIds, newNodePoolHref } from '@/lib/routes';
import { requirePageSession } from '@/lib/server/page-session';
import { uuidSchema } from '@/lib/api/common/schema';

export const metadata: Metadata = { title: 'Add a node pool' };

export default async function NewNodePoolPage({ params, searchParams }: PageProps<'/clusters/[clusterId]/nodepools/new'>) {
  await requirePageSession();
  const { clusterId } = await params;
  checkRouteIds([clusterId], ([c = '']) => newNodePoolHref(c));
  const { replace } = await searchParams;
  // `?replace=<pool id>` starts the guided replacement; anything else there is ignored.
  const replacing = typeof replace === 'string' && uuidSchema.safeParse(replace).success ? replace : undefined;
  return (
    <div className="mx-auto grid max-w-4xl gap-6">
      {/* The wizard reads its step from the URL (useSearchParams). */}
      <Suspense>
        <CreateNodePoolWizard clusterId={clusterId} replace={replacing} />
      </Suspense>
    </div>
  );
}
