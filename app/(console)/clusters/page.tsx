import type { Metadata } from 'next';
import { ClusterList } from '@/components/clusters/list/cluster-list';
import { requirePageSession } from '@/components/console/require-page-session';

export const metadata: Metadata = { title: 'Clusters' };

export default async function ClustersPage() {
  await requirePageSession();

  return (
    <div className="mx-auto grid max-w-7xl gap-6">
      <div className="grid gap-1">
        <h1 className="text-2xl font-semibold">Clusters</h1>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Managed Stackable Data Platform clusters in your virtual data centers. States refresh on their own.
        </p>
      </div>
      <ClusterList />
    </div>
  );
}
