'use client';

import { useQuery } from '@tanstack/react-query';
import { usageText } from '@/components/portal/teams/ownership-view';
import { errorHint, LoadingBlock, QueryError } from '@/components/shared/query-states';
import { asBffError } from '@/lib/api/client';
import { portalQueries } from '@/lib/api/portal/queries';
import { ROLE_LABELS, TEAM_ROLES } from '@/lib/portal/policy';
import { QUOTA_LABELS, QUOTA_LIMITS } from '@/lib/portal/quota';

const groupList = (groups: readonly string[]) => (groups.length > 0 ? groups.join(', ') : 'none');

/** The teams file as the server read it at start-up, read-only: it changes by a reviewed commit, not here. */
export function TeamsFile() {
  const config = useQuery(portalQueries.config());
  if (!config.data) {
    if (config.isError) {
      return (
        <QueryError
          title="The teams file could not be loaded"
          error={asBffError(config.error)}
          hint={errorHint(config.error)}
          onRetry={() => void config.refetch()}
          retrying={config.isFetching}
        />
      );
    }
    return <LoadingBlock label="Loading the teams file…" />;
  }
  const { file, text, retentionDays, maxTokenDays, teams, platformAdminGroups } = config.data;
  return (
    <div className="grid min-w-0 gap-4">
      <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium">File</dt>
        <dd className="font-mono">{file}</dd>
        <dt className="font-medium">Platform admin groups</dt>
        <dd>{groupList(platformAdminGroups)}</dd>
        <dt className="font-medium">Audit retention</dt>
        <dd>{retentionDays} days</dd>
        <dt className="font-medium">Longest token lifetime</dt>
        <dd>{maxTokenDays} days</dd>
      </dl>
      <ul className="grid gap-4 md:grid-cols-2">
        {teams.map((team) => (
          <li key={team.id} className="grid gap-2 rounded-lg border border-border p-4">
            <h3 className="font-semibold">
              {team.name} <span className="font-mono text-sm font-normal text-muted-foreground">({team.id})</span>
            </h3>
            <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
              {TEAM_ROLES.map((role) => (
                <div key={role} className="contents">
                  <dt className="font-medium first-letter:uppercase">{ROLE_LABELS[role]} groups</dt>
                  <dd>{groupList(team.groups[role])}</dd>
                </div>
              ))}
              <dt className="font-medium">Quota</dt>
              <dd>{QUOTA_LIMITS.map((limit) => `${team.quota[limit]} ${QUOTA_LABELS[limit].many}`).join(', ')}</dd>
            </dl>
          </li>
        ))}
      </ul>
      <details className="rounded-lg border border-border p-4">
        <summary className="cursor-pointer font-medium">The file as written ({file})</summary>
        <pre
          tabIndex={0}
          aria-label={`Contents of ${file}`}
          className="mt-3 overflow-x-auto rounded-md bg-muted p-3 font-mono text-xs text-foreground"
        >
          {text}
        </pre>
      </details>
    </div>
  );
}

/** What each team uses of its quota (nodes at their autoscaling maximum). */
export function TeamUsage({ teams }: { teams: readonly { id: string; name: string }[] }) {
  return (
    <ul className="grid gap-3 md:grid-cols-2">
      {teams.map((team) => (
        <li key={team.id} className="rounded-lg border border-border p-4">
          <h3 className="mb-2 font-semibold">{team.name}</h3>
          <TeamQuotaLines teamId={team.id} />
        </li>
      ))}
    </ul>
  );
}

function TeamQuotaLines({ teamId }: { teamId: string }) {
  const quota = useQuery(portalQueries.teamQuota(teamId));
  if (!quota.data) {
    if (quota.isError) {
      return (
        <QueryError error={asBffError(quota.error)} hint={errorHint(quota.error)} onRetry={() => void quota.refetch()} retrying={quota.isFetching} />
      );
    }
    return <LoadingBlock label="Loading usage…" className="h-8" />;
  }
  const { usage, quota: limits } = quota.data;
  return (
    <ul className="grid gap-1 text-sm">
      {QUOTA_LIMITS.map((limit) => (
        <li key={limit} className={usage[limit] > limits[limit] ? 'font-medium text-red-800 dark:text-red-300' : undefined}>
          {usageText(limit, usage[limit], limits[limit])}
          {usage[limit] > limits[limit] ? ' (over quota)' : ''}
        </li>
      ))}
    </ul>
  );
}
