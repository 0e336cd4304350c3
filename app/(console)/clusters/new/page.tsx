import type { Metadata } from 'next';
import Link from 'next/link';
import { CreateClusterWizard } from '@/components/clusters/create/create-cluster-wizard';
import { requirePageSession } from '@/components/console/require-page-session';

export const metadata: Metadata = { title: 'Create cluster' };

export default async function CreateClusterPage() {
  await requirePageSession();

  return (
    <div className="mx-auto grid max-w-4xl gap-6">
      <div className="grid gap-1">
        <Link href="/clusters" className="w-fit text-sm text-blue-700 underline-offset-4 hover:underline dark:text-blue-300">
          ← Clusters
        </Link>
        <h1 className="text-2xl font-semibold">Create cluster</h1>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          A Managed Stackable Data Platform cluster in one of your virtual data centers. It starts deploying right away and is
          ready a few minutes later.
        </p>
      </div>
      <CreateClusterWizard />
    </div>
  );
}
