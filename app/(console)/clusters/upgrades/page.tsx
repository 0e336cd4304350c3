import type { Metadata } from 'next';
import { UpgradeAssistant } from '@/components/clusters/upgrades/upgrade-assistant';
import { Breadcrumb, PageHeader } from '@/components/shared/page-header';
import { requirePageSession } from '@/lib/server/page-session';
import { clustersHref } from '@/lib/routes';

export const metadata: Metadata = { title: 'Upgrade assistant' };

// A static segment: Next matches it before /clusters/[clusterId], so no id check applies here. The list and the
// versions are read in the browser through the BFF.
export default async function UpgradesPage() {
  await requirePageSession();
  return (
    <div className="mx-auto grid max-w-7xl gap-6">
      <PageHeader
        back={<Breadcrumb items={[{ label: 'Clusters', href: clustersHref }, { label: 'Upgrade assistant' }]} />}
        title="Upgrade assistant"
        description="Clusters running an older Data Platform version than the newest, furthest behind first. Upgrade several one after another; each waits for the previous one to finish."
      />
      <UpgradeAssistant />
    </div>
  );
}
