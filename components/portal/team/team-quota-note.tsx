'use client';

import { useQuery } from '@tanstack/react-query';
import { quotaLeftText } from '@/components/portal/team/quota';
import { teamName } from '@/components/portal/team/use-cluster-team';
import { usePortal } from '@/components/portal/portal-context';
import { LoadingBlock, QueryError } from '@/components/shared/query-states';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { portalQueries } from '@/lib/api/portal/queries';
import { checkQuota, type Usage } from '@/lib/portal/quota';

type TeamQuotaNoteProps = {
  /** The team the request counts against; nothing is shown without one (or in personal mode). */
  team: string | null | undefined;
  /** What the request would add (a new cluster, a pool, a scale's difference); undefined while the form is invalid. */
  delta?: Usage;
};

/**
 * What is left of the team's quota, and a warning when the request would exceed it, before it is sent: the BFF
 * refuses it anyway (422), with the same sentence.
 */
export function TeamQuotaNote({ team, delta }: TeamQuotaNoteProps) {
  const me = usePortal();
  const quota = useQuery({ ...portalQueries.teamQuota(team ?? ''), enabled: Boolean(me && team) });
  if (!me || !team) return null;
  if (!quota.data) {
    if (quota.isError) {
      return (
        <QueryError
          title="The team’s quota could not be loaded"
          error={quota.error}
          onRetry={() => void quota.refetch()}
          retrying={quota.isFetching}
        />
      );
    }
    return <LoadingBlock label="Loading the team’s quota…" className="h-10" />;
  }
  const name = teamName(me, team);
  const exceeded = delta ? checkQuota(name, quota.data.quota, quota.data.usage, delta) : null;
  return (
    <div className="grid gap-2" data-testid="team-quota">
      <p className="text-sm text-muted-foreground">{quotaLeftText(name, quota.data)}</p>
      {exceeded ? (
        <Alert role="status" variant="warning">
          <AlertTitle>This is more than the team’s quota allows</AlertTitle>
          <AlertDescription>
            <p>{exceeded.message}</p>
            <p>The console will refuse it. Ask for less, or ask your platform team for a larger quota.</p>
          </AlertDescription>
        </Alert>
      ) : null}
    </div>
  );
}
