import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ClusterOwnership } from '@/components/portal/teams/cluster-ownership';
import { TeamsFile, TeamUsage } from '@/components/portal/teams/teams-file';
import { PageHeader } from '@/components/shared/page-header';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { requirePageSession } from '@/lib/server/page-session';
import { portalMeFor } from '@/lib/server/portal/me';
import { isPortalMode } from '@/lib/server/portal/settings';

export const metadata: Metadata = { title: 'Teams' };

export default async function TeamsPage() {
  // Personal mode has no portal: the page does not exist there.
  if (!isPortalMode()) notFound();
  const me = portalMeFor(await requirePageSession());
  if (!me) notFound();
  const header = <PageHeader title="Teams" description="The teams file, what each team uses of its quota, and which team owns which cluster." />;
  if (!me.platformAdmin) {
    return (
      <div className="mx-auto grid max-w-7xl min-w-0 gap-6">
        {header}
        <Alert role="status" variant="info">
          <AlertTitle>This page is for platform admins</AlertTitle>
          <AlertDescription>Platform admins see the teams file and every team’s quota, and assign clusters to teams.</AlertDescription>
        </Alert>
      </div>
    );
  }
  const teams = me.teams.map(({ id, name }) => ({ id, name }));
  return (
    <div className="mx-auto grid max-w-7xl min-w-0 gap-8">
      {header}
      <section aria-labelledby="ownership-heading" className="grid min-w-0 gap-3">
        <h2 id="ownership-heading" className="text-lg font-semibold">
          Clusters and their teams
        </h2>
        <ClusterOwnership teams={teams} />
      </section>
      <section aria-labelledby="usage-heading" className="grid min-w-0 gap-3">
        <h2 id="usage-heading" className="text-lg font-semibold">
          Usage and quotas
        </h2>
        <TeamUsage teams={teams} />
      </section>
      <section aria-labelledby="file-heading" className="grid min-w-0 gap-3">
        <h2 id="file-heading" className="text-lg font-semibold">
          Teams file
        </h2>
        <TeamsFile />
      </section>
    </div>
  );
}
